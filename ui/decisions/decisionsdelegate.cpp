// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionsdelegate.h"

#include "ui/decisions/decisionsmodel.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace ui {

namespace {
constexpr int kMarginX = 12;
constexpr int kMarginY = 8;
constexpr int kGap = 10;
constexpr int kFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

int discSize(const QFontMetrics &metrics)
{
    return metrics.height() + 3;
}
} // namespace

DecisionsDelegate::DecisionsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

DecisionsDelegate::~DecisionsDelegate() = default;

QRect DecisionsDelegate::textRect(const QRect &cell, const QFontMetrics &metrics)
{
    const int left = cell.left() + kMarginX + discSize(metrics) + kGap;
    return QRect(
        left, cell.top() + kMarginY, cell.right() - kMarginX - left, cell.height() - 2 * kMarginY);
}

int DecisionsDelegate::availableWidth(const QStyleOptionViewItem &option)
{
    // A list view lays items out before it knows their width: wrap to its viewport.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 300;
}

void DecisionsDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    const int disc = discSize(metrics);
    const QRectF discRect(option.rect.left() + kMarginX, option.rect.top() + kMarginY, disc, disc);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::chipBackground(option.palette));
    painter->drawEllipse(discRect);
    QFont small = option.font;
    small.setBold(true);
    small.setPointSizeF(small.pointSizeF() * 0.82);
    painter->setFont(small);
    painter->setPen(Theme::chipText(option.palette));
    painter->drawText(discRect, Qt::AlignCenter, index.data(DecisionsModel::NumberRole).toString());

    painter->setFont(option.font);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        textRect(option.rect, metrics), kFlags, index.data(DecisionsModel::TextRole).toString());
    // A hairline between decisions.
    painter->setPen(Theme::faint(option.palette));
    painter->drawLine(textRect(option.rect, metrics).left(), option.rect.bottom(),
        option.rect.right() - kMarginX, option.rect.bottom());
    painter->restore();
}

QSize DecisionsDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int width = availableWidth(option);
    const QRect text = textRect(QRect(0, 0, width, 100000), metrics);
    const QRect bounds
        = metrics.boundingRect(text, kFlags, index.data(DecisionsModel::TextRole).toString());
    return QSize(width, std::max(bounds.height(), discSize(metrics)) + 2 * kMarginY + 1);
}

} // namespace ui
