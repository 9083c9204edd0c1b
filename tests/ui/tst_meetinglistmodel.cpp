// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/write/taskwriter.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/session/backgroundreader.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

Q_LOGGING_CATEGORY(lcTiming, "vaultview.test.timing", QtInfoMsg)

using ui::MeetingListModel;

class tst_MeetingListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newestFirstWithMonthSections();
    void titleOrder();
    void filters_data();
    void filters();
    void invalidQueryKeepsRows();
    void refreshUpdatesRowsInPlace();
    void removedNoteResets();
    void sampleVaultListsEveryNote();
    void filteringALargeVault();
    void fetchesRowsLazily();
    void backgroundListShowsTheFirstRowsAtOnce();

private:
    std::unique_ptr<core::VaultIndex> openIndexed(const TestVault &vault);

    TestVault m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
};

std::unique_ptr<core::VaultIndex> tst_MeetingListModel::openIndexed(const TestVault &vault)
{
    auto index = std::make_unique<core::VaultIndex>(vault.root(), vault.indexPath());
    if (!index->open() || !core::Indexer(*index).update())
        return nullptr;
    return index;
}

void tst_MeetingListModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(uitest::writeFixture(m_vault));
    m_index = openIndexed(m_vault);
    QVERIFY(m_index);
}

void tst_MeetingListModel::newestFirstWithMonthSections()
{
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_index->database());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.pathAt(0), uitest::kStandup);
    QCOMPARE(model.pathAt(1), uitest::kBudget);
    QCOMPARE(model.pathAt(2), uitest::kApollo);
    const auto at = [&](int row, int role) { return model.data(model.index(row), role); };
    QCOMPARE(at(0, MeetingListModel::SectionRole).toString(), QStringLiteral("February 2025"));
    QCOMPARE(at(0, MeetingListModel::FirstInSectionRole).toBool(), true);
    QCOMPARE(at(1, MeetingListModel::FirstInSectionRole).toBool(), false);
    QCOMPARE(at(2, MeetingListModel::SectionRole).toString(), QStringLiteral("January 2025"));
    QCOMPARE(at(2, MeetingListModel::FirstInSectionRole).toBool(), true);
    // Apollo: one open task (todo) and one proposed; the badge counts them apart.
    QCOMPARE(at(2, Qt::DisplayRole).toString(), QStringLiteral("Apollo kickoff"));
    QCOMPARE(at(2, MeetingListModel::TypeRole).toString(), QStringLiteral("project"));
    QCOMPARE(at(2, MeetingListModel::DateRole).toString(), QStringLiteral("2025-01-10"));
    QCOMPARE(at(2, MeetingListModel::OpenCountRole).toInt(), 1);
    QCOMPARE(at(2, MeetingListModel::ProposedCountRole).toInt(), 1);
    QCOMPARE(at(2, MeetingListModel::TaskCountRole).toInt(), 3);
    QCOMPARE(model.rowOfPath(uitest::kBudget), 1);
    QCOMPARE(model.rowOfPath(QStringLiteral("nope.md")), -1);
}

void tst_MeetingListModel::titleOrder()
{
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_index->database());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOrder(MeetingListModel::Order::Title);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(),
        QStringLiteral("1:1 with Priya Patel"));
    QCOMPARE(
        model.data(model.index(1), Qt::DisplayRole).toString(), QStringLiteral("Apollo kickoff"));
    QCOMPARE(
        model.data(model.index(2), Qt::DisplayRole).toString(), QStringLiteral("Team standup"));
    QCOMPARE(
        model.data(model.index(0), MeetingListModel::SectionRole).toString(), QStringLiteral("#"));
    QCOMPARE(
        model.data(model.index(1), MeetingListModel::SectionRole).toString(), QStringLiteral("A"));
}

