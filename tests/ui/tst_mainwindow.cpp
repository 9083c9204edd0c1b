// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on a copy of the sample vault: loading, the four panes, task edits with the
// mouse and the keyboard (checked in the file on disk), undo, filtering, live updates, restored
// state, and the --screenshot command line.

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "ui/decisions/decisionsmodel.h"
#include "ui/meeting/decisionspane.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/meeting/meetingview.h"
#include "ui/meeting/peoplepane.h"
#include "ui/meeting/summarypane.h"
#include "ui/meeting/taskspane.h"
#include "ui/people/peoplemodel.h"
#include "ui/session/postponemenu.h"
#include "ui/session/settings.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/searchbar.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/tagchip.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QUrl>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtTest>

Q_LOGGING_CATEGORY(lcTiming, "vaultview.test.timing", QtInfoMsg)

using ui::MeetingListModel;
using ui::TaskTableModel;
namespace TaskRoles = ui::TaskRoles;
namespace TaskColumns = ui::TaskColumns;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensTheSampleVaultNewestFirst();
    void selectingAMeetingFillsTheFourPanes();
    void toggleWithTheMouseAndUndo();
    void toggleWithTheKeyboardAndUndo();
    void postponeFromTheTaskMenuAndUndo();
    void filterByPersonAndByTag();
    void tagChipsAndPeopleSetTheQuery();
    void invalidQuerySaysWhatIsWrong();
    void noteEditedElsewhereUpdatesInPlace();
    void newNoteAppears();
    void linkInTheSummaryOpensThatNote();
    void stateIsRestored();
    void switchingVaults();
    void screenshotFromTheCommandLine_data();
    void screenshotFromTheCommandLine();

private:
    void startWindow();
    int seedRow() const;
    TaskTableModel *tasks() const;
    QStringList listedPaths() const;
    int oracleCount(const QString &query) const;
    QByteArray seedFile() const { return m_vault->read(uitest::kSeed); }

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_taskTester;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindow::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::copySampleVault(*m_vault));
    m_settings = std::make_unique<ui::Settings>(
        QFileInfo(m_vault->indexPath()).absolutePath() + QStringLiteral("/settings.ini"));
    startWindow();
}

