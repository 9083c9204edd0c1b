// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/persontaskdelegate.h"

#include "ui/people/persontaskmodel.h"
#include "ui/widgets/localedates.h"
#include "ui/widgets/signglyph.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

namespace ui {

namespace {
constexpr int kMarginX = 12;
constexpr int kMarginY = 6;
constexpr int kGap = 8;

QString shortDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? LocaleDates::mediumDate(date) : iso;
}
} // namespace

PersonTaskDelegate::PersonTaskDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

PersonTaskDelegate::~PersonTaskDelegate() = default;

void PersonTaskDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const bool overdue = index.data(PersonTaskModel::OverdueRole).toBool();
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(Theme::smallFont(option.font));
    const QRect rect = option.rect.adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);
    const int box = metrics.height() - 4;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(overdue ? Theme::warning(option.palette) : Theme::muted(option.palette), 1.4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect.left(), rect.top() + 2, box, box), 3, 3);

    int left = rect.left() + box + kGap;
    // The sign of a blocked task or of one with warnings, between the box and the text.
    SignGlyph::Signs signs;
    if (index.data(PersonTaskModel::BlockedRole).toBool())
        signs |= SignGlyph::NoEntry;
    if (!index.data(PersonTaskModel::WarningsRole).toStringList().isEmpty())
        signs |= SignGlyph::Warning;
    if (signs) {
        const QIcon sign = SignGlyph::icon(signs, option.palette);
        const int side = metrics.height();
        sign.paint(painter, QRect(left, rect.top(), side, side));
        left += side + kGap / 2;
    }
    const QRect textRect(left, rect.top(), rect.right() - left, metrics.height());
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(PersonTaskModel::TextRole).toString(), Qt::ElideRight,
            textRect.width()));

    painter->setFont(Theme::smallFont(option.font));
    QRect detail(left, textRect.bottom() + 2, textRect.width(), small.height());
    const QString due = index.data(PersonTaskModel::DueRole).toString();
    if (!due.isEmpty()) {
        const QString label = (overdue ? tr("overdue since %1") : tr("due %1")).arg(shortDate(due));
        painter->setPen(overdue ? Theme::warning(option.palette)
                : selected      ? option.palette.color(QPalette::HighlightedText)
                                : Theme::accent(option.palette));
        painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, label);
        detail.setLeft(detail.left() + small.horizontalAdvance(label) + kGap);
    }
    const QString meeting = index.data(PersonTaskModel::MeetingRole).toString() + QStringLiteral(" · ")
        + shortDate(index.data(PersonTaskModel::DateRole).toString());
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : Theme::muted(option.palette));
    painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter,
        small.elidedText(meeting, Qt::ElideRight, detail.width()));
    painter->restore();
}

QSize PersonTaskDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    const QFontMetrics small(Theme::smallFont(option.font));
    return QSize(200, metrics.height() + small.height() + 2 * kMarginY + 2);
}

} // namespace ui
