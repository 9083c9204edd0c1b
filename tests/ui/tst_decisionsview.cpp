// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/query.h"
#include "core/views/decisionlog.h"
#include "ui/decisions/decisioncounter.h"
#include "ui/decisions/decisionlogdelegate.h"
#include "ui/decisions/decisionlogmodel.h"
#include "ui/decisions/decisionsview.h"
#include "ui/session/backgroundreader.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QtTest>

class tst_DecisionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsMatchTheCore_data();
    void countsMatchTheCore();
    void rowsArriveInPages();
    void modelPagesWithoutAReader();
    void counterMatchesTheCore();
    void typingFilters();
    void activatingOpensTheMeeting();
    void clickingAPersonRequestsTheirQuery();
    void screenshot();

private:
    // Scrolls to the end, as a view would: fetches until every page is in.
    static bool fetchAll(ui::DecisionLogModel *model)
    {
        while (model->canFetchMore({}) || model->isLoading()) {
            if (model->canFetchMore({}))
                model->fetchMore({});
            else
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return model->isComplete() && model->rowCount() == model->entryCount();
    }

    QList<core::DecisionLog::Entry> coreEntries(const QString &query, const QString &text = {}) const
    {
        return *core::DecisionLog(m_vault.database()).entries(*core::Query::parse(query), text);
    }

    viewtest::IndexedVault m_vault;
};

void tst_DecisionsView::initTestCase()
{
    if (!m_vault.generate(300))
        QSKIP("vaultgen.py is not available");
}

void tst_DecisionsView::countsMatchTheCore_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::newRow("everything") << QString() << QString();
    QTest::newRow("tag") << QStringLiteral("tag:apollo") << QString();
    QTest::newRow("person") << QStringLiteral("person:\"Priya Patel\"") << QString();
    QTest::newRow("text") << QString() << QStringLiteral("budget");
    QTest::newRow("both") << QStringLiteral("after:2024-06-01") << QStringLiteral("the");
}

void tst_DecisionsView::countsMatchTheCore()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    ui::DecisionsView view(m_vault.session());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1200, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    view.setQuery(query);
    QTRY_VERIFY(!view.isLoading());
    view.filterField()->setText(text);
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(view.error().isEmpty());
    const QList<core::DecisionLog::Entry> expected = coreEntries(query, text);
    QVERIFY(!expected.isEmpty());
    QTRY_VERIFY(!view.isCounting());
    const ui::DecisionCounter::Totals totals = view.totals();
    QCOMPARE(totals.entries, expected.size());
    QVERIFY(view.summary().startsWith(QLocale().toString(expected.size()) + u' '));
    ui::DecisionLogModel *model = view.model();
    QVERIFY(fetchAll(model));
    QCOMPARE(model->entryCount(), expected.size());
    QSet<QString> meetings;
    int merged = 0;
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(model->entryAt(row).path, expected.at(row).path);
        QCOMPARE(model->entryAt(row).text, expected.at(row).text);
        meetings.insert(expected.at(row).path);
        merged += expected.at(row).merged > 1 ? 1 : 0;
    }
    QCOMPARE(model->meetingCount(), meetings.size());
    QCOMPARE(model->mergedCount(), merged);
    QCOMPARE(totals.meetings, meetings.size());
    QCOMPARE(totals.merged, merged);
}

void tst_DecisionsView::rowsArriveInPages()
{
    ui::DecisionsView view(m_vault.session()); // no model tester: it fetches every page itself
    view.show();
    QTRY_VERIFY(!view.isLoading());
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    ui::DecisionLogModel *model = view.model();
    // Only the first page was read; the summary says there are more until they are counted.
    QVERIFY(!model->isComplete());
    QVERIFY(model->rowCount() >= ui::DecisionLogModel::kPageSize);
    QVERIFY(model->rowCount() < ui::DecisionLogModel::kPageSize + 20); // one note's decisions more at most
    QCOMPARE(model->rowCount(), model->entryCount());
    if (view.isCounting()) // it may be done already: 300 notes are counted at once
        QVERIFY(view.summary().contains(QStringLiteral("+ decisions")));
    QTRY_VERIFY(!view.isCounting());
    QVERIFY(!view.summary().contains(u'+'));
    QVERIFY(fetchAll(model));
    QCOMPARE(model->rowCount(), view.totals().entries);
    QCOMPARE(model->rowCount(), coreEntries(QString()).size());
    // Within a meeting only the first row draws the meeting header; collapsed rows say so.
    bool sawMerged = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const bool first = row == 0 || model->entryAt(row - 1).path != model->entryAt(row).path;
        QCOMPARE(index.data(ui::DecisionLogModel::FirstOfMeetingRole).toBool(), first);
        sawMerged |= index.data(ui::DecisionLogModel::MergedRole).toInt() > 1;
    }
    QCOMPARE(sawMerged, model->mergedCount() > 0);
}