void tst_MainWindow::startWindow()
{
    ui::LaunchOptions options;
    options.indexPath = m_vault->indexPath();
    m_window = std::make_unique<ui::MainWindow>(*m_settings, options);
    m_listTester = std::make_unique<QAbstractItemModelTester>(
        m_window->meetingListModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_taskTester
        = std::make_unique<QAbstractItemModelTester>(m_window->meetingView()->tasksPane()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->resize(1400, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openVault(m_vault->root()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 20000);
}

void tst_MainWindow::cleanup()
{
    m_listTester.reset();
    m_taskTester.reset();
    m_window.reset();
    m_settings.reset();
    m_vault.reset();
}

int tst_MainWindow::seedRow() const
{
    return m_window->meetingListModel()->rowOfPath(uitest::kSeed);
}

TaskTableModel *tst_MainWindow::tasks() const
{
    return m_window->meetingView()->tasksPane()->model();
}

QStringList tst_MainWindow::listedPaths() const
{
    QStringList paths;
    for (int row = 0; row < m_window->meetingListModel()->rowCount(); ++row)
        paths.append(m_window->meetingListModel()->pathAt(row));
    return paths;
}

// core's answer on a connection of its own.
int tst_MainWindow::oracleCount(const QString &query) const
{
    core::VaultIndex index(m_vault->root(), m_vault->indexPath());
    if (!index.open())
        return -1;
    const auto parsed = core::Query::parse(query);
    const auto rows = core::Search(index.database()).notes(*parsed);
    return rows ? int(rows->size()) : -1;
}

void tst_MainWindow::opensTheSampleVaultNewestFirst()
{
    MeetingListModel *model = m_window->meetingListModel();
    QCOMPARE(model->rowCount(), uitest::countNotes(m_vault->root()));
    QVERIFY(model->rowCount() >= 50);
    // With nothing remembered, the newest meeting is shown.
    QCOMPARE(m_window->meetingList()->view()->currentIndex().row(), 0);
    QCOMPARE(m_window->meetingView()->currentPath(), model->pathAt(0));
    QVERIFY(!m_window->meetingView()->summaryPane()->title().isEmpty());
    QVERIFY(model->data(model->index(0), MeetingListModel::DateRole).toString()
        >= model->data(model->index(1), MeetingListModel::DateRole).toString());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("vault")));
}

void tst_MainWindow::selectingAMeetingFillsTheFourPanes()
{
    m_window->selectMeeting(uitest::kSeed);
    QCOMPARE(m_window->meetingList()->currentPath(), uitest::kSeed);
    ui::MeetingView *view = m_window->meetingView();
    QVERIFY(view->summaryPane()->title().startsWith(
        QStringLiteral("1:1 with Alon Horev, MAI Falcon rollout")));
    QVERIFY(view->summaryPane()->plainText().contains(
        QStringLiteral("Jason Vallery and Alon Horev aligned")));
    QCOMPARE(view->summaryPane()->findChildren<ui::TagChip *>().size(), 5);
    QCOMPARE(tasks()->rowCount(), 18);
    QCOMPARE(tasks()->proposedCount(), 18);
    QCOMPARE(view->decisionsPane()->model()->rowCount(), 8);
    ui::PeopleModel *people = view->peoplePane()->model();
    QStringList names;
    for (int row = 0; row < people->rowCount(); ++row)
        names.append(people->data(people->index(row), ui::PeopleModel::NameRole).toString());
    QVERIFY2(names.contains(QStringLiteral("Alon Horev"))
            && names.contains(QStringLiteral("Jason Vallery"))
            && names.contains(QStringLiteral("Myself")),
        qPrintable(names.join(u',')));
    const int myself = int(names.indexOf(QStringLiteral("Myself")));
    QCOMPARE(people->data(people->index(myself), ui::PeopleModel::TaskCountRole).toInt(), 16);
    // Summary, decisions and people side by side, each wide enough to read; the tasks below them.
    int left = -1;
    for (QWidget *pane : { static_cast<QWidget *>(view->summaryPane()),
             static_cast<QWidget *>(view->decisionsPane()),
             static_cast<QWidget *>(view->peoplePane()) }) {
        QVERIFY(pane->isVisible());
        QVERIFY2(pane->width() >= 150, qPrintable(QString::number(pane->width())));
        const QPoint at = pane->mapTo(view, QPoint());
        QVERIFY(at.x() > left);
        left = at.x();
        QVERIFY(view->tasksPane()->mapTo(view, QPoint()).y() >= at.y() + pane->height());
    }
    QVERIFY(view->tasksPane()->isVisible());
    QCOMPARE(view->tasksPane()->width(), view->width());
}

void tst_MainWindow::toggleWithTheMouseAndUndo()
{
    m_window->selectMeeting(uitest::kSeed);
    const QByteArray before = seedFile();
    const int line = tasks()->data(tasks()->index(0, 0), TaskRoles::LineRole).toInt();
    QTableView *table = m_window->meetingView()->tasksPane()->view();
    const QRect cell = table->visualRect(tasks()->index(0, TaskColumns::StatusColumn));
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, {}, ui::TaskStatusDelegate::glyphRect(cell).center());

    const QByteArray after = seedFile();
    QCOMPARE(uitest::changedLines(before, after), QList<int> { line });
    QVERIFY(uitest::lineOf(after, line).startsWith("- [x] Meet with Kushal"));
    QCOMPARE(tasks()->data(tasks()->index(0, 0), TaskRoles::StateRole).toInt(),
        int(core::TaskState::Done));
    // The list's badge follows (the list is read again in the background).
    MeetingListModel *list = m_window->meetingListModel();
    QTRY_COMPARE(list->data(list->index(seedRow()), MeetingListModel::ProposedCountRole).toInt(), 17);
    QCOMPARE(m_window->meetingList()->currentPath(), uitest::kSeed);

    // Edit ▸ Undo.
    QMenu *edit = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Edit"))
            edit = action->menu();
    }
    QVERIFY(edit);
    QAction *undo = edit->actions().at(0);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Meet with Kushal")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(seedFile(), before);
    QCOMPARE(tasks()->data(tasks()->index(0, 0), TaskRoles::StateRole).toInt(),
        int(core::TaskState::Proposed));
    QTRY_COMPARE(list->data(list->index(seedRow()), MeetingListModel::ProposedCountRole).toInt(), 18);
    // Redo, then Ctrl+Z.
    edit->actions().at(1)->trigger();
    QCOMPARE(seedFile(), after);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(seedFile(), before);
}

