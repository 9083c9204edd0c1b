// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/views/decisionlog.h"
#include "core/views/peopledirectory.h"
#include "ui/decisions/decisionlogmodel.h"
#include "ui/people/meetingstrip.h"
#include "ui/people/peopleview.h"
#include "ui/people/personmeetingmodel.h"
#include "ui/people/personpage.h"
#include "ui/people/persontablemodel.h"
#include "ui/people/persontaskmodel.h"
#include "ui/session/identityeditor.h"
#include "ui/session/postponemenu.h"
#include "ui/session/taskeditor.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

class tst_PeopleView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directoryMatchesTheCore();
    void pageMatchesTheCore();
    void showMoreLengthensTheLists();
    void sortingAndFiltering();
    void identityMakesAliasesOnePerson();
    void selectionFollowsThePersonAcrossIdentityChanges();
    void openingFromThePage();
    void queryWithAPersonSelectsThem();
    void postponeATaskOnTheirPage();
    void screenshot();

private:
    viewtest::IndexedVault m_vault;
};

void tst_PeopleView::initTestCase()
{
    if (!m_vault.generate(300))
        QSKIP("vaultgen.py is not available");
    ui::IdentityEditor::saveIdentity(core::Identity()); // whatever an interrupted run left
}

void tst_PeopleView::directoryMatchesTheCore()
{
    ui::PeopleView view(m_vault.session());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setIdentity(core::Identity());
    view.resize(1400, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    const auto people = core::PeopleDirectory(m_vault.database(), core::Identity()).people();
    QVERIFY(people && people->size() > 5);
    ui::PersonTableModel *model = view.model();
    QCOMPARE(model->rowCount(), people->size());
    for (const auto &person : *people) {
        const int row = model->rowOfName(person.name);
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(ui::PersonTableModel::MeetingsRole).toInt(), person.meetings);
        QCOMPARE(model->index(row, 0).data(ui::PersonTableModel::OpenOwnedRole).toInt(), person.openOwned);
        QCOMPARE(model->index(row, 0).data(ui::PersonTableModel::IOweRole).toInt(), person.openMineWithThem);
        QCOMPARE(model->index(row, 0).data(ui::PersonTableModel::LastMeetingRole).toString(),
            person.lastMeeting.value_or(QString()));
        QCOMPARE(model->index(row, ui::PersonTableModel::MeetingsColumn).data().toInt(), person.meetings);
    }
}

