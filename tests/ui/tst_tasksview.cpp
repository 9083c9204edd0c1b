// SPDX-License-Identifier: GPL-3.0-or-later
// The Tasks view on the fixture vault, driven by the keyboard: triage of three proposed tasks
// changes exactly those three lines, bulk actions are one undo step (and one journal batch) that
// restores the files byte for byte, reassigning edits the trailing @owner, duplicates resolve in
// one action, and export lists what the view shows.

#include "core/index/journal.h"
#include "core/query/taskqueries.h"
#include "taskstestsupport.h"
#include "ui/session/postponemenu.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/duplicatesmodel.h"
#include "ui/tasks/duplicatespanel.h"
#include "ui/tasks/taskbrowsermodel.h"
#include "ui/tasks/taskfilterbar.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasksview.h"
#include "ui/tasks/triagepanel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/optionaldateedit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDate>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using ui::TaskBrowserModel;
using ui::TasksView;

class tst_TasksView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsFollowTheQueryAndChips();
    void triageThreeByKeyboard();
    void bulkAcceptIsOneUndoStep();
    void reassignInTriage();
    void duplicatesResolveInOneAction();
    void exportListsTheView();
    void triageShowsWhatATaskWaitsFor();
    void dueEditorInTheTree();
    void postponeKeepsTheTaskSelected();
    void postponeSeveralFromTheContextMenu();
    void triagePostponeStaysOnTheTask_data();
    void triagePostponeStaysOnTheTask();
    void refusedPostponeSaysWhy();

private:
    // The task on `line` of `path` as the tree shows it now.
    QModelIndex taskIndex(const QString &path, int line) const;
    // The (path, line) of the tree's current task.
    std::pair<QString, int> currentTask() const;
    void openContextMenu(const QModelIndex &index);
    QHash<QString, QByteArray> files() const;
    QUndoStack *undo() const { return m_vault->session()->editor()->undoStack(); }

    std::unique_ptr<taskstest::SessionVault> m_vault;
    std::unique_ptr<TasksView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

const QStringList kPaths { uitest::kApollo, uitest::kBudget, uitest::kStandup, taskstest::kSync };

void tst_TasksView::init()
{
    m_vault = std::make_unique<taskstest::SessionVault>();
    QVERIFY(m_vault->fixture());
    // Postponing counts from this day: after every due date of the fixture.
    m_vault->session()->editor()->setToday(QDate(2025, 2, 12));
    m_view = std::make_unique<TasksView>(m_vault->session());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1300, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_VERIFY(!m_view->isLoading()); // read in the background once shown
}

void tst_TasksView::cleanup()
{
    m_tester.reset();
    m_view.reset();
    m_vault.reset();
}

QHash<QString, QByteArray> tst_TasksView::files() const
{
    QHash<QString, QByteArray> bytes;
    for (const QString &path : kPaths)
        bytes.insert(path, m_vault->read(path));
    return bytes;
}

void tst_TasksView::countsFollowTheQueryAndChips()
{
    QCOMPARE(m_view->model()->totalCount(), m_vault->coreCount(QStringLiteral("status:open")));
    QSignalSpy loaded(m_view.get(), &TasksView::loaded);
    m_view->setQuery(QStringLiteral("owner:\"Priya Patel\""));
    QVERIFY(m_view->isLoading());
    QCOMPARE(m_view->countText(), QStringLiteral("Loading tasks…"));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(m_view->model()->totalCount(), m_vault->coreCount(QStringLiteral("owner:\"Priya Patel\" status:open")));
    QVERIFY(m_view->countText().startsWith(QStringLiteral("2 tasks")));
    // Requests made before the first is in: only the last one's result is shown.
    m_view->setQuery(QStringLiteral("owner:Myself"));
    m_view->setQuery(QString());
    for (const QString &state : { QStringLiteral("done"), QStringLiteral("cancelled") })
        QTest::mouseClick(m_view->filterBar()->stateChip(state), Qt::LeftButton);
    QTRY_VERIFY(!m_view->isLoading());
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(m_view->model()->totalCount(), m_vault->coreCount(QString()));
    QTest::mouseClick(m_view->filterBar()->stateChip(QStringLiteral("done")), Qt::LeftButton);
    QTRY_VERIFY(!m_view->isLoading());
    QCOMPARE(m_view->model()->totalCount(), m_vault->coreCount(QString()) - m_vault->coreCount(QStringLiteral("status:done")));
    m_view->filterBar()->ownerEdit()->setFocus();
    QTest::keyClicks(m_view->filterBar()->ownerEdit(), QStringLiteral("myself"));
    QTest::keyClick(m_view->filterBar()->ownerEdit(), Qt::Key_Return);
    QTRY_VERIFY(!m_view->isLoading());
    QCOMPARE(m_view->model()->totalCount(), m_vault->coreCount(QStringLiteral("owner:Myself -status:done")));
}