void tst_MainWindow::toggleWithTheKeyboardAndUndo()
{
    m_window->selectMeeting(uitest::kSeed);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QByteArray before = seedFile();
    QTableView *table = m_window->meetingView()->tasksPane()->view();
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier); // View ▸ Focus Tasks
    QTRY_VERIFY(table->hasFocus());
    const auto lineOfRow = [this](int row) {
        return tasks()->data(tasks()->index(row, 0), TaskRoles::LineRole).toInt();
    };
    table->setCurrentIndex(tasks()->index(1, TaskColumns::TextColumn));
    QTest::keyClick(table, Qt::Key_Space);
    QCOMPARE(uitest::changedLines(before, seedFile()), QList<int> { lineOfRow(1) });
    QVERIFY(uitest::lineOf(seedFile(), lineOfRow(1)).startsWith("- [x] "));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(uitest::changedLines(before, seedFile()), (QList<int> { lineOfRow(1), lineOfRow(2) }));
    QVERIFY(uitest::lineOf(seedFile(), lineOfRow(2)).startsWith("- [ ] "));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_R);
    QVERIFY(uitest::lineOf(seedFile(), lineOfRow(3)).startsWith("- [-] "));
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(seedFile(), before);
    QCOMPARE(tasks()->proposedCount(), 18);
}

