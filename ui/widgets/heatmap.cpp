// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/heatmap.h"

#include "ui/widgets/localedates.h"
#include "ui/widgets/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ui {

namespace {
constexpr int kGutter = 34; // weekday labels
constexpr int kMonthRow = 20; // month labels
constexpr int kLegendRow = 24;
constexpr int kMinCell = 8;
constexpr int kMaxCell = 22;
constexpr int kDays = 7;
} // namespace

HeatMap::HeatMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heatMap"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Meetings per day"));
}

HeatMap::~HeatMap() = default;

void HeatMap::setCounts(const QMap<QDate, int> &counts)
{
    m_counts = counts;
    setYear(m_year);
}

int HeatMap::yearTotal(int year) const
{
    int total = 0;
    for (auto it = m_counts.lowerBound(QDate(year, 1, 1));
         it != m_counts.cend() && it.key().year() == year; ++it)
        total += it.value();
    return total;
}

QList<int> HeatMap::years() const
{
    QList<int> out;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.value() > 0 && (out.isEmpty() || out.last() != it.key().year()))
            out.append(it.key().year());
    }
    return out;
}

void HeatMap::setYear(int year)
{
    m_year = year;
    m_max = 0;
    for (auto it = m_counts.lowerBound(QDate(year, 1, 1));
         it != m_counts.cend() && it.key().year() == year; ++it)
        m_max = std::max(m_max, it.value());
    update();
}

void HeatMap::setSelectedDate(const QDate &date)
{
    m_selected = date;
    update();
}

QDate HeatMap::firstMonday() const
{
    const QDate first(m_year, 1, 1);
    return first.addDays(1 - first.dayOfWeek());
}

int HeatMap::columns() const
{
    return int(firstMonday().daysTo(QDate(m_year, 12, 31)) / kDays) + 1;
}

HeatMap::Geometry HeatMap::geometry() const
{
    Geometry g;
    const int byWidth = (width() - kGutter - 8) / columns();
    const int byHeight = (height() - kMonthRow - kLegendRow - 4) / kDays;
    g.step = std::clamp(std::min(byWidth, byHeight), kMinCell + 2, kMaxCell + 3);
    g.cell = g.step - std::max(2, g.step / 6);
    const int gridWidth = columns() * g.step;
    g.origin = QPoint(kGutter + std::max(0, (width() - kGutter - gridWidth) / 2), kMonthRow);
    return g;
}

QRect HeatMap::cellRect(const QDate &date) const
{
    if (!date.isValid() || date.year() != m_year)
        return {};
    const Geometry g = geometry();
    const int column = int(firstMonday().daysTo(date) / kDays);
    const int row = date.dayOfWeek() - 1;
    return QRect(g.origin.x() + column * g.step, g.origin.y() + row * g.step, g.cell, g.cell);
}

QDate HeatMap::dateAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    const QPoint p = pos - g.origin;
    if (p.x() < 0 || p.y() < 0 || p.x() % g.step >= g.cell || p.y() % g.step >= g.cell)
        return {};
    const int column = p.x() / g.step;
    const int row = p.y() / g.step;
    if (column >= columns() || row >= kDays)
        return {};
    const QDate date = firstMonday().addDays(qint64(column) * kDays + row);
    return date.year() == m_year ? date : QDate();
}

QSize HeatMap::sizeHint() const
{
    return QSize(kGutter + 53 * 22 + 8, kMonthRow + kDays * 22 + kLegendRow + 4);
}

QSize HeatMap::minimumSizeHint() const
{
    return QSize(kGutter + 54 * (kMinCell + 2) + 8, kMonthRow + kDays * (kMinCell + 2) + kLegendRow);
}

QColor HeatMap::colorFor(int count) const
{
    const QPalette &pal = palette();
    const QColor empty = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08);
    if (count <= 0 || m_max <= 0)
        return empty;
    // Four steps, so that one busy day does not wash out the rest of the year.
    const qreal ratio = qreal(count) / m_max;
    const int level = ratio > 0.75 ? 4 : ratio > 0.5 ? 3 : ratio > 0.25 ? 2 : 1;
    return Theme::mix(empty, pal.color(QPalette::Highlight), 0.25 + 0.25 * (level - 1));
}

