// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"

#include <QIcon>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace ui {

// The status cell of the task table: a drawn status glyph (no emoji font needed) that toggles
// done/not done when clicked, and a combo box editor (F2, double-click) offering every status.
class TaskStatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TaskStatusDelegate(QObject *parent = nullptr);
    ~TaskStatusDelegate() override;
    Q_DISABLE_COPY_MOVE(TaskStatusDelegate)

    // The states offered by the editor and menus, in order.
    static QList<core::TaskState> editableStates();
    static void paintGlyph(
        QPainter *painter, const QRectF &rect, core::TaskState state, const QPalette &palette);
    static QIcon glyphIcon(core::TaskState state, const QPalette &palette);
    // Where the glyph of a cell is: the clickable area.
    static QRect glyphRect(const QRect &cell);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    static void selectRow(const QStyleOptionViewItem &option, const QModelIndex &index);
    static void paintMark(
        QPainter *painter, const QRectF &box, core::TaskState state, const QColor &ink);

    QPersistentModelIndex m_pressed; // a click toggles only when it starts and ends on the glyph
};

} // namespace ui