// Task ▸ Postpone ▸ 1 Week moves the seed task's (mojibake-spelled) due date, and Edit ▸ Undo puts
// the bytes back, as for a status change.
void tst_MainWindow::postponeFromTheTaskMenuAndUndo()
{
    m_window->selectMeeting(uitest::kSeed);
    m_window->session()->editor()->setToday(QDate(2025, 10, 28));
    const QByteArray before = seedFile();
    const int line = tasks()->data(tasks()->index(0, 0), TaskRoles::LineRole).toInt();
    m_window->meetingView()->tasksPane()->view()->setCurrentIndex(
        tasks()->index(0, TaskColumns::TextColumn));
    QMenu *taskMenu = nullptr;
    QMenu *edit = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Task"))
            taskMenu = action->menu();
        if (action->text() == QStringLiteral("&Edit"))
            edit = action->menu();
    }
    QVERIFY(taskMenu && edit);
    ui::PostponeMenu *postpone = nullptr;
    for (QAction *action : taskMenu->actions()) {
        if (auto *menu = qobject_cast<ui::PostponeMenu *>(action->menu()))
            postpone = menu;
    }
    QVERIFY(postpone);
    QVERIFY(postpone->title().endsWith(QStringLiteral("\tP")));
    QVERIFY(postpone->action(ui::PostponeMenu::Choice::OneWeek)
                ->text()
                .endsWith(QStringLiteral("\tW")));
    postpone->action(ui::PostponeMenu::Choice::OneWeek)->trigger();
    const QByteArray after = seedFile();
    QCOMPARE(uitest::changedLines(before, after), QList<int> { line });
    QCOMPARE(uitest::lineOf(after, line),
        uitest::lineOf(before, line)
            .replace("\xC3\xBC\xC3\xAC\xC3\x96 2025-10-31", "\xC3\xBC\xC3\xAC\xC3\x96 2025-11-07"));
    QCOMPARE(tasks()->data(tasks()->index(0, 0), TaskRoles::DueRole).toString(),
        QStringLiteral("2025-11-07"));
    QAction *undo = edit->actions().at(0);
    QVERIFY2(undo->text().contains(QStringLiteral("Postpone")), qPrintable(undo->text()));
    QVERIFY2(undo->text().contains(QStringLiteral("Meet with Kushal")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(seedFile(), before);
    edit->actions().at(1)->trigger();
    QCOMPARE(seedFile(), after);
    undo->trigger();
    QCOMPARE(seedFile(), before);
}

void tst_MainWindow::filterByPersonAndByTag()
{
    const int total = m_window->meetingListModel()->rowCount();
    m_window->setQuery(QStringLiteral("person:\"Jason Vallery\""));
    QCOMPARE(m_window->meetingListModel()->rowCount(),
        oracleCount(QStringLiteral("person:\"Jason Vallery\"")));
    m_window->setQuery(QStringLiteral("person:\"Zoë Moreau\""));
    const QStringList withZoe = listedPaths();
    QCOMPARE(withZoe.size(), oracleCount(QStringLiteral("person:\"Zoë Moreau\"")));
    QVERIFY(withZoe.size() >= 2 && withZoe.size() < total);
    // Checked against the files: every note listing her as a participant is there, and only
    // notes that mention her.
    QDirIterator it(
        m_vault->root(), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(m_vault->root()).relativeFilePath(path);
        const QByteArray bytes = m_vault->read(relative);
        const QByteArray frontmatter = bytes.left(bytes.indexOf("\n---", 4));
        if (frontmatter.contains("\n- Zo\xC3\xAB Moreau\n"))
            QVERIFY2(withZoe.contains(relative), qPrintable(relative));
        if (withZoe.contains(relative))
            QVERIFY2(bytes.contains("Zo\xC3\xAB Moreau"), qPrintable(relative));
    }

    m_window->setQuery(QStringLiteral("tag:type/people"));
    const QStringList people = listedPaths();
    QCOMPARE(people.size(), oracleCount(QStringLiteral("tag:type/people")));
    QVERIFY(people.size() >= 10 && people.size() < total);
    QVERIFY(people.contains(uitest::kSeed));
    for (const QString &path : people)
        QVERIFY2(m_vault->read(path).contains("type/people"), qPrintable(path));

    m_window->setQuery(QStringLiteral("tag:type/people person:\"Alon Horev\""));
    QCOMPARE(listedPaths(), QStringList { uitest::kSeed });
    m_window->setQuery(QString());
    QCOMPARE(m_window->meetingListModel()->rowCount(), total);
}

void tst_MainWindow::tagChipsAndPeopleSetTheQuery()
{
    m_window->selectMeeting(uitest::kSeed);
    ui::TagChip *chip = nullptr;
    for (ui::TagChip *candidate :
        m_window->meetingView()->summaryPane()->findChildren<ui::TagChip *>()) {
        if (candidate->tag() == u"type/people")
            chip = candidate;
    }
    QVERIFY(chip);
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("tag:type/people"));
    QCOMPARE(
        m_window->meetingListModel()->rowCount(), oracleCount(QStringLiteral("tag:type/people")));
    // The meeting stays selected: it has the tag.
    QCOMPARE(m_window->meetingList()->currentPath(), uitest::kSeed);

    ui::PeoplePane *peoplePane = m_window->meetingView()->peoplePane();
    int alon = -1;
    for (int row = 0; row < peoplePane->model()->rowCount(); ++row) {
        if (peoplePane->model()->data(peoplePane->model()->index(row), ui::PeopleModel::NameRole)
            == QStringLiteral("Alon Horev"))
            alon = row;
    }
    QVERIFY(alon >= 0);
    peoplePane->view()->setFocus();
    peoplePane->view()->setCurrentIndex(peoplePane->model()->index(alon));
    QTest::keyClick(peoplePane->view(), Qt::Key_Return);
    QCOMPARE(m_window->searchBar()->text(), QStringLiteral("person:\"Alon Horev\""));
    QCOMPARE(m_window->meetingListModel()->rowCount(),
        oracleCount(QStringLiteral("person:\"Alon Horev\"")));
    QVERIFY(listedPaths().contains(uitest::kSeed));
}