void tst_TasksView::triageThreeByKeyboard()
{
    const auto before = files();
    m_view->startTriage();
    ui::TriagePanel *triage = m_view->triagePanel();
    QCOMPARE(m_view->mode(), TasksView::Mode::Triage);
    QCOMPARE(triage->count(), 3);
    QCOMPARE(triage->progressText(), QStringLiteral("1 of 3 proposed"));
    const auto tasks = triage->tasks();
    triage->setFocus();
    QTest::keyClick(triage, Qt::Key_A);
    QCOMPARE(triage->progressText(), QStringLiteral("2 of 3 proposed"));
    QTest::keyClick(triage, Qt::Key_R);
    QTest::keyClick(triage, Qt::Key_D);
    QCOMPARE(triage->progressText(), QStringLiteral("All 3 proposed tasks triaged"));
    const QByteArray expected[] = { "- [ ] ", "- [-] ", "- [x] " };
    QSet<QString> touched;
    for (int i = 0; i < 3; ++i) {
        const auto &row = tasks.at(i);
        touched.insert(row.path);
        const QByteArray line = uitest::lineOf(m_vault->read(row.path), row.task.line);
        QVERIFY2(line.startsWith(expected[i]), line.constData());
    }
    QVERIFY(uitest::lineOf(m_vault->read(tasks.at(1).path), tasks.at(1).task.line)
                .contains(QByteArray("\xE2\x9D\x8C 2025-02-12"))); // the editor's today
    // Exactly those three lines changed, nothing else anywhere.
    for (const QString &path : kPaths) {
        QList<int> lines;
        for (const auto &row : tasks) {
            if (row.path == path)
                lines.append(row.task.line);
        }
        std::sort(lines.begin(), lines.end());
        QCOMPARE(uitest::changedLines(before.value(path), m_vault->read(path)), lines);
    }
    QCOMPARE(undo()->count(), 3);
    for (int i = 0; i < 3; ++i)
        undo()->undo();
    QCOMPARE(files(), before);
}

void tst_TasksView::bulkAcceptIsOneUndoStep()
{
    const auto before = files();
    for (const QString &state : { QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("forwarded") })
        QTest::mouseClick(m_view->filterBar()->stateChip(state), Qt::LeftButton);
    QTRY_VERIFY(!m_view->isLoading());
    QCOMPARE(m_view->model()->totalCount(), 3);
    QTreeView *tree = m_view->view();
    tree->setFocus();
    tree->selectAll();
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 3);
    core::Journal &journal = m_vault->session()->editor()->writer().journal();
    QTest::keyClick(tree, Qt::Key_A);
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(uitest::lineOf(m_vault->read(uitest::kApollo), 21), QByteArray("- [ ] Book the room @Priya Patel"));
    QVERIFY(uitest::lineOf(m_vault->read(uitest::kBudget), 16).startsWith("- [ ] Review the numbers"));
    QCOMPARE(uitest::lineOf(m_vault->read(taskstest::kSync), 10), QByteArray("- [ ] Write the launch memo @Alon Horev"));
    const auto history = journal.history(3);
    QVERIFY(history && history->size() == 3);
    QCOMPARE(history->at(0).batch, history->at(2).batch);
    QTRY_COMPARE(m_view->model()->totalCount(), 0); // accepted tasks are no longer proposed
    undo()->undo();
    QCOMPARE(files(), before);
    undo()->redo();
    QVERIFY(files() != before);
    undo()->undo();
    QCOMPARE(files(), before);
}

void tst_TasksView::reassignInTriage()
{
    const auto before = files();
    m_view->startTriage();
    ui::TriagePanel *triage = m_view->triagePanel();
    const auto row = triage->tasks().first();
    triage->setFocus();
    QTest::keyClick(triage, Qt::Key_E);
    QVERIFY(triage->ownerEdit()->isVisible());
    triage->ownerEdit()->selectAll();
    QTest::keyClicks(triage->ownerEdit(), QStringLiteral("Carol Diaz"));
    QTest::keyClick(triage->ownerEdit(), Qt::Key_Return);
    QCOMPARE(triage->progressText(), QStringLiteral("2 of 3 proposed"));
    QString expected = row.task.raw;
    expected.replace(QStringLiteral("@") + *row.task.owner, QStringLiteral("@Carol Diaz"));
    QCOMPARE(QString::fromUtf8(uitest::lineOf(m_vault->read(row.path), row.task.line)), expected);
    QCOMPARE(uitest::changedLines(before.value(row.path), m_vault->read(row.path)), QList<int> { row.task.line });
    QTest::keyClick(triage, Qt::Key_S); // skip leaves the file alone
    QCOMPARE(triage->progressText(), QStringLiteral("3 of 3 proposed"));
    undo()->undo();
    QCOMPARE(files(), before);
}

