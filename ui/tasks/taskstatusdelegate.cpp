// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskstatusdelegate.h"

#include "ui/tasks/taskroles.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {

constexpr int kGlyphSize = 16;
constexpr int kPadding = 7;

QPainterPath checkMark(const QRectF &box)
{
    QPainterPath path;
    path.moveTo(box.left() + box.width() * 0.24, box.top() + box.height() * 0.53);
    path.lineTo(box.left() + box.width() * 0.43, box.top() + box.height() * 0.72);
    path.lineTo(box.left() + box.width() * 0.77, box.top() + box.height() * 0.32);
    return path;
}

void drawQuestionMark(QPainter *painter, const QRectF &box, const QColor &color)
{
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(std::max(8, int(box.height() * 0.78)));
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(box.adjusted(0, -0.5, 0, 0), Qt::AlignCenter, QStringLiteral("?"));
}

} // namespace

TaskStatusDelegate::TaskStatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

TaskStatusDelegate::~TaskStatusDelegate() = default;

QList<core::TaskState> TaskStatusDelegate::editableStates()
{
    using S = core::TaskState;
    return { S::Todo, S::Done, S::InProgress, S::Cancelled, S::Proposed, S::Forwarded };
}

QRect TaskStatusDelegate::glyphRect(const QRect &cell)
{
    const int side = std::min(kGlyphSize, cell.height() - 2);
    const int top = cell.top() + std::min(kPadding, (cell.height() - side) / 2);
    return QRect(cell.left() + (cell.width() - side) / 2, top, side, side);
}

void TaskStatusDelegate::paintGlyph(
    QPainter *painter, const QRectF &rect, core::TaskState state, const QPalette &palette)
{
    using S = core::TaskState;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = rect.adjusted(1, 1, -1, -1);
    const qreal radius = box.width() * 0.22;
    QPen pen(Theme::muted(palette), 1.4);
    QColor fill = Qt::transparent;
    if (state == S::Done) {
        pen.setColor(Theme::success(palette));
        fill = Theme::success(palette);
    } else if (state == S::InProgress || state == S::Forwarded) {
        pen.setColor(Theme::progress(palette));
    } else if (state == S::Proposed) {
        pen.setColor(Theme::proposed(palette));
        pen.setStyle(Qt::DashLine);
    }
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, radius, radius);
    const QColor ink = state == S::Done ? palette.color(QPalette::Base) : pen.color();
    painter->setPen(QPen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    paintMark(painter, box, state, ink);
    painter->restore();
}

// What is inside the box: ✓, a half fill, –, ?, › or a dot; the painter's pen is set to `ink`.
void TaskStatusDelegate::paintMark(
    QPainter *painter, const QRectF &box, core::TaskState state, const QColor &ink)
{
    using S = core::TaskState;
    const qreal w = box.width();
    const qreal h = box.height();
    switch (state) {
    case S::Done:
        painter->drawPath(checkMark(box));
        break;
    case S::InProgress: {
        QPainterPath inner;
        inner.addRoundedRect(box.adjusted(2.5, 2.5, -2.5, -2.5), w * 0.11, w * 0.11);
        QPainterPath left;
        left.addRect(QRectF(box.left(), box.top(), w / 2, h));
        painter->fillPath(inner.intersected(left), ink);
        break;
    }
    case S::Cancelled:
        painter->drawLine(QPointF(box.left() + w * 0.28, box.center().y()),
            QPointF(box.right() - w * 0.28, box.center().y()));
        break;
    case S::Proposed:
        drawQuestionMark(painter, box, ink);
        break;
    case S::Forwarded: {
        QPainterPath arrow;
        arrow.moveTo(box.left() + w * 0.4, box.top() + h * 0.28);
        arrow.lineTo(box.left() + w * 0.64, box.center().y());
        arrow.lineTo(box.left() + w * 0.4, box.bottom() - h * 0.28);
        painter->drawPath(arrow);
        break;
    }
    case S::Other:
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink);
        painter->drawEllipse(box.center(), w * 0.14, w * 0.14);
        break;
    case S::Todo:
        break;
    }
}

QIcon TaskStatusDelegate::glyphIcon(core::TaskState state, const QPalette &palette)
{
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintGlyph(&painter, QRectF(1, 1, size - 2, size - 2), state, palette);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TaskStatusDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background (selection, hover) but not the default check box.
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.text.clear();
    opt.icon = QIcon();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const auto state = core::TaskState(index.data(TaskRoles::StateRole).toInt());
    paintGlyph(painter, glyphRect(option.rect), state, option.palette);
}

QSize TaskStatusDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return QSize(kGlyphSize + 2 * kPadding + 2,
        std::max(kGlyphSize + 2 * kPadding, option.fontMetrics.height() + 8));
}

QWidget *TaskStatusDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    for (const core::TaskState state : editableStates())
        combo->addItem(
            glyphIcon(state, option.palette), taskStateLabel(state), core::statusForState(state));
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<TaskStatusDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void TaskStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int at = combo->findData(
        core::statusForState(core::stateForStatus(index.data(TaskRoles::StatusRole).toString())));
    combo->setCurrentIndex(std::max(0, at));
}

void TaskStatusDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const QString status = combo->currentData().toString();
    if (status
        != core::statusForState(core::stateForStatus(index.data(TaskRoles::StatusRole).toString())))
        model->setData(index, status, TaskRoles::StatusRole);
}

void TaskStatusDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int width = std::max(option.rect.width(), editor->sizeHint().width());
    editor->setGeometry(QRect(option.rect.topLeft(),
        QSize(width, std::min(option.rect.height(), editor->sizeHint().height() + 4))));
}

// A click on the glyph is taken here, not by the view: the row clicked becomes the selection.
void TaskStatusDelegate::selectRow(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    if (!view || !view->selectionModel())
        return;
    view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool TaskStatusDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const auto type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease
        && type != QEvent::MouseButtonDblClick)
        return false;
    const auto *mouse = static_cast<QMouseEvent *>(event);
    const bool onGlyph = mouse->button() == Qt::LeftButton
        && glyphRect(option.rect).adjusted(-4, -4, 4, 4).contains(mouse->position().toPoint());
    if (!onGlyph || !(index.flags() & Qt::ItemIsUserCheckable)) {
        m_pressed = QPersistentModelIndex();
        return false;
    }
    if (type == QEvent::MouseButtonPress) {
        m_pressed = index;
        selectRow(option, index);
        return true;
    }
    if (type == QEvent::MouseButtonDblClick) {
        // The first click of the pair already toggled; do not toggle back or open the editor.
        m_pressed = QPersistentModelIndex();
        return true;
    }
    const bool clicked = m_pressed.isValid() && m_pressed == index;
    m_pressed = QPersistentModelIndex();
    if (clicked) {
        const bool done
            = core::TaskState(index.data(TaskRoles::StateRole).toInt()) == core::TaskState::Done;
        model->setData(index, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    }
    return true;
}

} // namespace ui
