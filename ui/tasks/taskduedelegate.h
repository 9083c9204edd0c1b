// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace ui {

// The Due cell of a task table: shown as the model says, edited (double-click, F2, Enter) with
// an OptionalDateEdit in the locale's date format, calendar popup and a Clear button. Enter
// commits, Escape cancels, Clear removes the due date at once. The model gets setData(EditRole)
// with the new QDate, or an invalid QDate for none; it is not called when nothing changed.
class TaskDueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TaskDueDelegate(QObject *parent = nullptr);
    ~TaskDueDelegate() override;
    Q_DISABLE_COPY_MOVE(TaskDueDelegate)

    // Where the editor of a task without a due date starts (tests pin it; default today).
    void setToday(const QDate &today) { m_today = today; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    QDate m_today;
};

} // namespace ui