void tst_TasksView::duplicatesResolveInOneAction()
{
    const auto before = files();
    m_view->setMode(TasksView::Mode::Duplicates);
    ui::DuplicatesPanel *panel = m_view->duplicatesPanel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoading(), 10000);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QModelIndex group;
    for (int g = 0; g < panel->model()->rowCount() && !group.isValid(); ++g) {
        const QModelIndex candidate = panel->model()->index(g, 0);
        if (panel->model()->index(0, 0, candidate).data(ui::TaskRoles::PathRole).toString()
            == taskstest::kSync)
            group = candidate;
    }
    QVERIFY2(group.isValid(), "the two budget report tasks are not grouped");
    QCOMPARE(panel->model()->rowCount(group), 2);
    panel->view()->setCurrentIndex(panel->model()->index(0, 0, group)); // keep line 11
    panel->view()->setFocus();
    QTest::keyClick(panel, Qt::Key_K);
    const QByteArray after = m_vault->read(taskstest::kSync);
    QCOMPARE(uitest::changedLines(before.value(taskstest::kSync), after), QList<int> { 12 });
    QVERIFY(uitest::lineOf(after, 12).startsWith("- [-] Send the budget report to the finance team"));
    undo()->undo();
    QCOMPARE(files(), before);
}

void tst_TasksView::exportListsTheView()
{
    const int total = m_view->model()->totalCount();
    QVERIFY(total > 3);
    const QString csv = m_view->exportText(TasksView::Format::Csv);
    QCOMPARE(csv.count(QStringLiteral("\r\n")), total + 1);
    QVERIFY(csv.startsWith(QStringLiteral("status,task,owner,due,priority,meeting,date,path,line\r\n")));
    QVERIFY(csv.contains(QStringLiteral("proposed,Book the room,Priya Patel,,normal,Apollo kickoff,2025-01-10,")));
    const QString markdown = m_view->exportText(TasksView::Format::Markdown);
    const QStringList lines = markdown.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), total);
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(QStringLiteral("- [")), qPrintable(line));
    QVERIFY(markdown.contains(QStringLiteral("- [?] Book the room @Priya Patel ([[Meetings/2025-01-10 Apollo kickoff|Apollo kickoff]])")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tasks.csv"));
    QVERIFY(m_view->exportToFile(file, TasksView::Format::Csv));
    QFile read(file);
    QVERIFY(read.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(read.readAll()), csv);
}

// Triage names what the task on screen waits for, beside the sign; nothing for a task that
// waits for nothing open.
void tst_TasksView::triageShowsWhatATaskWaitsFor()
{
    TestVault vault;
    QVERIFY(uitest::writeDependencies(vault));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open() && core::Indexer(index).update());
    core::TaskQueries queries(index.database());
    core::TaskQueries::Filter filter;
    filter.query = QStringLiteral("path:plan");
    const auto found
        = queries.ids(filter, { core::TaskQueries::Grouping::Meeting }, QDate::currentDate());
    QVERIFY(found);
    const auto rows = queries.rows(found->ids);
    QVERIFY(rows && rows->size() == 3);
    ui::TriagePanel panel;
    panel.setDatabase(index.database());
    panel.setTasks(*rows);
    const auto *notices = panel.findChild<QWidget *>(QStringLiteral("triageNotices"));
    const auto *text = panel.findChild<QLabel *>(QStringLiteral("triageNoticeText"));
    QVERIFY(notices && text);
    QCOMPARE(panel.tasks().first().task.text, QStringLiteral("Review the plan"));
    QVERIFY(notices->isVisibleTo(&panel));
    QCOMPARE(text->text(), uitest::kBlockedBy);
    panel.skip(); // Ship: its task is done
    QVERIFY(!notices->isVisibleTo(&panel));
    QVERIFY(text->text().isEmpty());
}

QModelIndex tst_TasksView::taskIndex(const QString &path, int line) const
{
    return m_view->model()->indexOfTask(path, line);
}

