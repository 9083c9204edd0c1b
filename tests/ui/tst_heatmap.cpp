// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/heatmap.h"

#include <QSignalSpy>
#include <QtTest>

class tst_HeatMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearsAndTotals();
    void everyDayHasItsOwnCell();
    void clickingADaySelectsIt();
    void paintsOnLightAndDark();
};

namespace {
QMap<QDate, int> sample()
{
    return { { QDate(2024, 2, 29), 3 }, { QDate(2025, 1, 1), 1 }, { QDate(2025, 3, 10), 5 },
        { QDate(2025, 12, 31), 2 } };
}
} // namespace

void tst_HeatMap::yearsAndTotals()
{
    ui::HeatMap map;
    map.setCounts(sample());
    QCOMPARE(map.years(), (QList<int> { 2024, 2025 }));
    QCOMPARE(map.yearTotal(2025), 8);
    QCOMPARE(map.yearTotal(2024), 3);
    QCOMPARE(map.yearTotal(2023), 0);
    QCOMPARE(map.countOn(QDate(2025, 3, 10)), 5);
    QCOMPARE(map.countOn(QDate(2025, 3, 11)), 0);
}

void tst_HeatMap::everyDayHasItsOwnCell()
{
    ui::HeatMap map;
    map.resize(1000, 200);
    for (const int year : { 2024, 2025, 2028, 2033 }) { // 2033 starts on a Saturday: 54 weeks
        map.setYear(year);
        QSet<QPair<int, int>> seen;
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
            const QRect cell = map.cellRect(day);
            QVERIFY(!cell.isEmpty());
            QVERIFY2(map.rect().contains(cell), qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(map.dateAt(cell.center()), day);
            seen.insert({ cell.x(), cell.y() });
        }
        QCOMPARE(seen.size(), QDate(year, 1, 1).daysInYear());
        // Monday on top, so Wednesday 1 January 2025 sits two rows below the first Monday.
        if (year == 2025)
            QCOMPARE(map.cellRect(QDate(2025, 1, 1)).top() - map.cellRect(QDate(2025, 1, 6)).top(),
                2 * (map.cellRect(QDate(2025, 1, 7)).top() - map.cellRect(QDate(2025, 1, 6)).top()));
    }
    map.setYear(2025);
    QVERIFY(map.cellRect(QDate(2024, 12, 31)).isEmpty());
    QVERIFY(!map.dateAt(QPoint(1, 1)).isValid());
}

void tst_HeatMap::clickingADaySelectsIt()
{
    ui::HeatMap map;
    map.setCounts(sample());
    map.setYear(2025);
    map.resize(1000, 200);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QSignalSpy clicked(&map, &ui::HeatMap::dayClicked);
    QSignalSpy activated(&map, &ui::HeatMap::dayActivated);
    const QDate day(2025, 3, 10);
    QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellRect(day).center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().first().toDate(), day);
    QCOMPARE(map.selectedDate(), day);
    QTest::mouseDClick(&map, Qt::LeftButton, {}, map.cellRect(day).center());
    QCOMPARE(activated.count(), 1);
    // Outside the cells nothing happens.
    const qsizetype before = clicked.count();
    QTest::mouseClick(&map, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(clicked.count(), before);
    QCOMPARE(map.selectedDate(), day);
}

void tst_HeatMap::paintsOnLightAndDark()
{
    ui::HeatMap map;
    map.setCounts(sample());
    map.setYear(2025);
    map.resize(map.sizeHint());
    const QImage light = map.grab().toImage();
    QVERIFY(!light.isNull());
    // The busiest day is drawn in a colour closer to the highlight than an empty day is.
    const QColor busy = light.pixelColor(map.cellRect(QDate(2025, 3, 10)).center());
    const QColor empty = light.pixelColor(map.cellRect(QDate(2025, 3, 11)).center());
    const QColor highlight = map.palette().color(QPalette::Highlight);
    const auto distance = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
            + std::abs(a.blue() - b.blue());
    };
    QVERIFY(distance(busy, highlight) < distance(empty, highlight));
}

QTEST_MAIN(tst_HeatMap)
#include "tst_heatmap.moc"