void tst_MainWindow::invalidQuerySaysWhatIsWrong()
{
    m_window->setQuery(QStringLiteral("tag:type/people"));
    const int rows = m_window->meetingListModel()->rowCount();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = m_window->searchBar()->lineEdit();
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(field->selectedText(), QStringLiteral("tag:type/people"));
    QTest::keyClicks(field, QStringLiteral("due:someday"));
    QTRY_VERIFY(!m_window->searchBar()->error().isEmpty());
    QVERIFY2(m_window->searchBar()->error().contains(QStringLiteral("due:")),
        qPrintable(m_window->searchBar()->error()));
    QCOMPARE(m_window->meetingListModel()->rowCount(), rows); // the list is not emptied
    QTest::keyClick(field, Qt::Key_Backspace);
    field->setText(QStringLiteral("due:overdue"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(m_window->searchBar()->error().isEmpty());
}

void tst_MainWindow::noteEditedElsewhereUpdatesInPlace()
{
    m_window->selectMeeting(uitest::kSeed);
    QCOMPARE(tasks()->data(tasks()->index(0, 0), TaskRoles::StateRole).toInt(),
        int(core::TaskState::Proposed));
    const int rows = m_window->meetingListModel()->rowCount();
    QByteArray bytes = seedFile();
    const qsizetype at = bytes.indexOf("- [?] Meet with Kushal");
    QVERIFY(at > 0);
    bytes[at + 3] = 'x';
    bytes.replace("title: 1:1 with Alon Horev, MAI Falcon rollout",
        "title: 1:1 with Alon Horev (edited), MAI Falcon rollout");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_vault->write(uitest::kSeed, bytes)); // in place, as an editor saving the file
    QTRY_VERIFY_WITH_TIMEOUT(tasks()->data(tasks()->index(0, 0), TaskRoles::StateRole).toInt()
            == int(core::TaskState::Done),
        10000);
    qCInfo(lcTiming) << "external edit shown after" << timer.elapsed() << "ms";
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->meetingView()->summaryPane()->title().contains(QStringLiteral("(edited)")), 10000);
    // The list reads its rows again on the background reader, after the meeting view has them.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->meetingList()
                                 ->view()
                                 ->currentIndex()
                                 .data(MeetingListModel::TitleRole)
                                 .toString()
                                 .contains(QStringLiteral("(edited)")),
        10000);
    QCOMPARE(m_window->meetingList()->currentPath(), uitest::kSeed);
    QCOMPARE(m_window->meetingListModel()->rowCount(), rows);
    // The file is editable again at once, from what is now on disk.
    QVERIFY(tasks()->setStatus(0, QStringLiteral(" ")));
    QVERIFY(seedFile().contains("- [ ] Meet with Kushal"));
}

void tst_MainWindow::newNoteAppears()
{
    m_window->selectMeeting(uitest::kSeed);
    const int rows = m_window->meetingListModel()->rowCount();
    QVERIFY(m_vault->write(QStringLiteral("Meetings/2030/01/2030-01-01 - Future sync.md"),
        "---\ntitle: Future sync\ndate: 2030-01-01\ntype: standup\n---\n## Action Items\n\n- [?] "
        "Plan it @Myself\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->meetingListModel()->rowCount(), rows + 1, 5000);
    QCOMPARE(m_window->meetingListModel()->pathAt(0),
        QStringLiteral("Meetings/2030/01/2030-01-01 - Future sync.md"));
    QCOMPARE(m_window->meetingList()->currentPath(), uitest::kSeed);
    QCOMPARE(m_window->meetingView()->currentPath(), uitest::kSeed);
}

// A [[wikilink]]-style relative link to another note of the vault selects that meeting; a link
// to a file that is not a note is refused with a message in the status bar.
void tst_MainWindow::linkInTheSummaryOpensThatNote()
{
    const QString target = m_window->meetingListModel()->pathAt(3);
    QVERIFY(target != uitest::kSeed);
    const QString relative = QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(target).fileName()));
    const QString folder = QFileInfo(target).path();
    QVERIFY(m_vault->write(folder + QStringLiteral("/Linking note.md"),
        "---\ntitle: Linking note\ndate: 2031-02-02\n---\n## Summary\n\nSee [the other one](" + relative.toUtf8()
            + ") and [a picture](chart.png).\n"));
    const QString linking = folder + QStringLiteral("/Linking note.md");
    QTRY_VERIFY_WITH_TIMEOUT(m_window->meetingListModel()->rowOfPath(linking) >= 0, 5000);
    m_window->selectMeeting(linking);
    QCOMPARE(m_window->meetingView()->currentPath(), linking);
    ui::SummaryPane *summary = m_window->meetingView()->summaryPane();
    Q_EMIT summary->browser()->anchorClicked(QUrl(relative));
    QCOMPARE(m_window->meetingView()->currentPath(), target);
    QCOMPARE(m_window->meetingList()->currentPath(), target);

    m_window->selectMeeting(linking);
    Q_EMIT summary->browser()->anchorClicked(QUrl(QStringLiteral("chart.png")));
    QCOMPARE(m_window->meetingView()->currentPath(), linking);
    const auto *status = m_window->statusBar()->findChild<QLabel *>();
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("chart.png")), qPrintable(status->text()));
}