std::pair<QString, int> tst_TasksView::currentTask() const
{
    const QModelIndex current = m_view->view()->currentIndex();
    return { current.data(ui::TaskRoles::PathRole).toString(),
        current.data(ui::TaskRoles::LineRole).toInt() };
}

void tst_TasksView::openContextMenu(const QModelIndex &index)
{
    QTreeView *tree = m_view->view();
    tree->scrollTo(index);
    const QPoint at = tree->visualRect(index).center();
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree->viewport(), &click);
}

// Double-click on the Due cell, a date, Enter: only the date changes in the file, and the task
// stays current wherever the refreshed list puts it.
void tst_TasksView::dueEditorInTheTree()
{
    const auto before = files();
    QTreeView *tree = m_view->view();
    const QModelIndex task = taskIndex(uitest::kApollo, 20);
    QVERIFY(task.isValid());
    QVERIFY(task.siblingAtColumn(ui::TaskColumns::DueColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(!(task.siblingAtColumn(ui::TaskColumns::TextColumn).flags() & Qt::ItemIsEditable));
    tree->scrollTo(task);
    const QRect due = tree->visualRect(task.siblingAtColumn(ui::TaskColumns::DueColumn));
    QSignalSpy opened(m_view.get(), &TasksView::openMeeting);
    QSignalSpy loaded(m_view.get(), &TasksView::loaded);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, due.center());
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, due.center());
    QTest::mouseRelease(tree->viewport(), Qt::LeftButton, {}, due.center());
    auto *editor = tree->viewport()->findChild<ui::OptionalDateEdit *>();
    QVERIFY(editor);
    QCOMPARE(opened.count(), 0); // a double-click on the Due cell edits, elsewhere it opens
    QCOMPARE(editor->date(), std::optional(QDate(2025, 1, 20)));
    editor->dateEdit()->setDate(QDate(2025, 3, 3));
    QTest::keyClick(editor->dateEdit(), Qt::Key_Return);
    QByteArray expected = before.value(uitest::kApollo);
    expected.replace("\xF0\x9F\x93\x85 2025-01-20", "\xF0\x9F\x93\x85 2025-03-03");
    QTRY_COMPARE(m_vault->read(uitest::kApollo), expected);
    QTRY_COMPARE(loaded.count(), 1); // read again
    QCOMPARE(currentTask(), std::pair(uitest::kApollo, 20));
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(tree->currentIndex().siblingAtColumn(ui::TaskColumns::DueColumn).data().toString(),
        QStringLiteral("2025-03-03"));
    undo()->undo();
    QCOMPARE(files(), before);
}

// P then W: the task moves in the list sorted by due date, and stays selected and in view.
void tst_TasksView::postponeKeepsTheTaskSelected()
{
    const auto before = files();
    QTreeView *tree = m_view->view();
    m_view->resize(1300, 330); // a short list: the task must be scrolled to
    const QModelIndex task = taskIndex(uitest::kApollo, 20);
    tree->setFocus();
    tree->selectionModel()->setCurrentIndex(
        task, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy loaded(m_view.get(), &TasksView::loaded);
    QTest::keyClick(tree, Qt::Key_P);
    auto *menu = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_W);
    QByteArray expected = before.value(uitest::kApollo);
    expected.replace("\xF0\x9F\x93\x85 2025-01-20", "\xF0\x9F\x93\x85 2025-02-19");
    QCOMPARE(m_vault->read(uitest::kApollo), expected);
    QTRY_COMPARE(loaded.count(), 1); // read again
    QCOMPARE(currentTask(), std::pair(uitest::kApollo, 20));
    const QModelIndexList selected = tree->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ui::TaskRoles::LineRole).toInt(), 20);
    QVERIFY(tree->viewport()->rect().intersects(tree->visualRect(tree->currentIndex())));
    QVERIFY(undo()->undoText().startsWith(QStringLiteral("Postpone")));
    undo()->undo();
    QCOMPARE(files(), before);
}