void tst_MeetingListModel::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("paths");
    using namespace uitest;
    QTest::newRow("everything") << QString() << QStringList { kStandup, kBudget, kApollo };
    QTest::newRow("person participant and owner")
        << QStringLiteral("person:\"Alon Horev\"") << QStringList { kApollo };
    QTest::newRow("person in two")
        << QStringLiteral("person:\"priya patel\"") << QStringList { kBudget, kApollo };
    QTest::newRow("tag") << QStringLiteral("tag:apollo") << QStringList { kStandup, kApollo };
    QTest::newRow("tag prefix") << QStringLiteral("tag:project") << QStringList { kApollo };
    QTest::newRow("negated tag") << QStringLiteral("-tag:apollo") << QStringList { kBudget };
    QTest::newRow("type") << QStringLiteral("type:people") << QStringList { kBudget };
    QTest::newRow("proposed") << QStringLiteral("status:proposed")
                              << QStringList { kBudget, kApollo };
    QTest::newRow("owner") << QStringLiteral("owner:Myself") << QStringList { kBudget, kApollo };
    QTest::newRow("before") << QStringLiteral("before:2025-02") << QStringList { kApollo };
    QTest::newRow("words") << QStringLiteral("quick") << QStringList { kStandup };
    QTest::newRow("person by first name")
        << QStringLiteral("person:alon") << QStringList { kApollo };
    QTest::newRow("combined") << QStringLiteral("tag:apollo person:priya")
                              << QStringList { kApollo };
    QTest::newRow("combined, nothing meets both")
        << QStringLiteral("tag:apollo type:people") << QStringList();
}

void tst_MeetingListModel::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, paths);
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_index->database());
    QString error;
    QVERIFY2(model.setQueryText(query, &error), qPrintable(error));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.pathAt(row));
    QCOMPARE(shown, paths);
    QCOMPARE(model.queryText(), query);
}

void tst_MeetingListModel::invalidQueryKeepsRows()
{
    MeetingListModel model;
    model.setDatabase(m_index->database());
    QVERIFY(model.setQueryText(QStringLiteral("tag:apollo")));
    QCOMPARE(model.rowCount(), 2);
    QString error;
    QVERIFY(!model.setQueryText(QStringLiteral("colour:red"), &error));
    QVERIFY2(error.contains(QStringLiteral("unknown field")), qPrintable(error));
    QVERIFY(!model.setQueryText(QStringLiteral("person:\"Alon"), &error));
    QVERIFY2(error.contains(QStringLiteral("quote")), qPrintable(error));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.queryText(), QStringLiteral("tag:apollo"));
}

void tst_MeetingListModel::refreshUpdatesRowsInPlace()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    auto index = openIndexed(vault);
    QVERIFY(index);
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(index->database());
    const QPersistentModelIndex budget = model.index(model.rowOfPath(uitest::kBudget));
    QCOMPARE(budget.data(MeetingListModel::ProposedCountRole).toInt(), 1);

    core::TaskWriter writer(*index);
    QVERIFY(writer.setStatus(uitest::kBudget, 16, QStringLiteral("done")).ok());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.refresh());
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(budget.isValid());
    QCOMPARE(budget.data(MeetingListModel::PathRole).toString(), uitest::kBudget);
    QCOMPARE(budget.data(MeetingListModel::ProposedCountRole).toInt(), 0);
    QCOMPARE(budget.data(MeetingListModel::OpenCountRole).toInt(), 1); // the task in progress

    // Nothing changed: no signal at all.
    QVERIFY(model.refresh());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0);
}

void tst_MeetingListModel::removedNoteResets()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    auto index = openIndexed(vault);
    QVERIFY(index);
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(index->database());
    QVERIFY(QFile::remove(vault.filePath(uitest::kBudget)));
    QVERIFY(core::Indexer(*index).update());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.refresh());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfPath(uitest::kBudget), -1);
    model.setDatabase(QSqlDatabase());
    QCOMPARE(model.rowCount(), 0);
}

void tst_MeetingListModel::sampleVaultListsEveryNote()
{
    TestVault vault;
    QVERIFY(uitest::copySampleVault(vault));
    auto index = openIndexed(vault);
    QVERIFY(index);
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(index->database());
    QCOMPARE(model.rowCount(), uitest::countNotes(vault.root()));
    QVERIFY(model.rowCount() > 20);
    // Newest first.
    for (int row = 1; row < model.rowCount(); ++row) {
        const QString previous
            = model.data(model.index(row - 1), MeetingListModel::DateRole).toString();
        const QString current = model.data(model.index(row), MeetingListModel::DateRole).toString();
        QVERIFY2(current.isEmpty() || previous >= current, qPrintable(previous + u' ' + current));
    }
    QVERIFY(model.rowOfPath(uitest::kSeed) >= 0);
}

