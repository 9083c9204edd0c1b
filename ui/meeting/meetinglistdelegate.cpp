// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/meetinglistdelegate.h"

#include "ui/meeting/meetinglistmodel.h"
#include "ui/widgets/localedates.h"
#include "ui/widgets/theme.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {

constexpr int kPaddingX = 12;
constexpr int kPaddingY = 7;
constexpr int kLineGap = 3;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QString dateText(const QString &iso, MeetingListModel::Order order)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid())
        return iso.isEmpty() ? QCoreApplication::translate("ui::MeetingListDelegate", "No date") : iso;
    // In date order the section header already says the month and year.
    return order == MeetingListModel::Order::Date ? LocaleDates::dayOfMonth(date)
                                                  : LocaleDates::mediumDate(date);
}

struct Badge
{
    QString text;
    QColor background;
    QColor foreground;
};

} // namespace

MeetingListDelegate::MeetingListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

MeetingListDelegate::~MeetingListDelegate() = default;

int MeetingListDelegate::headerHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 16;
}

int MeetingListDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 2 * metrics.height() + kLineGap + 2 * kPaddingY;
}

int MeetingListDelegate::preferredWidth(const QFont &font, const QModelIndex &index)
{
    const QString title = index.data(MeetingListModel::TitleRole).toString();
    int badges = 0;
    QFont badgeFont = Theme::smallFont(font);
    badgeFont.setBold(true);
    const QFontMetrics badgeMetrics(badgeFont);
    for (const int role :
        { int(MeetingListModel::OpenCountRole), int(MeetingListModel::ProposedCountRole) }) {
        if (const int count = index.data(role).toInt(); count > 0)
            badges += badgeMetrics.horizontalAdvance(QStringLiteral("?%1").arg(count)) + 17;
    }
    return QFontMetrics(titleFont(font)).horizontalAdvance(title) + badges + 8 + 2 * kPaddingX;
}

QSize MeetingListDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const bool first = index.data(MeetingListModel::FirstInSectionRole).toBool();
    return QSize(200, rowHeight(metrics) + (first ? headerHeight(metrics) : 0));
}

void MeetingListDelegate::paintHeader(QPainter *painter, const QRect &rect,
    const QStyleOptionViewItem &option, const QString &label) const
{
    QFont font = Theme::smallFont(option.font);
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    painter->setFont(font);
    painter->setPen(Theme::muted(option.palette));
    const QRect text = rect.adjusted(kPaddingX, 6, -kPaddingX, 0);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label.toUpper());
    const int labelWidth = QFontMetrics(font).horizontalAdvance(label.toUpper());
    painter->setPen(Theme::faint(option.palette));
    const int y = text.center().y() + 1;
    if (text.left() + labelWidth + 10 < text.right())
        painter->drawLine(text.left() + labelWidth + 10, y, text.right(), y);
}

int MeetingListDelegate::paintBadges(QPainter *painter, const QRect &rect,
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int open = index.data(MeetingListModel::OpenCountRole).toInt();
    const int proposed = index.data(MeetingListModel::ProposedCountRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    QList<Badge> badges;
    if (open > 0) {
        const QColor accent = selected ? option.palette.color(QPalette::HighlightedText)
                                       : Theme::accent(option.palette);
        badges.append({ QString::number(open), accent,
            selected ? option.palette.color(QPalette::Highlight)
                     : option.palette.color(QPalette::HighlightedText) });
    }
    if (proposed > 0) {
        const QColor amber = Theme::proposed(option.palette);
        const QColor base = option.palette.color(QPalette::Base);
        badges.append({ QStringLiteral("?") + QString::number(proposed),
            selected ? base : Theme::mix(base, amber, Theme::isDark(option.palette) ? 0.25 : 0.16),
            amber });
    }
    const QFont font = [&] {
        QFont f = Theme::smallFont(option.font);
        f.setBold(true);
        return f;
    }();
    const QFontMetrics metrics(font);
    painter->setFont(font);
    int right = rect.right();
    const int height = metrics.height() + 2;
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const int width = std::max(height, metrics.horizontalAdvance(it->text) + 12);
        const QRectF pill(right - width + 1, rect.center().y() - height / 2.0, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(it->background);
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setPen(it->foreground);
        painter->drawText(pill, Qt::AlignCenter, it->text);
        right -= width + 5;
    }
    return rect.right() - right;
}

void MeetingListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    QRect row = option.rect;
    if (index.data(MeetingListModel::FirstInSectionRole).toBool()) {
        const QRect header(row.left(), row.top(), row.width(), headerHeight(metrics));
        paintHeader(painter, header, option, index.data(MeetingListModel::SectionRole).toString());
        row.setTop(header.bottom() + 1);
    }
    const bool selected = option.state & QStyle::State_Selected;
    const bool active = option.state & QStyle::State_Active;
    const QRectF card = QRectF(row).adjusted(5, 1, -5, -1);
    if (selected) {
        const QColor highlight = option.palette.color(QPalette::Highlight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            active ? highlight : Theme::mix(option.palette.color(QPalette::Base), highlight, 0.55));
        painter->drawRoundedRect(card, 6, 6);
    } else if (option.state & QStyle::State_MouseOver) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::mix(
            option.palette.color(QPalette::Base), option.palette.color(QPalette::Text), 0.05));
        painter->drawRoundedRect(card, 6, 6);
    }
    const QRect content = row.adjusted(kPaddingX, kPaddingY, -kPaddingX, -kPaddingY);
    const int badgeWidth = paintBadges(painter, content, option, index);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected
        ? Theme::mix(text, option.palette.color(QPalette::Highlight), 0.25)
        : Theme::muted(option.palette);

    const QRect titleRect(content.left(), content.top(),
        content.width() - badgeWidth - (badgeWidth ? 8 : 0), metrics.height());
    painter->setFont(titleFont(option.font));
    painter->setPen(text);
    const QFontMetrics titleMetrics(painter->font());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(
            index.data(MeetingListModel::TitleRole).toString(), Qt::ElideRight, titleRect.width()));

    const auto *model = qobject_cast<const MeetingListModel *>(index.model());
    const auto order = model ? model->order() : MeetingListModel::Order::Date;
    QString second = dateText(index.data(MeetingListModel::DateRole).toString(), order);
    if (const QString type = index.data(MeetingListModel::TypeRole).toString(); !type.isEmpty())
        second += QStringLiteral("  ·  ") + type;
    painter->setFont(Theme::smallFont(option.font));
    const QFontMetrics small(painter->font());
    const QRect secondRect(
        content.left(), titleRect.bottom() + 1 + kLineGap, titleRect.width(), metrics.height());
    painter->setPen(muted);
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
        small.elidedText(second, Qt::ElideRight, secondRect.width()));
    painter->restore();
}

} // namespace ui