void tst_PeopleView::pageMatchesTheCore()
{
    ui::PeopleView view(m_vault.session());
    view.setIdentity(core::Identity());
    view.resize(1400, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ui::PersonPage *page = view.page();
    QAbstractItemModelTester meetings(page->meetingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester theyOwe(page->theyOweModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester iOwe(page->iOweModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The busiest person (the table is sorted by meetings, most first) is shown at once; click
    // the next one.
    QTableView *table = view.table();
    QTRY_COMPARE(view.page()->name(), view.proxy()->index(0, 0).data(ui::PersonTableModel::NameRole).toString());
    QTRY_VERIFY(!view.isLoading());
    const QModelIndex top = view.proxy()->index(1, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(top).center());
    const QString name = top.data(ui::PersonTableModel::NameRole).toString();
    QCOMPARE(page->name(), name);
    QVERIFY(view.isLoading()); // the page is read in the background
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(page->name(), name);
    core::PeopleDirectory directory(m_vault.database(), core::Identity());
    const auto expected = directory.page(name);
    QVERIFY(expected);
    QCOMPARE(page->meetingModel()->rowCount(), expected->meetings.size());
    QCOMPARE(page->theyOweModel()->rowCount(), expected->theyOwe.size());
    QCOMPARE(page->iOweModel()->rowCount(), expected->iOwe.size());
    QVERIFY(page->countsText().contains(QStringLiteral("they owe me %1").arg(expected->theyOweCount)));
    QVERIFY(page->countsText().contains(QStringLiteral("%1 meetings").arg(expected->meetingCount)));
    QCOMPARE(page->strip()->dotCount(), expected->days.size());
    // Their decisions, read a page at a time, are those of their meetings.
    const auto decisions = core::DecisionLog(m_vault.database()).entries(expected->meetingFilter);
    QVERIFY(decisions && !decisions->isEmpty());
    ui::DecisionLogModel *model = page->decisionModel();
    QTRY_VERIFY(!model->isLoading());
    while (model->canFetchMore({}) || model->isLoading()) {
        if (model->canFetchMore({}))
            model->fetchMore({});
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    QCOMPARE(model->entryCount(), decisions->size());
    QCOMPARE(model->entryAt(0).text, decisions->first().text);
    // Their dated meetings, at most three a day: what the strip can draw.
    QHash<QString, int> perDay;
    int dots = 0;
    const auto everyMeeting = directory.page(name, { 100000, 1 });
    QVERIFY(everyMeeting);
    for (const auto &meeting : everyMeeting->meetings)
        dots += meeting.date && perDay[*meeting.date]++ < core::PeopleDirectory::kStripPerDay ? 1 : 0;
    QCOMPARE(page->strip()->dotCount(), dots);
}

// Right-click a task they owe me, Postpone ▸ 1 day: the file changes by the date, the page is read
// again and the task stays current; undo puts the bytes back.
void tst_PeopleView::postponeATaskOnTheirPage()
{
    viewtest::IndexedVault vault;
    QVERIFY(vault.fixtureOnly());
    vault.session()->editor()->setToday(QDate(2025, 2, 5)); // before the task's 2025-02-10
    ui::PeopleView view(vault.session());
    view.setIdentity(core::Identity());
    view.resize(1400, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(view.selectPerson(QStringLiteral("Priya Patel")));
    QTRY_VERIFY(!view.isLoading());
    ui::PersonPage *page = view.page();
    QAbstractItemModelTester tester(
        page->theyOweModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = page->theyOweModel()->rowOf(uitest::kBudget, 16);
    QVERIFY(row >= 0);
    const QByteArray before = vault.vault().read(uitest::kBudget);
    QListView *list = page->theyOweList();
    const QPoint at = list->visualRect(page->theyOweModel()->index(row)).center();
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
    QApplication::sendEvent(list->viewport(), &click);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_P);
    auto *postpone = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(postpone);
    QTest::keyClick(postpone, Qt::Key_D);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    const QByteArray after = vault.vault().read(uitest::kBudget);
    QCOMPARE(uitest::changedLines(before, after), QList<int> { 16 });
    QCOMPARE(uitest::lineOf(after, 16),
        QByteArray("- [?] Review the numbers @Priya Patel \xF0\x9F\x93\x85 2025-02-11"));
    QTRY_VERIFY(!view.isLoading());
    QTRY_VERIFY(list->currentIndex().isValid());
    QCOMPARE(list->currentIndex().data(ui::PersonTaskModel::LineRole).toInt(), 16);
    QCOMPARE(list->currentIndex().data(ui::PersonTaskModel::DueRole).toString(),
        QStringLiteral("2025-02-11"));
    vault.session()->editor()->undoStack()->undo();
    QCOMPARE(vault.vault().read(uitest::kBudget), before);
}

void tst_PeopleView::showMoreLengthensTheLists()
{
    ui::PeopleView view(m_vault.session());
    view.setIdentity(core::Identity());
    view.resize(1400, 800);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    const QString name = view.proxy()->index(0, 0).data(ui::PersonTableModel::NameRole).toString();
    QVERIFY(view.selectPerson(name));
    QTRY_VERIFY(!view.isLoading());
    ui::PersonPage *page = view.page();
    const auto all = core::PeopleDirectory(m_vault.database(), core::Identity()).page(name);
    QVERIFY(all);
    if (all->meetingCount <= core::PeopleDirectory::Limits().meetings)
        QSKIP("nobody has more meetings than a page lists");
    QCOMPARE(page->meetingModel()->rowCount(), core::PeopleDirectory::Limits().meetings);
    QVERIFY(page->moreButton()->isVisible());
    page->moreButton()->click();
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(page->meetingModel()->rowCount(),
        std::min(all->meetingCount, 2 * core::PeopleDirectory::Limits().meetings));
    QCOMPARE(page->name(), name);
}

void tst_PeopleView::sortingAndFiltering()
{
    ui::PeopleView view(m_vault.session());
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QSortFilterProxyModel *proxy = view.proxy();
    view.table()->sortByColumn(ui::PersonTableModel::MeetingsColumn, Qt::DescendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, 1).data(ui::PersonTableModel::MeetingsRole).toInt()
            >= proxy->index(row, 1).data(ui::PersonTableModel::MeetingsRole).toInt());
    view.table()->sortByColumn(ui::PersonTableModel::NameColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy->rowCount(); ++row)
        QVERIFY(proxy->index(row - 1, 0).data().toString().compare(
                    proxy->index(row, 0).data().toString(), Qt::CaseInsensitive) <= 0);
    const int everyone = proxy->rowCount();
    QTest::keyClicks(view.filterField(), QStringLiteral("priya"));
    QVERIFY(proxy->rowCount() > 0 && proxy->rowCount() < everyone);
    bool found = false;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QString name = proxy->index(row, 0).data().toString();
        QVERIFY(name.contains(QStringLiteral("priya"), Qt::CaseInsensitive));
        found |= name == QStringLiteral("Priya Patel");
    }
    QVERIFY(found);
    // The last name's start, in capitals, as person: takes it (core::NameMatch).
    view.filterField()->clear();
    QTest::keyClicks(view.filterField(), QStringLiteral("PAT"));
    QVERIFY(proxy
                ->match(proxy->index(0, 0), ui::PersonTableModel::NameRole,
                    QStringLiteral("Priya Patel"), 1, Qt::MatchExactly)
                .size()
        == 1);
    view.filterField()->setText(QStringLiteral("atel"));
    QCOMPARE(proxy->rowCount(), 0);
}

void tst_PeopleView::identityMakesAliasesOnePerson()
{
    ui::PeopleView view(m_vault.session());
    view.show();
    QTRY_VERIFY(!view.isLoading());
    core::Identity identity;
    identity.aliases = { QStringLiteral("Priya Patel") };
    // Typed into the editor, as the user would; it is saved in (test-mode) Settings.
    ui::IdentityEditor *editor = view.identityEditor();
    editor->aliasesField()->setText(QStringLiteral("Priya Patel"));
    Q_EMIT editor->aliasesField()->editingFinished();
    QVERIFY(view.isLoading()); // the directory is read again, in the background
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(view.identity().aliases, identity.aliases);
    QCOMPARE(ui::IdentityEditor::loadIdentity().aliases, identity.aliases);
    const auto people = core::PeopleDirectory(m_vault.database(), identity).people();
    QCOMPARE(view.model()->rowCount(), people->size());
    QCOMPARE(view.model()->rowOfName(QStringLiteral("Priya Patel")), -1);
    const int me = view.model()->rowOfName(QStringLiteral("Myself"));
    QVERIFY(me >= 0);
    QVERIFY(view.model()->index(me, 0).data(ui::PersonTableModel::IsMeRole).toBool());
    ui::IdentityEditor::saveIdentity(core::Identity());
}

// The selection names a person, not a row: it stays on them when the directory is read again and
// their row moves, and selecting a name that became my alias selects me.
void tst_PeopleView::selectionFollowsThePersonAcrossIdentityChanges()
{
    ui::PeopleView view(m_vault.session());
    QAbstractItemModelTester tester(
        view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setIdentity(core::Identity());
    view.show();
    QTRY_VERIFY(!view.isLoading());
    const auto current = [&view](int role) { return view.table()->currentIndex().data(role); };
    QVERIFY(view.selectPerson(QStringLiteral("Priya Patel")));
    core::Identity identity;
    identity.aliases = { QStringLiteral("Priya Patel") };
    view.setIdentity(identity);
    QVERIFY(view.isLoading());
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(current(ui::PersonTableModel::IsMeRole).toBool());
    QCOMPARE(current(ui::PersonTableModel::NameRole).toString(), QStringLiteral("Myself"));
    QCOMPARE(view.page()->name(), QStringLiteral("Myself"));
    QVERIFY(view.selectPerson(QStringLiteral("priya patel"))); // my alias finds my row
    QVERIFY(current(ui::PersonTableModel::IsMeRole).toBool());
    // Someone sorted after Priya Patel by name: their row moves when she gets hers back.
    view.table()->sortByColumn(ui::PersonTableModel::NameColumn, Qt::AscendingOrder);
    QString other;
    for (int row = view.proxy()->rowCount() - 1; row >= 0 && other.isEmpty(); --row) {
        const QModelIndex index = view.proxy()->index(row, 0);
        if (!index.data(ui::PersonTableModel::IsMeRole).toBool())
            other = index.data(ui::PersonTableModel::NameRole).toString();
    }
    QVERIFY(other.compare(QStringLiteral("Priya Patel"), Qt::CaseInsensitive) > 0);
    QVERIFY(view.selectPerson(other));
    const int rowBefore = view.table()->currentIndex().row();
    view.setIdentity(core::Identity());
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(view.table()->currentIndex().row(), rowBefore + 1);
    QCOMPARE(current(ui::PersonTableModel::NameRole).toString(), other);
    QCOMPARE(view.page()->name(), other);
    // And me stays me.
    QVERIFY(view.selectPerson(QStringLiteral("Myself")));
    view.setIdentity(identity);
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(current(ui::PersonTableModel::IsMeRole).toBool());
    QCOMPARE(view.page()->name(), QStringLiteral("Myself"));
}

void tst_PeopleView::openingFromThePage()
{
    ui::PeopleView view(m_vault.session());
    view.setIdentity(core::Identity());
    view.resize(1400, 900);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectPerson(QStringLiteral("priya patel")));
    ui::PersonPage *page = view.page();
    QCOMPARE(page->name(), QStringLiteral("Priya Patel"));
    QTRY_VERIFY(!view.isLoading());
    QSignalSpy open(&view, &ui::PeopleView::openMeeting);
    // A double-click on a task opens its meeting.
    QVERIFY(page->theyOweModel()->rowCount() > 0);
    QListView *tasks = page->theyOweList();
    const QRect first = tasks->visualRect(page->theyOweModel()->index(0));
    QTest::mouseClick(tasks->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(tasks->viewport(), Qt::LeftButton, {}, first.center());
    QTRY_COMPARE(open.count(), 1);
    QCOMPARE(open.last().first().toString(),
        page->theyOweModel()->index(0).data(ui::PersonTaskModel::PathRole).toString());
    // So does a click on a dot of the strip.
    const QString path = page->meetingModel()->index(0).data(ui::PersonMeetingModel::PathRole).toString();
    const QPoint dot = page->strip()->dotCenter(path);
    QVERIFY(!dot.isNull());
    QTest::mouseClick(page->strip(), Qt::LeftButton, {}, dot);
    QCOMPARE(open.count(), 2);
    QCOMPARE(page->strip()->pathAt(dot).isEmpty(), false);
}

void tst_PeopleView::queryWithAPersonSelectsThem()
{
    ui::PeopleView view(m_vault.session());
    view.show();
    QTRY_VERIFY(!view.isLoading());
    view.setQuery(QStringLiteral("tag:budget person:\"Priya Patel\""));
    QTRY_VERIFY(!view.isLoading());
    QCOMPARE(view.page()->name(), QStringLiteral("Priya Patel"));
    QCOMPARE(view.table()->currentIndex().data(ui::PersonTableModel::NameRole).toString(),
        QStringLiteral("Priya Patel"));
}

void tst_PeopleView::screenshot()
{
    const QString out = qEnvironmentVariable("VV_VIEW_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set VV_VIEW_SCREENSHOT_DIR to save a screenshot");
    viewtest::IndexedVault sample;
    QVERIFY(uitest::copySampleVault(sample.vault()) && sample.fixtureOnly());
    ui::PeopleView view(sample.session());
    view.setIdentity(core::Identity());
    view.resize(1500, 900);
    view.show();
    QTRY_VERIFY(!view.isLoading());
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectPerson(QStringLiteral("Alon Horev")));
    QTRY_VERIFY(!view.isLoading());
    QTest::qWait(100); // item views lay out on a timer
    QVERIFY(view.grab().save(out + QStringLiteral("/view-people.png")));
}

QTEST_MAIN(tst_PeopleView)
#include "tst_peopleview.moc"
