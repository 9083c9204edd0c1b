// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/views/peopledirectory.h"

#include <QDate>
#include <QWidget>

namespace ui {

// A person's meetings on a time axis: one dot per dated meeting between the first and the last
// (at least a year back from the last), with year and month ticks. Clicking a dot emits
// meetingClicked; hovering one shows the meeting.
class MeetingStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingStrip(QWidget *parent = nullptr);
    ~MeetingStrip() override;
    Q_DISABLE_COPY_MOVE(MeetingStrip)

    void setMeetings(const QList<core::PeopleDirectory::Meeting> &meetings);
    int dotCount() const { return int(m_dots.size()); }
    // The centre of the dot of the meeting at `path` (a null point when it has no dot).
    QPoint dotCenter(const QString &path) const;
    QString pathAt(const QPoint &pos) const;
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void meetingClicked(const QString &path);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Dot
    {
        QDate date;
        QString path;
        QString title;
        int lane = 0; // meetings on the same day stack
    };
    qreal xOf(const QDate &date) const;
    QPointF centerOf(const Dot &dot) const;
    int hitDot(const QPoint &pos) const;
    void paintAxis(QPainter &painter) const;

    QList<Dot> m_dots;
    QDate m_first;
    QDate m_last;
};

} // namespace ui
