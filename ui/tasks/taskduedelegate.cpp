// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskduedelegate.h"

#include "ui/widgets/optionaldateedit.h"

#include <QToolButton>
#include <algorithm>

namespace ui {

TaskDueDelegate::TaskDueDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

TaskDueDelegate::~TaskDueDelegate() = default;

QWidget *TaskDueDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(option)
    Q_UNUSED(index)
    auto *editor = new OptionalDateEdit(parent);
    editor->setSpecialText(tr("No due date"));
    if (m_today.isValid())
        editor->setToday(m_today);
    editor->clearButton()->setToolTip(tr("Remove the due date (Delete)"));
    // Clear is a choice of its own: written at once, like a pick in the status editor.
    connect(editor->clearButton(), &QToolButton::clicked, this, [this, editor] {
        auto *self = const_cast<TaskDueDelegate *>(this);
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor);
    });
    return editor;
}

void TaskDueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<OptionalDateEdit *>(editor))
        edit->setDate(index.data(Qt::EditRole).toDate());
}

void TaskDueDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<OptionalDateEdit *>(editor);
    if (!edit)
        return;
    const QDate before = index.data(Qt::EditRole).toDate();
    const QDate after = edit->date().value_or(QDate());
    if (after != before)
        model->setData(index, after, Qt::EditRole);
}

// The Due column is narrow: the editor takes the room it needs from the cell's left edge,
// moved left when it would leave the view.
void TaskDueDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QSize hint = editor->sizeHint();
    QRect rect(option.rect.topLeft(),
        QSize(std::max(option.rect.width(), hint.width()),
            std::max(option.rect.height(), hint.height())));
    if (const QWidget *view = editor->parentWidget(); view && rect.right() > view->width())
        rect.moveRight(std::max(view->width(), option.rect.width()) - 1);
    rect.moveLeft(std::max(0, rect.left()));
    editor->setGeometry(rect);
}

} // namespace ui
