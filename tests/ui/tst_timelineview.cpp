// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/query.h"
#include "core/query/search.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/heatmap.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListView>
#include <QSignalSpy>
#include <QtTest>

class tst_TimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsMatchTheCore_data();
    void countsMatchTheCore();
    void clickingADayListsItsMeetings();
    void weekModeListsTheWholeWeek();
    void activatingAMeetingOpensIt();
    void screenshot();

private:
    // Dated notes matching `query`, by day, as core::Search sees them.
    QMap<QDate, int> coreCounts(const QString &query) const;
    int coreCount(const QString &query) const;

    viewtest::IndexedVault m_vault;
};

void tst_TimelineView::initTestCase()
{
    if (!m_vault.generate(400))
        QSKIP("vaultgen.py is not available");
}

QMap<QDate, int> tst_TimelineView::coreCounts(const QString &query) const
{
    const auto parsed = core::Query::parse(query);
    const auto rows = core::Search(m_vault.database()).notes(*parsed);
    QMap<QDate, int> counts;
    for (const auto &row : *rows) {
        const QDate date = QDate::fromString(row.date.value_or(QString()).left(10), Qt::ISODate);
        if (date.isValid())
            ++counts[date];
    }
    return counts;
}

int tst_TimelineView::coreCount(const QString &query) const
{
    return int(core::Search(m_vault.database()).notes(*core::Query::parse(query))->size());
}

void tst_TimelineView::countsMatchTheCore_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("everything") << QString();
    QTest::newRow("tag") << QStringLiteral("tag:apollo");
    QTest::newRow("person") << QStringLiteral("person:\"Priya Patel\"");
    QTest::newRow("negated type") << QStringLiteral("-type:people");
}

void tst_TimelineView::countsMatchTheCore()
{
    QFETCH(QString, query);
    ui::TimelineView view(m_vault.session());
    view.resize(1200, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    view.setQuery(query);
    QTRY_VERIFY(!view.isLoading());
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(view.error().isEmpty());
    const QMap<QDate, int> expected = coreCounts(query);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(view.heatMap()->counts(), expected);
    QCOMPARE(view.yearBox()->count(), view.heatMap()->years().size());
    QCOMPARE(view.heatMap()->year(), expected.lastKey().year());
}

void tst_TimelineView::clickingADayListsItsMeetings()
{
    ui::TimelineView view(m_vault.session());
    QAbstractItemModelTester tester(
        view.meetingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1200, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    // The busiest day of the oldest year: switch years with the combo box, then click the day.
    const QMap<QDate, int> counts = view.heatMap()->counts();
    const int year = counts.firstKey().year();
    QDate busiest;
    for (auto it = counts.cbegin(); it != counts.cend() && it.key().year() == year; ++it) {
        if (!busiest.isValid() || it.value() > counts.value(busiest))
            busiest = it.key();
    }
    QComboBox *years = view.yearBox();
    years->setCurrentIndex(0);
    Q_EMIT years->activated(0);
    QCOMPARE(view.heatMap()->year(), year);
    QTest::mouseClick(view.heatMap(), Qt::LeftButton, {}, view.heatMap()->cellRect(busiest).center());
    QCOMPARE(view.heatMap()->selectedDate(), busiest);
    const QString day = QStringLiteral("after:%1 before:%2")
                            .arg(busiest.addDays(-1).toString(Qt::ISODate),
                                busiest.addDays(1).toString(Qt::ISODate));
    QCOMPARE(view.meetingModel()->rowCount(), coreCount(day));
    QCOMPARE(view.meetingModel()->rowCount(), counts.value(busiest));
    for (int row = 0; row < view.meetingModel()->rowCount(); ++row)
        QCOMPARE(view.meetingModel()->index(row).data(ui::MeetingListModel::DateRole).toString().left(10),
            busiest.toString(Qt::ISODate));
    // An empty day lists nothing.
    QDate empty = busiest.addDays(1);
    while (counts.contains(empty) && empty.year() == year)
        empty = empty.addDays(1);
    if (empty.year() == year) {
        QTest::mouseClick(view.heatMap(), Qt::LeftButton, {}, view.heatMap()->cellRect(empty).center());
        QCOMPARE(view.meetingModel()->rowCount(), 0);
    }
}

void tst_TimelineView::weekModeListsTheWholeWeek()
{
    ui::TimelineView view(m_vault.session());
    view.resize(1200, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    view.setQuery(QStringLiteral("-type:standup"));
    QTRY_VERIFY(!view.isLoading());
    const QMap<QDate, int> counts = view.heatMap()->counts();
    const QDate day = counts.lastKey();
    view.selectDate(day);
    view.setWeekMode(true);
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    int expected = 0;
    for (int i = 0; i < 7; ++i)
        expected += counts.value(monday.addDays(i));
    QCOMPARE(view.meetingModel()->rowCount(), expected);
    QVERIFY(expected >= counts.value(day));
}

void tst_TimelineView::activatingAMeetingOpensIt()
{
    ui::TimelineView view(m_vault.session());
    view.resize(1200, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    view.selectDate(QDate(2025, 1, 10)); // the Apollo kickoff fixture
    QCOMPARE(view.meetingModel()->rowOfPath(uitest::kApollo) >= 0, true);
    QSignalSpy open(&view, &ui::TimelineView::openMeeting);
    QListView *list = view.meetingList();
    list->setFocus();
    list->setCurrentIndex(view.meetingModel()->index(view.meetingModel()->rowOfPath(uitest::kApollo)));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), uitest::kApollo);
}

void tst_TimelineView::screenshot()
{
    const QString out = qEnvironmentVariable("VV_VIEW_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set VV_VIEW_SCREENSHOT_DIR to save a screenshot");
    viewtest::IndexedVault big;
    QVERIFY(big.generate(2000, 11));
    ui::TimelineView view(big.session());
    view.resize(1500, 900);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    QTest::qWait(100); // item views lay out on a timer
    QVERIFY(view.grab().save(out + QStringLiteral("/view-timeline.png")));
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
