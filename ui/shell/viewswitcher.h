// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QButtonGroup;
class QStackedWidget;
class QToolButton;

namespace ui {

// The slim sidebar that switches the window between its views (Meetings, Tasks, People,
// Decisions, Timeline), with Ctrl+1…5 actions for the View menu. It shows one page of the stack
// it is given at a time.
class ViewSwitcher final : public QWidget
{
    Q_OBJECT
public:
    enum View { Meetings, Tasks, People, Decisions, Timeline, ViewCount };
    Q_ENUM(View)

    ViewSwitcher(QStackedWidget *stack, QWidget *parent = nullptr);
    ~ViewSwitcher() override;
    Q_DISABLE_COPY_MOVE(ViewSwitcher)

    static QString name(View view); // "tasks"
    static std::optional<View> fromName(const QString &name);

    // Puts `page` in the stack at `view`'s place, replacing (and deleting) what was there.
    void setPage(View view, QWidget *page);
    QWidget *page(View view) const;
    View current() const;
    void setCurrent(View view);
    const QList<QAction *> &actions() const { return m_actions; }
    QToolButton *button(View view) const;

Q_SIGNALS:
    void currentChanged(ui::ViewSwitcher::View view);

private:
    QStackedWidget *m_stack = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QAction *> m_actions;
    QList<QWidget *> m_pages;
};

} // namespace ui
