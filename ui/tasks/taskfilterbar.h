// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tasks/taskbrowsermodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace ui {

// The chips above the task browser: one checkable chip per state (the open ones by default),
// owner, tag, due range and grouping.
class TaskFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskFilterBar(QWidget *parent = nullptr);
    ~TaskFilterBar() override;
    Q_DISABLE_COPY_MOVE(TaskFilterBar)

    // The filter without the search text (the search field owns that).
    TaskBrowserModel::Filter filter() const;
    TaskBrowserModel::Grouping grouping() const;
    QToolButton *stateChip(const QString &state) const;
    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *tagEdit() const { return m_tag; }
    QComboBox *dueBox() const { return m_due; }
    QComboBox *groupBox() const { return m_group; }

Q_SIGNALS:
    void filterChanged();
    void groupingChanged();

private:
    QList<QToolButton *> m_chips;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_due = nullptr;
    QComboBox *m_group = nullptr;
};

} // namespace ui