void HeatMap::paintLabels(QPainter &painter, const Geometry &g) const
{
    painter.setPen(Theme::muted(palette()));
    const QLocale locale;
    const QFontMetrics metrics(painter.font());
    for (int row : { 0, 2, 4 }) {
        const QRect label(g.origin.x() - kGutter, g.origin.y() + row * g.step, kGutter - 6, g.cell);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
            locale.dayName(row + 1, QLocale::ShortFormat));
    }
    for (int month = 1; month <= 12; ++month) {
        const QDate first(m_year, month, 1);
        const int column = int(firstMonday().daysTo(first) / kDays) + (first.dayOfWeek() > 1 ? 1 : 0);
        const QRect label(g.origin.x() + column * g.step, 0, 4 * g.step, kMonthRow - 4);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignBottom,
            metrics.elidedText(locale.monthName(month, QLocale::ShortFormat), Qt::ElideRight,
                label.width()));
    }
}

void HeatMap::paintCells(QPainter &painter, const Geometry &g) const
{
    const qreal radius = std::max(2.0, g.cell / 5.0);
    painter.setPen(Qt::NoPen);
    for (QDate day(m_year, 1, 1); day.year() == m_year; day = day.addDays(1)) {
        painter.setBrush(colorFor(countOn(day)));
        painter.drawRoundedRect(QRectF(cellRect(day)), radius, radius);
    }
    if (m_selected.isValid() && m_selected.year() == m_year) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawRoundedRect(QRectF(cellRect(m_selected)).adjusted(-1, -1, 1, 1), radius, radius);
    }
}

void HeatMap::paintLegend(QPainter &painter, const Geometry &g) const
{
    const int top = g.origin.y() + kDays * g.step + 6;
    const int right = g.origin.x() + columns() * g.step;
    const int cell = std::min(g.cell, 12);
    const QFontMetrics metrics(painter.font());
    int x = right - 5 * (cell + 3) - metrics.horizontalAdvance(tr("More")) - 6;
    painter.setPen(Theme::muted(palette()));
    const QString less = tr("Less");
    painter.drawText(QRect(x - metrics.horizontalAdvance(less) - 6, top, 200, cell),
        Qt::AlignLeft | Qt::AlignVCenter, less);
    painter.setPen(Qt::NoPen);
    for (int level = 0; level <= 4; ++level) {
        painter.setBrush(level == 0 ? colorFor(0)
                                    : Theme::mix(colorFor(0), palette().color(QPalette::Highlight),
                                        0.25 * level));
        painter.drawRoundedRect(QRectF(x, top, cell, cell), 2, 2);
        x += cell + 3;
    }
    painter.setPen(Theme::muted(palette()));
    painter.drawText(QRect(x + 3, top, 200, cell), Qt::AlignLeft | Qt::AlignVCenter,
        tr("More"));
}

void HeatMap::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const Geometry g = geometry();
    paintLabels(painter, g);
    paintCells(painter, g);
    paintLegend(painter, g);
}

void HeatMap::mousePressEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !date.isValid())
        return QWidget::mousePressEvent(event);
    setSelectedDate(date);
    Q_EMIT dayClicked(date);
}

void HeatMap::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !date.isValid())
        return QWidget::mouseDoubleClickEvent(event);
    Q_EMIT dayActivated(date);
}

bool HeatMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QDate date = dateAt(help->pos());
    if (!date.isValid()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const int count = countOn(date);
    const QString text = (count == 0 ? tr("No meetings on %1") : tr("%n meetings on %1", nullptr, count))
                             .arg(LocaleDates::mediumDateWithDay(date));
    QToolTip::showText(help->globalPos(), text, this, cellRect(date));
    return true;
}

} // namespace ui