void tst_DecisionsView::modelPagesWithoutAReader()
{
    ui::DecisionLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_vault.database());
    QSignalSpy pages(&model, &ui::DecisionLogModel::pageLoaded);
    model.load(*core::Query::parse(QString()));
    QCOMPARE(pages.count(), 1); // at once
    QVERIFY(model.rowCount() >= ui::DecisionLogModel::kPageSize);
    QVERIFY(!model.isComplete());
    QVERIFY(fetchAll(&model));
    const QList<core::DecisionLog::Entry> expected = coreEntries(QString());
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const core::DecisionLog::Entry &entry = model.entryAt(row);
        QCOMPARE(entry.path, expected.at(row).path);
        QCOMPARE(entry.text, expected.at(row).text);
        QCOMPARE(entry.merged, expected.at(row).merged);
        QCOMPARE(entry.date, expected.at(row).date);
        QCOMPARE(entry.people, expected.at(row).people);
    }
    // A list known whole replaces the log; nothing more is read.
    model.setEntries(expected.mid(0, 3));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isComplete() && !model.canFetchMore({}));
}

void tst_DecisionsView::counterMatchesTheCore()
{
    const QString text = QStringLiteral("the");
    const QList<core::DecisionLog::Entry> expected = coreEntries(QString(), text);
    QSet<QString> meetings;
    int merged = 0;
    for (const core::DecisionLog::Entry &entry : expected) {
        meetings.insert(entry.path);
        merged += entry.merged > 1 ? 1 : 0;
    }
    for (ui::BackgroundReader *reader : { static_cast<ui::BackgroundReader *>(nullptr), m_vault.session()->reader() }) {
        ui::DecisionCounter counter;
        counter.setReader(reader);
        counter.setDatabase(m_vault.database());
        QSignalSpy counted(&counter, &ui::DecisionCounter::counted);
        counter.count(core::Query::parse(QString())->noteSql(), text);
        QTRY_COMPARE(counted.count(), 1);
        QVERIFY(!counter.isCounting());
        QCOMPARE(counter.totals().entries, expected.size());
        QCOMPARE(counter.totals().meetings, meetings.size());
        QCOMPARE(counter.totals().merged, merged);
    }
}

void tst_DecisionsView::typingFilters()
{
    ui::DecisionsView view(m_vault.session());
    view.show();
    QTRY_VERIFY(!view.isLoading());
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    QTest::keyClicks(view.filterField(), QStringLiteral("budget"));
    const int expected = int(coreEntries(QString(), QStringLiteral("budget")).size());
    QTRY_VERIFY(!view.isLoading() && !view.isCounting() && view.model()->text() == QStringLiteral("budget"));
    QCOMPARE(view.totals().entries, expected);
    // An invalid global query is ignored: the view keeps its rows.
    view.setQuery(QStringLiteral("after:notadate"));
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(view.totals().entries, expected);
}

void tst_DecisionsView::activatingOpensTheMeeting()
{
    ui::DecisionsView view(m_vault.session());
    view.resize(900, 700);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setQuery(QStringLiteral("tag:apollo"));
    QTRY_VERIFY(!view.isLoading());
    QSignalSpy open(&view, &ui::DecisionsView::openMeeting);
    QListView *list = view.list();
    list->setFocus();
    list->setCurrentIndex(view.model()->index(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), view.model()->entryAt(0).path);
}

void tst_DecisionsView::clickingAPersonRequestsTheirQuery()
{
    ui::DecisionsView view(m_vault.session());
    view.resize(900, 700);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setQuery(QStringLiteral("person:\"Priya Patel\""));
    QTRY_VERIFY(!view.isLoading());
    QListView *list = view.list();
    const QModelIndex first = view.model()->index(0);
    const auto chips = ui::DecisionLogDelegate::chipRects(list->visualRect(first), list->font(), first);
    QVERIFY(!chips.isEmpty());
    QSignalSpy requested(&view, &ui::DecisionsView::queryRequested);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, chips.first().second.center());
    QCOMPARE(requested.count(), 1);
    QVERIFY(requested.first().first().toString().startsWith(QStringLiteral("person:")));
}

void tst_DecisionsView::screenshot()
{
    const QString out = qEnvironmentVariable("VV_VIEW_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set VV_VIEW_SCREENSHOT_DIR to save a screenshot");
    viewtest::IndexedVault sample;
    QVERIFY(uitest::copySampleVault(sample.vault()) && sample.fixtureOnly());
    ui::DecisionsView view(sample.session());
    view.resize(1500, 900);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.refresh();
    QTRY_VERIFY(!view.isLoading());
    QTest::qWait(100); // item views lay out on a timer
    QVERIFY(view.grab().save(out + QStringLiteral("/view-decisions.png")));
}

QTEST_MAIN(tst_DecisionsView)
#include "tst_decisionsview.moc"
