// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/peopledelegate.h"

#include "ui/people/peoplemodel.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QPainter>

namespace ui {

namespace {
constexpr int kMarginX = 12;
constexpr int kMarginY = 7;
constexpr int kGap = 10;

// Returns the right edge left for the text.
int paintCountPill(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
    int count, const QFont &font)
{
    if (count <= 0)
        return rect.right();
    const bool selected = option.state & QStyle::State_Selected;
    const QString text = QString::number(count);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
    const QRectF pill(rect.right() - width + 1, rect.center().y() - height / 2.0, width, height);
    painter->setFont(font);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? option.palette.color(QPalette::HighlightedText)
                               : Theme::chipBackground(option.palette));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(
        selected ? option.palette.color(QPalette::Highlight) : Theme::chipText(option.palette));
    painter->drawText(pill, Qt::AlignCenter, text);
    return rect.right() - width - 6;
}

} // namespace

PeopleDelegate::PeopleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

PeopleDelegate::~PeopleDelegate() = default;

QColor PeopleDelegate::avatarColor(const QString &name, const QPalette &palette)
{
    // FNV-1a: qHash is seeded per process, and a person should keep their colour.
    quint32 hash = 2166136261u;
    for (const char byte : name.toLower().toUtf8())
        hash = (hash ^ quint8(byte)) * 16777619u;
    const int hue = int(hash % 360u);
    return QColor::fromHsl(hue, 110, Theme::isDark(palette) ? 95 : 120);
}

void PeopleDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    const QString name = index.data(PeopleModel::NameRole).toString();
    const QFontMetrics metrics(option.font);
    const QFontMetrics smallMetrics(Theme::smallFont(option.font));
    const int avatar = metrics.height() + smallMetrics.height() - 4;
    const QRect rect = option.rect.adjusted(kMarginX, kMarginY, -kMarginX, -kMarginY);
    const QRectF circle(rect.left(), rect.top() + (rect.height() - avatar) / 2.0, avatar, avatar);
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarColor(name, option.palette));
    painter->drawEllipse(circle);
    QFont bold = Theme::smallFont(option.font);
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::white);
    painter->drawText(circle, Qt::AlignCenter, index.data(PeopleModel::InitialsRole).toString());

    // The number of this meeting's tasks they own, as a pill on the right.
    const int right = paintCountPill(
        painter, rect, option, index.data(PeopleModel::TaskCountRole).toInt(), bold);
    const int textLeft = int(circle.right()) + kGap;
    const int top = rect.top() + (rect.height() - metrics.height() - smallMetrics.height()) / 2;
    const QRect nameRect(textLeft, top, right - textLeft, metrics.height());
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(name, Qt::ElideRight, nameRect.width()));

    QString detail = index.data(PeopleModel::IsParticipantRole).toBool()
        ? tr("Participant")
        : tr("Task owner");
    const QRect detailRect(
        textLeft, nameRect.bottom() + 1, nameRect.width(), smallMetrics.height());
    painter->setFont(Theme::smallFont(option.font));
    painter->setPen(
        selected ? option.palette.color(QPalette::HighlightedText) : Theme::muted(option.palette));
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(detail, Qt::ElideRight, detailRect.width()));
    painter->restore();
}

QSize PeopleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    const QFontMetrics smallMetrics(Theme::smallFont(option.font));
    return QSize(160, metrics.height() + smallMetrics.height() + 2 * kMarginY + 4);
}

} // namespace ui