void tst_MainWindow::stateIsRestored()
{
    m_window->selectMeeting(uitest::kSeed);
    m_window->setSortOrder(MeetingListModel::Order::Title);
    QSplitter *panes = m_window->meetingView()->topSplitter();
    panes->setSizes({ 500, 300, 200 });
    Q_EMIT panes->splitterMoved(500, 1); // as a drag does
    const QList<int> sizes = panes->sizes();
    m_window->close();
    m_listTester.reset();
    m_taskTester.reset();
    m_window.reset();

    startWindow();
    QCOMPARE(m_window->meetingList()->currentPath(), uitest::kSeed);
    QCOMPARE(m_window->meetingView()->currentPath(), uitest::kSeed);
    QCOMPARE(m_window->meetingListModel()->order(), MeetingListModel::Order::Title);
    QCOMPARE(m_window->meetingView()->topSplitter()->sizes(), sizes);
    QCOMPARE(m_settings->recentVaults().first(), QFileInfo(m_vault->root()).canonicalFilePath());
    QVERIFY(m_window->menus()->recentMenu()->actions().first()->text().contains(
        QStringLiteral("vault")));
}

void tst_MainWindow::switchingVaults()
{
    m_window->selectMeeting(uitest::kSeed);
    QVERIFY(tasks()->setStatus(0, QStringLiteral("x")));
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), 1);
    TestVault other;
    QVERIFY(uitest::writeFixture(other));
    QVERIFY(m_window->openVault(other.root()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 10000);
    QCOMPARE(m_window->meetingListModel()->rowCount(), 3);
    QCOMPARE(m_window->undoGroup()->activeStack()->count(), 0);
    QCOMPARE(m_window->meetingView()->currentPath(), uitest::kStandup);
    QVERIFY(!m_window->openVault(m_vault->root() + QStringLiteral("/missing")));
    QCOMPARE(m_window->meetingListModel()->rowCount(), 3); // the open vault stays
}

void tst_MainWindow::screenshotFromTheCommandLine_data()
{
    QTest::addColumn<QString>("palette");
    QTest::addColumn<QString>("view");
    QTest::newRow("meetings, light") << QStringLiteral("light") << QStringLiteral("meetings");
    QTest::newRow("meetings, dark") << QStringLiteral("dark") << QStringLiteral("meetings");
    // Each view waits for what it reads before the window is drawn (the people view once hung).
    for (const char *view :
        { "tasks", "triage", "duplicates", "people", "decisions", "timeline" }) {
        QTest::addRow("%s, light", view) << QStringLiteral("light") << QString::fromLatin1(view);
        QTest::addRow("%s, dark", view) << QStringLiteral("dark") << QString::fromLatin1(view);
    }
}

void tst_MainWindow::screenshotFromTheCommandLine()
{
    QFETCH(QString, palette);
    QFETCH(QString, view);
    const QString program = QStringLiteral(VV_BIN_DIR "/vaultview");
    if (!QFileInfo::exists(program))
        QSKIP("vaultview is not built");
    const QString shot
        = QFileInfo(m_vault->indexPath()).absolutePath() + QStringLiteral("/shot.png");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // it must choose offscreen by itself
    process.setProcessEnvironment(env);
    process.start(program,
        { QStringLiteral("--screenshot"), shot, QStringLiteral("--vault"), m_vault->root(),
            QStringLiteral("--index"), m_vault->indexPath() + QStringLiteral(".shot"),
            QStringLiteral("--select"), uitest::kSeed, QStringLiteral("--size"),
            QStringLiteral("1000x700"), QStringLiteral("--palette"), palette,
            QStringLiteral("--view"), view });
    // Well under the 180 s after which the application gives up waiting and draws what it has.
    QVERIFY2(process.waitForFinished(60000), qPrintable(view + QStringLiteral(" never finished")));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        process.readAllStandardError().constData());
    const QImage image(shot);
    QCOMPARE(image.size(), QSize(1000, 700));
    const QColor corner = image.pixelColor(image.width() / 2, image.height() - 5);
    QCOMPARE(corner.lightnessF() < 0.5, palette == u"dark");
    QProcess bad;
    bad.setProcessEnvironment(env);
    bad.start(program,
        { QStringLiteral("--size"), QStringLiteral("huge"), QStringLiteral("--screenshot"), shot });
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