// The list filters as you type, on screen. (How fast: the typed queries of tests/bench/bench_gui.)
void tst_MeetingListModel::filteringALargeVault()
{
    TestVault vault;
    const int kNotes = qEnvironmentVariableIntValue("VV_LARGE_VAULT_NOTES") > 0
        ? qEnvironmentVariableIntValue("VV_LARGE_VAULT_NOTES")
        : 2000;
    if (!vault.generate(kNotes, 7, 0.0))
        QSKIP("vaultgen.py is not available");
    auto index = openIndexed(vault);
    QVERIFY(index);
    MeetingListModel model;
    model.setDatabase(index->database());
    QCOMPARE(model.rowCount(), kNotes);
    // With the list on screen: the query, the reset, the layout of every row and a paint.
    ui::MeetingListPane pane(&model);
    pane.resize(300, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QStringList queries { QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("alon"),
        QStringLiteral("person:\"Alon Horev\""), QStringLiteral("tag:type/people"),
        QStringLiteral("status:proposed"), QString() };
    QElapsedTimer timer;
    qint64 worst = 0;
    for (const QString &query : queries) {
        timer.start();
        QVERIFY(model.setQueryText(query));
        QCoreApplication::processEvents();
        pane.view()->viewport()->repaint();
        worst = std::max(worst, timer.elapsed());
    }
    qCInfo(lcTiming) << "slowest filter of" << kNotes << "notes:" << worst << "ms";
    QCOMPARE(model.rowCount(), kNotes); // the empty query shows every note again
}

// Rows are read a page at a time when asked for; a search reads only ids.
void tst_MeetingListModel::fetchesRowsLazily()
{
    TestVault vault;
    if (!vault.generate(1500, 5, 0.0))
        QSKIP("vaultgen.py is not available");
    auto index = openIndexed(vault);
    QVERIFY(index);
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(index->database());
    QCOMPARE(model.rowCount(), 1500);
    QVERIFY(model.cachedPageCount() <= 2); // the tester may have read the first rows
    // Sections come from the ids alone.
    for (int row = 0; row < model.rowCount(); ++row)
        model.data(model.index(row), MeetingListModel::FirstInSectionRole);
    QVERIFY(model.cachedPageCount() <= 2);
    // Reading every row keeps only a bounded number of pages.
    QSet<QString> paths;
    for (int row = 0; row < model.rowCount(); ++row)
        paths.insert(model.pathAt(row));
    QCOMPARE(paths.size(), 1500);
    QVERIFY(model.cachedPageCount() <= MeetingListModel::kMaxPages);
    const QString last = model.pathAt(1499);
    QCOMPARE(model.rowOfPath(last), 1499);
    QCOMPARE(model.rowOfPath(QStringLiteral("no such note.md")), -1);
}

// With a reader: a search shows its first rows at once, the rest is appended from the reader's
// thread; an older search's rows never replace a newer one's.
void tst_MeetingListModel::backgroundListShowsTheFirstRowsAtOnce()
{
    TestVault vault;
    if (!vault.generate(1500, 5, 0.0))
        QSKIP("vaultgen.py is not available");
    auto index = openIndexed(vault);
    QVERIFY(index);
    ui::BackgroundReader reader(vault.indexPath());
    MeetingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &MeetingListModel::refreshed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setReader(&reader);
    model.setDatabase(index->database());
    QCOMPARE(model.rowCount(), MeetingListModel::kPageSize);
    QVERIFY(!model.isComplete());
    QCOMPARE(refreshed.count(), 0);
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 1500);

    // The same order as without a reader.
    MeetingListModel direct;
    direct.setDatabase(index->database());
    QVERIFY(direct.setQueryText(QStringLiteral("status:proposed")));
    QVERIFY(model.setQueryText(QStringLiteral("a")));
    QVERIFY(model.setQueryText(QStringLiteral("status:proposed")));
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(refreshed.count(), 2); // the first search's result was dropped
    QCOMPARE(model.rowCount(), direct.rowCount());
    for (int row = 0; row < model.rowCount(); row += 97) {
        QCOMPARE(model.pathAt(row), direct.pathAt(row));
        QCOMPARE(model.data(model.index(row), MeetingListModel::FirstInSectionRole),
            direct.data(direct.index(row), MeetingListModel::FirstInSectionRole));
    }
    // A refresh of the same search keeps the rows (no reset).
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), direct.rowCount());
    QTRY_VERIFY(model.isComplete());
    QCOMPARE(reset.count(), 0);
    model.setDatabase(QSqlDatabase());
}

QTEST_MAIN(tst_MeetingListModel)
#include "tst_meetinglistmodel.moc"
