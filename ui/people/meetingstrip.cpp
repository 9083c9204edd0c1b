// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/meetingstrip.h"

#include "ui/widgets/localedates.h"
#include "ui/widgets/theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace ui {

namespace {
constexpr int kSide = 16;
constexpr int kAxisY = 34; // from the top
constexpr qreal kRadius = 5;
constexpr int kLaneStep = 9;
constexpr int kMaxLanes = 3;
} // namespace

MeetingStrip::MeetingStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("meetingStrip"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

MeetingStrip::~MeetingStrip() = default;

void MeetingStrip::setMeetings(const QList<core::PeopleDirectory::Meeting> &meetings)
{
    m_dots.clear();
    m_first = {};
    m_last = {};
    QHash<QDate, int> perDay;
    for (const auto &meeting : meetings) {
        const QDate date = QDate::fromString(meeting.date.value_or(QString()).left(10), Qt::ISODate);
        if (!date.isValid())
            continue;
        m_dots.append({ date, meeting.path, meeting.title, std::min(perDay[date]++, kMaxLanes - 1) });
        m_first = m_first.isValid() ? std::min(m_first, date) : date;
        m_last = m_last.isValid() ? std::max(m_last, date) : date;
    }
    if (m_last.isValid())
        m_first = std::min(m_first, m_last.addYears(-1));
    update();
}

qreal MeetingStrip::xOf(const QDate &date) const
{
    const qint64 span = std::max<qint64>(1, m_first.daysTo(m_last));
    return kSide + (width() - 2.0 * kSide) * m_first.daysTo(date) / span;
}

QPointF MeetingStrip::centerOf(const Dot &dot) const
{
    return QPointF(xOf(dot.date), kAxisY - 10 - dot.lane * kLaneStep);
}

QPoint MeetingStrip::dotCenter(const QString &path) const
{
    for (const Dot &dot : m_dots) {
        if (dot.path == path)
            return centerOf(dot).toPoint();
    }
    return {};
}

int MeetingStrip::hitDot(const QPoint &pos) const
{
    int best = -1;
    qreal bestDistance = kRadius + 3;
    for (int i = 0; i < m_dots.size(); ++i) {
        const QPointF delta = centerOf(m_dots.at(i)) - QPointF(pos);
        const qreal distance = std::hypot(delta.x(), delta.y());
        if (distance <= bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

QString MeetingStrip::pathAt(const QPoint &pos) const
{
    const int hit = hitDot(pos);
    return hit < 0 ? QString() : m_dots.at(hit).path;
}

QSize MeetingStrip::sizeHint() const
{
    return QSize(400, kAxisY + 20);
}

QSize MeetingStrip::minimumSizeHint() const
{
    return QSize(120, kAxisY + 20);
}

void MeetingStrip::paintAxis(QPainter &painter) const
{
    const QLocale locale;
    painter.setPen(QPen(Theme::faint(palette()), 1));
    painter.drawLine(QPointF(kSide, kAxisY), QPointF(width() - kSide, kAxisY));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    painter.setFont(small);
    const bool yearsOnly = m_first.daysTo(m_last) > 3 * 365;
    for (QDate month(m_first.year(), m_first.month(), 1); month <= m_last; month = month.addMonths(1)) {
        if (month < m_first || (yearsOnly && month.month() != 1))
            continue;
        const qreal x = xOf(month);
        const bool year = month.month() == 1;
        painter.setPen(Theme::faint(palette()));
        painter.drawLine(QPointF(x, kAxisY - (year ? 4 : 2)), QPointF(x, kAxisY + (year ? 4 : 2)));
        if (year || month.month() % 3 == 1) {
            painter.setPen(Theme::muted(palette()));
            const QString label = year ? QString::number(month.year())
                                       : locale.monthName(month.month(), QLocale::ShortFormat);
            painter.drawText(QRectF(x - 30, kAxisY + 4, 60, 14), Qt::AlignCenter, label);
        }
    }
}

void MeetingStrip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_dots.isEmpty()) {
        painter.setPen(Theme::muted(palette()));
        painter.drawText(rect(), Qt::AlignCenter, tr("No dated meetings"));
        return;
    }
    paintAxis(painter);
    QColor dotColor = palette().color(QPalette::Highlight);
    dotColor.setAlphaF(0.75);
    painter.setPen(QPen(palette().color(QPalette::Base), 1.2));
    painter.setBrush(dotColor);
    for (const Dot &dot : m_dots)
        painter.drawEllipse(centerOf(dot), kRadius, kRadius);
}

void MeetingStrip::mousePressEvent(QMouseEvent *event)
{
    const int hit = hitDot(event->position().toPoint());
    if (event->button() != Qt::LeftButton || hit < 0)
        return QWidget::mousePressEvent(event);
    Q_EMIT meetingClicked(m_dots.at(hit).path);
}

bool MeetingStrip::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int hit = hitDot(help->pos());
    if (hit < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Dot &dot = m_dots.at(hit);
    QToolTip::showText(help->globalPos(),
        LocaleDates::mediumDate(dot.date) + QStringLiteral(" · ") + dot.title,
        this);
    return true;
}

} // namespace ui
