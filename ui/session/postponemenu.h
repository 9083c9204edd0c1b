// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/write/duechange.h"

#include <QMenu>

class QAbstractItemView;

namespace ui {

// Postpone ▸ 1 day (D), 1 week (W), next Monday (M), remove the due date (Delete): the one menu
// every task list offers, as a submenu of its context menu or popped up by the P key. Its keys
// work while it is open; it only says what was chosen (chosen()), the list writes.
class PostponeMenu final : public QMenu
{
    Q_OBJECT
public:
    enum class Choice { OneDay, OneWeek, NextMonday, Remove };
    Q_ENUM(Choice)

    explicit PostponeMenu(QWidget *parent = nullptr);
    ~PostponeMenu() override;
    Q_DISABLE_COPY_MOVE(PostponeMenu)

    QAction *action(Choice choice) const;
    // How the due date of a task moves for `choice` (Obsidian Tasks' postpone).
    static core::DueChange dueChange(Choice choice);
    // The undo step of `count` tasks: "Postpone 3 Tasks".
    static QString label(Choice choice, int count);

    // A menu that deletes itself once closed, popped up under the current row of `view` (or at
    // `globalPosition` when given).
    static PostponeMenu *popUp(QWidget *parent, const QPoint &globalPosition);
    static PostponeMenu *popUpAtCurrent(QAbstractItemView *view);

Q_SIGNALS:
    void chosen(ui::PostponeMenu::Choice choice);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addChoice(Choice choice, const QString &text, const QKeySequence &key);

    QList<QAction *> m_actions; // by Choice
};

} // namespace ui