void tst_TasksView::postponeSeveralFromTheContextMenu()
{
    const auto before = files();
    QTreeView *tree = m_view->view();
    const QModelIndex first = taskIndex(uitest::kApollo, 20);
    const QModelIndex second = taskIndex(uitest::kBudget, 16);
    tree->selectionModel()->select(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->selectionModel()->select(second, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QSignalSpy loaded(m_view.get(), &TasksView::loaded);
    openContextMenu(second);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_P);
    auto *postpone = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(postpone);
    QTest::keyClick(postpone, Qt::Key_M);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(uitest::changedLines(before.value(uitest::kApollo), m_vault->read(uitest::kApollo)),
        QList<int> { 20 });
    QVERIFY(uitest::lineOf(m_vault->read(uitest::kApollo), 20)
                .contains("\xF0\x9F\x93\x85 2025-02-17 "));
    QCOMPARE(uitest::lineOf(m_vault->read(uitest::kBudget), 16),
        QByteArray("- [?] Review the numbers @Priya Patel \xF0\x9F\x93\x85 2025-02-17"));
    QCOMPARE(undo()->count(), 1); // one step for both
    QTRY_COMPARE(loaded.count(), 1); // read again, once
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 2);
    undo()->undo();
    QCOMPARE(files(), before);
}

void tst_TasksView::triagePostponeStaysOnTheTask_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("due");
    // From today, 2025-02-12 (a Wednesday), the due date 2025-02-10 having passed.
    QTest::newRow("D: 1 day") << int(Qt::Key_D) << QStringLiteral("2025-02-13");
    QTest::newRow("W: 1 week") << int(Qt::Key_W) << QStringLiteral("2025-02-19");
    QTest::newRow("M: next Monday") << int(Qt::Key_M) << QStringLiteral("2025-02-17");
}

// P opens the choice under the task; the panel stays on the task with its new line, and the
// next key (A) writes over that new line.
void tst_TasksView::triagePostponeStaysOnTheTask()
{
    QFETCH(int, key);
    QFETCH(QString, due);
    const auto before = files();
    m_view->startTriage();
    ui::TriagePanel *triage = m_view->triagePanel();
    QCOMPARE(triage->tasks().first().path, uitest::kBudget); // the one with a due date, first
    QCOMPARE(triage->tasks().first().task.line, 16);
    const auto legend = triage->findChildren<QPushButton *>();
    QVERIFY(std::any_of(legend.cbegin(), legend.cend(),
        [](const QPushButton *button) { return button->text().endsWith(QStringLiteral("  P")); }));
    triage->setFocus();
    QTest::keyClick(triage, Qt::Key_P);
    auto *menu = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(files(), before);
    QTest::keyClick(triage, Qt::Key_P);
    menu = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key(key));
    const QByteArray line
        = "- [?] Review the numbers @Priya Patel \xF0\x9F\x93\x85 " + due.toUtf8();
    QCOMPARE(uitest::lineOf(m_vault->read(uitest::kBudget), 16), line);
    QCOMPARE(uitest::changedLines(before.value(uitest::kBudget), m_vault->read(uitest::kBudget)),
        QList<int> { 16 });
    QCOMPARE(triage->progressText(), QStringLiteral("1 of 3 proposed"));
    QCOMPARE(triage->tasks().first().task.due, std::optional(due));
    QVERIFY(triage->findChild<QLabel *>(QStringLiteral("triageLine"))->text().contains(due));
    QTest::keyClick(triage, Qt::Key_A);
    QCOMPARE(
        uitest::lineOf(m_vault->read(uitest::kBudget), 16), QByteArray(line).replace("[?]", "[ ]"));
    QCOMPARE(triage->progressText(), QStringLiteral("2 of 3 proposed"));
    undo()->undo();
    undo()->undo();
    QCOMPARE(files(), before);
}

// The line was changed elsewhere: the window says why, and nothing is written.
void tst_TasksView::refusedPostponeSaysWhy()
{
    QTreeView *tree = m_view->view();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    tree->setFocus();
    tree->selectionModel()->setCurrentIndex(taskIndex(uitest::kApollo, 20),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QByteArray changed = m_vault->read(uitest::kApollo);
    changed.replace("Draft the plan", "Draft the other plan");
    QVERIFY(m_vault->vault().write(uitest::kApollo, changed));
    QSignalSpy failed(m_vault->session()->editor(), &ui::TaskEditor::failed);
    QTest::keyClick(tree, Qt::Key_P);
    auto *menu = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_D);
    QCOMPARE(failed.count(), 1);
    // Said in the view's message bar, with what to do, and core's words.
    auto *bar = m_view->findChild<ui::MessageBar *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(uitest::kApollo), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("reload the note")), qPrintable(bar->text()));
    QCOMPARE(bar->actionText(), QStringLiteral("Reload"));
    QCOMPARE(m_vault->read(uitest::kApollo), changed);
    QCOMPARE(undo()->count(), 0);
}

QTEST_MAIN(tst_TasksView)
#include "tst_tasksview.moc"
