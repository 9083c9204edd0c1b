// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QWidget>

namespace ui {

// Meetings per day of one year, drawn as 53 (or 54) week columns of 7 days, Monday on top, with
// month and weekday labels and a colour ramp from the palette's highlight. Clicking a day
// selects it; a double-click activates it.
class HeatMap final : public QWidget
{
    Q_OBJECT
public:
    explicit HeatMap(QWidget *parent = nullptr);
    ~HeatMap() override;
    Q_DISABLE_COPY_MOVE(HeatMap)

    // Counts of every year; days without an entry count 0.
    void setCounts(const QMap<QDate, int> &counts);
    const QMap<QDate, int> &counts() const { return m_counts; }
    int countOn(const QDate &date) const { return m_counts.value(date); }
    int yearTotal(int year) const;
    // Ascending; the years that have at least one counted day.
    QList<int> years() const;

    void setYear(int year);
    int year() const { return m_year; }
    void setSelectedDate(const QDate &date);
    QDate selectedDate() const { return m_selected; }

    // The cell of `date` in widget coordinates (empty when it is not in the shown year).
    QRect cellRect(const QDate &date) const;
    QDate dateAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dayClicked(const QDate &date);
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        int cell = 12;
        int step = 14;
        QPoint origin; // top left of the first week's Monday
    };
    Geometry geometry() const;
    QDate firstMonday() const;
    int columns() const;
    QColor colorFor(int count) const;
    void paintLabels(QPainter &painter, const Geometry &g) const;
    void paintCells(QPainter &painter, const Geometry &g) const;
    void paintLegend(QPainter &painter, const Geometry &g) const;

    QMap<QDate, int> m_counts;
    int m_year = QDate::currentDate().year();
    int m_max = 0; // the busiest day of the shown year
    QDate m_selected;
};

} // namespace ui
