// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionlogdelegate.h"

#include "ui/decisions/decisionlogmodel.h"
#include "ui/widgets/localedates.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace ui {

namespace {
constexpr int kMarginX = 16;
constexpr int kMarginY = 6;
constexpr int kIndent = 22; // decisions sit under their meeting
constexpr int kHeaderTop = 14;
constexpr int kFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

int availableWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 400;
}

QString dateLabel(const QString &date)
{
    const QDate parsed = QDate::fromString(date.left(10), Qt::ISODate);
    return parsed.isValid() ? LocaleDates::mediumDateWithDay(parsed)
                            : QCoreApplication::translate("ui::DecisionLogDelegate", "No date");
}

QRect textRect(const QRect &body, const QFontMetrics &metrics, int pillWidth)
{
    const int left = body.left() + kMarginX + kIndent;
    return QRect(left, body.top() + kMarginY, body.right() - kMarginX - pillWidth - left,
        std::max(metrics.height(), body.height() - 2 * kMarginY));
}

int pillWidth(const QFontMetrics &small, int merged)
{
    return merged > 1 ? small.horizontalAdvance(QCoreApplication::translate("ui::DecisionLogDelegate", "stated %1×").arg(merged)) + 18 : 0;
}

} // namespace

DecisionLogDelegate::DecisionLogDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

DecisionLogDelegate::~DecisionLogDelegate() = default;

int DecisionLogDelegate::headerHeight(const QFontMetrics &metrics, const QModelIndex &index)
{
    if (!index.data(DecisionLogModel::FirstOfMeetingRole).toBool())
        return 0;
    const bool people = !index.data(DecisionLogModel::PeopleRole).toStringList().isEmpty();
    return kHeaderTop + metrics.height() + (people ? metrics.height() + 8 : 0) + 4;
}

QList<QPair<QString, QRect>> DecisionLogDelegate::chipRects(
    const QRect &cell, const QFont &font, const QModelIndex &index)
{
    QList<QPair<QString, QRect>> chips;
    if (!index.data(DecisionLogModel::FirstOfMeetingRole).toBool())
        return chips;
    const QFontMetrics metrics(font);
    const QFontMetrics small(Theme::smallFont(font));
    const int top = cell.top() + kHeaderTop + metrics.height() + 4;
    int x = cell.left() + kMarginX;
    for (const QString &name : index.data(DecisionLogModel::PeopleRole).toStringList()) {
        const int width = small.horizontalAdvance(name) + 16;
        if (x + width > cell.right() - kMarginX)
            break;
        chips.append({ name, QRect(x, top, width, small.height() + 4) });
        x += width + 6;
    }
    return chips;
}

void DecisionLogDelegate::paintHeader(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QFontMetrics metrics(option.font);
    const QRect line(option.rect.left() + kMarginX, option.rect.top() + kHeaderTop,
        option.rect.width() - 2 * kMarginX, metrics.height());
    painter->setPen(Theme::faint(option.palette));
    painter->drawLine(line.left(), option.rect.top() + 4, line.right(), option.rect.top() + 4);
    const QString date = dateLabel(index.data(DecisionLogModel::DateRole).toString());
    painter->setFont(Theme::smallFont(option.font));
    painter->setPen(Theme::muted(option.palette));
    const int dateWidth = QFontMetrics(painter->font()).horizontalAdvance(date) + 14;
    painter->drawText(QRect(line.left(), line.top(), dateWidth, line.height()),
        Qt::AlignLeft | Qt::AlignVCenter, date);
    painter->setFont(titleFont(option.font));
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect title = line.adjusted(dateWidth, 0, 0, 0);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(painter->font())
            .elidedText(index.data(DecisionLogModel::TitleRole).toString(), Qt::ElideRight,
                title.width()));
    painter->setFont(Theme::smallFont(option.font));
    for (const auto &[name, rect] : chipRects(option.rect, option.font, index)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::chipBackground(option.palette));
        painter->drawRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
        painter->setPen(Theme::chipText(option.palette));
        painter->drawText(rect, Qt::AlignCenter, name);
    }
}

int DecisionLogDelegate::paintPill(
    QPainter *painter, const QStyleOptionViewItem &option, const QRect &body, int merged)
{
    const QFontMetrics small(Theme::smallFont(option.font));
    const int width = pillWidth(small, merged);
    if (width == 0)
        return 0;
    const QRect pill(body.right() - kMarginX - width + 8, body.top() + kMarginY, width - 8,
        small.height() + 4);
    painter->setFont(Theme::smallFont(option.font));
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::mix(option.palette.color(QPalette::Base),
        Theme::proposed(option.palette), 0.22));
    painter->drawRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, tr("stated %1×").arg(merged));
    return width;
}

void DecisionLogDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int header = headerHeight(metrics, index);
    const QRect body = option.rect.adjusted(0, header, 0, 0);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.rect = body;
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (header > 0)
        paintHeader(painter, option, index);
    const int pill = paintPill(painter, option, body, index.data(DecisionLogModel::MergedRole).toInt());
    const QRect text = textRect(body, metrics, pill);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? option.palette.color(QPalette::HighlightedText)
                               : option.palette.color(QPalette::Highlight));
    const qreal dot = 6;
    painter->drawEllipse(QRectF(text.left() - 14, text.top() + (metrics.height() - dot) / 2, dot, dot));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text, kFlags, index.data(DecisionLogModel::TextRole).toString());
    painter->restore();
}

QSize DecisionLogDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int width = availableWidth(option);
    const int pill = pillWidth(QFontMetrics(Theme::smallFont(option.font)),
        index.data(DecisionLogModel::MergedRole).toInt());
    const QRect text = textRect(QRect(0, 0, width, 100000), metrics, pill);
    const QRect bounds
        = metrics.boundingRect(text, kFlags, index.data(DecisionLogModel::TextRole).toString());
    return QSize(width, headerHeight(metrics, index) + bounds.height() + 2 * kMarginY);
}

bool DecisionLogDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        for (const auto &[name, rect] : chipRects(option.rect, option.font, index)) {
            if (rect.contains(mouse->position().toPoint())) {
                Q_EMIT personClicked(name);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace ui
