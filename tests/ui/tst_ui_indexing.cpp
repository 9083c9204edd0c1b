// SPDX-License-Identifier: GPL-3.0-or-later
// Indexing off the GUI thread (IndexWorker), file watching (VaultWatcher) and the VaultSession
// that ties them to the GUI thread's connection and the TaskEditor.

#include "core/index/journal.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "core/write/taskwriter.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/session/indexworker.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/session/vaultwatcher.h"
#include "uitestsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QUndoStack>
#include <QtTest>
#include <sys/stat.h>

class tst_UiIndexing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerIndexesOnItsOwnThread();
    void watcherSeesInPlaceSavesOfTheWatchedNote();
    void watcherSeesNewNotesAndFolders();
    void sessionWarmStartShowsThePreviousIndex();
    void sessionFollowsEditsAndExternalChanges();
    void guiUndoKeepsTheJournalInStep();
    void deletedIndexIsRebuilt();
    void garbageIndexIsRebuilt();
    void twoSessionsShareOneVault();
    void windowAndCommandLineShareOneVault();
    void cancelledWorkerReturnsAtOnce();
    void closingDuringAFirstIndexReturns();
    void checkoutIsOneIndexRun();
    void watchLimitFallsBackToPolling();

private:
    static bool waitIdle(ui::VaultSession &session);
    // Opens and starts the session, then waits for its first scan.
    static bool startIdle(ui::VaultSession &session);
};

bool tst_UiIndexing::waitIdle(ui::VaultSession &session)
{
    return QTest::qWaitFor(
        [&] { return session.hasCompletedScan() && !session.isIndexing(); }, 20000);
}

bool tst_UiIndexing::startIdle(ui::VaultSession &session)
{
    if (!session.open())
        return false;
    session.start();
    return waitIdle(session);
}

void tst_UiIndexing::workerIndexesOnItsOwnThread()
{
    TestVault vault;
    QVERIFY(uitest::copySampleVault(vault));
    // The GUI side opens the index first (creating it), then reads while the worker writes.
    core::VaultIndex gui(vault.root(), vault.indexPath());
    QVERIFY(gui.open());
    QThread thread;
    auto *worker = new ui::IndexWorker(gui.root(), gui.indexPath());
    worker->moveToThread(&thread);
    QSignalSpy progress(worker, &ui::IndexWorker::progress);
    QSignalSpy updated(worker, &ui::IndexWorker::finished);
    thread.start();
    QMetaObject::invokeMethod(worker, &ui::IndexWorker::updateAll, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 30000);
    QVERIFY(!progress.isEmpty());
    const int notes = uitest::countNotes(vault.root());
    QCOMPARE(progress.last().at(0).toInt(), notes);
    QCOMPARE(progress.last().at(1).toInt(), notes);
    QCOMPARE(updated.first().at(0).toInt(), notes);
    QCOMPARE(updated.first().at(1).toBool(), true);

    ui::MeetingListModel model;
    model.setDatabase(gui.database());
    QCOMPARE(model.rowCount(), notes);

    // A second scan finds nothing to do; a file update reports one change.
    QMetaObject::invokeMethod(worker, &ui::IndexWorker::updateAll, Qt::QueuedConnection);
    QTRY_COMPARE(updated.count(), 2);
    QCOMPARE(updated.last().at(0).toInt(), 0);
    QVERIFY(QFile::remove(vault.filePath(uitest::kSeed)));
    QMetaObject::invokeMethod(
        worker, [worker] { worker->updateFiles({ uitest::kSeed }); }, Qt::QueuedConnection);
    QTRY_COMPARE(updated.count(), 3);
    QCOMPARE(updated.last().at(0).toInt(), 1);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), notes - 1);

    QMetaObject::invokeMethod(worker, &ui::IndexWorker::close, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(10000));
    delete worker;
}

void tst_UiIndexing::watcherSeesInPlaceSavesOfTheWatchedNote()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultWatcher watcher;
    watcher.setDelay(100);
    watcher.setRoot(vault.root());
    watcher.setWatchedFile(uitest::kApollo);
    QSignalSpy changed(&watcher, &ui::VaultWatcher::changed);
    // An in-place write (truncate and write, as many editors do) changes no folder.
    QVERIFY(vault.write(uitest::kApollo, QByteArray(uitest::apolloNote()) + "\nMore.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(changed.last().at(0).toStringList(), QStringList { uitest::kApollo });
    // After a save by replacement the watch goes on.
    changed.clear();
    const QString temp = vault.filePath(QStringLiteral("Meetings/.apollo.tmp"));
    QFile out(temp);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(uitest::apolloNote());
    out.close();
    QVERIFY(QFile::remove(vault.filePath(uitest::kApollo)));
    QVERIFY(QFile::rename(temp, vault.filePath(uitest::kApollo)));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    changed.clear();
    QTest::qWait(150);
    changed.clear();
    QVERIFY(vault.write(uitest::kApollo, QByteArray(uitest::apolloNote()) + "\nAgain.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QVERIFY(changed.last().at(0).toStringList().contains(uitest::kApollo));
}

void tst_UiIndexing::watcherSeesNewNotesAndFolders()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    QVERIFY(QDir().mkpath(vault.filePath(QStringLiteral(".obsidian"))));
    ui::VaultWatcher watcher;
    watcher.setDelay(100);
    watcher.setRoot(vault.root());
    QCOMPARE(watcher.watchedFolders().size(), 2); // the root and Meetings, not .obsidian
    QSignalSpy changed(&watcher, &ui::VaultWatcher::changed);
    QVERIFY(vault.write(QStringLiteral("Meetings/2025/new.md"), "# New\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QCOMPARE(changed.last().at(1).toBool(), true);
    QTRY_COMPARE(watcher.watchedFolders().size(), 3);
    changed.clear();
    QVERIFY(vault.write(QStringLiteral("Meetings/2025/newer.md"), "# Newer\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
}

void tst_UiIndexing::sessionWarmStartShowsThePreviousIndex()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    {
        ui::VaultSession first(vault.root(), vault.indexPath());
        QVERIFY(first.open());
        QSignalSpy finished(&first, &ui::VaultSession::indexingFinished);
        first.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    }
    ui::VaultSession second(vault.root(), vault.indexPath());
    QVERIFY(second.open());
    ui::MeetingListModel model;
    model.setDatabase(second.database());
    QCOMPARE(model.rowCount(), 3); // before any scan
    QVERIFY(QFile::remove(vault.filePath(uitest::kStandup)));
    QSignalSpy changed(&second, &ui::VaultSession::indexChanged);
    second.start();
    QVERIFY(second.isIndexing());
    QTRY_VERIFY_WITH_TIMEOUT(second.hasCompletedScan(), 10000);
    QVERIFY(!changed.isEmpty());
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    model.setDatabase(QSqlDatabase());
}

void tst_UiIndexing::sessionFollowsEditsAndExternalChanges()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession session(vault.root(), vault.indexPath());
    QVERIFY(session.open());
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasCompletedScan() && !session.isIndexing(), 10000);
    auto note = session.note(uitest::kApollo);
    QVERIFY(note);

    QSignalSpy edited(&session, &ui::VaultSession::noteEdited);
    ui::TaskRef ref { uitest::kApollo, 21, note->tasks.at(1).raw, QStringLiteral("Book the room") };
    QVERIFY(session.editor()->setStatus(ref, QStringLiteral(" ")));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(session.note(uitest::kApollo)->tasks.at(1).state, core::TaskState::Todo);

    // A change made elsewhere to the note on screen reaches the index within a second or so.
    session.setCurrentNote(uitest::kApollo);
    QSignalSpy changed(&session, &ui::VaultSession::indexChanged);
    QByteArray bytes = vault.read(uitest::kApollo);
    bytes.replace("- [ ] Draft the plan", "- [x] Draft the plan");
    QVERIFY(vault.write(uitest::kApollo, bytes));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QTRY_VERIFY(session.note(uitest::kApollo)->tasks.at(0).state == core::TaskState::Done);
}

// A GUI undo or redo marks the journal batch, so that the command line agrees with the window.
void tst_UiIndexing::guiUndoKeepsTheJournalInStep()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession session(vault.root(), vault.indexPath());
    QVERIFY(startIdle(session));
    const auto note = session.note(uitest::kApollo);
    QVERIFY(note);
    const QByteArray original = vault.read(uitest::kApollo);
    const ui::TaskRef ref { uitest::kApollo, 20, note->tasks.at(0).raw, QStringLiteral("Draft") };
    QVERIFY(session.editor()->setStatus(ref, QStringLiteral("x")));
    const QByteArray written = vault.read(uitest::kApollo);
    core::Journal &journal = session.editor()->writer().journal();
    QCOMPARE(journal.history(10)->size(), 1);
    QCOMPARE(journal.history(10)->first().undone, false);

    session.editor()->undoStack()->undo();
    QCOMPARE(vault.read(uitest::kApollo), original);
    QCOMPARE(journal.history(10)->first().undone, true);
    session.editor()->undoStack()->redo();
    QCOMPARE(vault.read(uitest::kApollo), written);
    QCOMPARE(journal.history(10)->first().undone, false);

    // What `vaultview-cli undo` does after a GUI undo: nothing left to undo, and its redo
    // re-applies the GUI's change.
    session.editor()->undoStack()->undo();
    core::VaultIndex cli(vault.root(), vault.indexPath());
    QVERIFY(cli.open());
    core::TaskWriter cliWriter(cli);
    const core::TaskWriter::Replay undone = cliWriter.undo();
    QVERIFY(!undone.ok);
    QCOMPARE(vault.read(uitest::kApollo), original);
    const core::TaskWriter::Replay redone = cliWriter.redo();
    QVERIFY2(redone.ok, qPrintable(redone.message));
    QCOMPARE(vault.read(uitest::kApollo), written);
}

void tst_UiIndexing::deletedIndexIsRebuilt()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession session(vault.root(), vault.indexPath());
    QVERIFY(session.open());
    ui::MeetingListModel model;
    model.setDatabase(session.database());
    session.start();
    QVERIFY(waitIdle(session));
    QSignalSpy messages(&session, &ui::VaultSession::message);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(vault.indexPath() + QString::fromLatin1(suffix));
    QVERIFY(session.checkIndex());
    QVERIFY(QFileInfo::exists(vault.indexPath()));
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("deleted")));
    QVERIFY(waitIdle(session));
    QVERIFY(model.refresh()); // the model's copy of the connection follows the reopen
    QCOMPARE(model.rowCount(), 3);
    // Edits go on, into the new index.
    const auto note = session.note(uitest::kApollo);
    QVERIFY(note);
    const ui::TaskRef ref { uitest::kApollo, 20, note->tasks.at(0).raw, QStringLiteral("Draft") };
    QVERIFY(session.editor()->setStatus(ref, QStringLiteral("x")));
    QVERIFY(uitest::lineOf(vault.read(uitest::kApollo), 20).startsWith("- [x] Draft the plan"));
    QCOMPARE(session.note(uitest::kApollo)->tasks.at(0).state, core::TaskState::Done);
    QVERIFY(!session.checkIndex());
    model.setDatabase(QSqlDatabase());
}

void tst_UiIndexing::garbageIndexIsRebuilt()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession session(vault.root(), vault.indexPath());
    QVERIFY(startIdle(session));
    QSignalSpy messages(&session, &ui::VaultSession::message);
    {
        QFile file(vault.indexPath()); // overwritten in place: same file, garbage content
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    QVERIFY(session.checkIndex());
    QVERIFY(messages.first().first().toString().contains(QStringLiteral("damaged")));
    QVERIFY(waitIdle(session));
    const auto budget = session.note(uitest::kBudget);
    QVERIFY(budget);
    QCOMPARE(budget->tasks.size(), 3);
}

// Two windows on one vault: one index file, WAL, each with its own connections.
void tst_UiIndexing::twoSessionsShareOneVault()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession first(vault.root(), vault.indexPath());
    ui::VaultSession second(vault.root(), vault.indexPath());
    QVERIFY(first.open());
    QVERIFY(second.open());
    first.start();
    second.start();
    QVERIFY(waitIdle(first));
    QVERIFY(waitIdle(second));
    const auto note = first.note(uitest::kBudget);
    QVERIFY(note);
    const ui::TaskRef ref { uitest::kBudget, 16, note->tasks.at(0).raw, QStringLiteral("Review") };
    QVERIFY(first.editor()->setStatus(ref, QStringLiteral("x")));
    QCOMPARE(second.note(uitest::kBudget)->tasks.at(0).state, core::TaskState::Done);
    // The second window's view still shows the old line: its write finds the task changed.
    const ui::TaskRef stale { uitest::kBudget, 16, note->tasks.at(0).raw, QStringLiteral("Review") };
    QSignalSpy refused(second.editor(), &ui::TaskEditor::refused);
    QVERIFY(!second.editor()->setStatus(stale, QStringLiteral("-")));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().value<ui::TaskEditor::Failure>().reason,
        ui::TaskEditor::Failure::Reason::LineChanged);
    QVERIFY(uitest::lineOf(vault.read(uitest::kBudget), 16).startsWith("- [x] Review"));
}

namespace {

struct CliRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(QStringList arguments, const QString &indexPath, const QString &journalPath)
{
    arguments << QStringLiteral("--index") << indexPath << QStringLiteral("--journal") << journalPath;
    QProcess process;
    process.start(QStringLiteral(VV_BIN_DIR "/vaultview-cli"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
             process.readAllStandardError() };
}

QByteArray fileIdentity(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
}

} // namespace

// The issue that made the vault lock: a CLI run beside an open window re-created the index under
// it. Now the window keeps its file, the index stays sound, and both see each other's writes.
void tst_UiIndexing::windowAndCommandLineShareOneVault()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession session(vault.root(), vault.indexPath());
    QVERIFY(startIdle(session));
    const QByteArray identity = fileIdentity(vault.indexPath());
    const QString journal = session.editor()->writer().journal().path();

    for (const QStringList &command : { QStringList { QStringLiteral("search"), vault.root(), QStringLiteral("Apollo") },
                                        QStringList { QStringLiteral("index"), vault.root() },
                                        QStringList { QStringLiteral("tasks"), vault.root(), QStringLiteral("owner:Bob") } }) {
        session.rescan(); // the window indexes while the CLI runs
        const CliRun run = runCli(command, vault.indexPath(), journal);
        QVERIFY2(run.code == 0, run.err.constData());
        QVERIFY2(!run.err.contains("rebuilt"), run.err.constData());
    }
    const auto note = session.note(uitest::kBudget);
    QVERIFY(note);
    const CliRun written = runCli({ QStringLiteral("set-status"), vault.root(), uitest::kBudget, QStringLiteral("16"),
                                    QStringLiteral("x"), QStringLiteral("--expect"), note->tasks.at(0).raw },
                                  vault.indexPath(), journal);
    QVERIFY2(written.code == 0, written.err.constData());
    QVERIFY(waitIdle(session));

    QCOMPARE(fileIdentity(vault.indexPath()), identity);
    QSqlQuery check(session.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    QCOMPARE(session.note(uitest::kBudget)->tasks.at(0).state, core::TaskState::Done);
    // One journal: the window undoes what the CLI wrote.
    const auto undone = session.editor()->writer().undo();
    QVERIFY2(undone.ok, qPrintable(undone.message));
    QCOMPARE(uitest::lineOf(vault.read(uitest::kBudget), 16), note->tasks.at(0).raw.toUtf8());
    const CliRun history = runCli({ QStringLiteral("history"), vault.root(), QStringLiteral("--json") },
                                  vault.indexPath(), journal);
    QCOMPARE(history.code, 0);
    QVERIFY(history.out.contains("\"undone\":true"));
}

void tst_UiIndexing::cancelledWorkerReturnsAtOnce()
{
    TestVault vault;
    QVERIFY(uitest::copySampleVault(vault));
    core::VaultIndex gui(vault.root(), vault.indexPath());
    QVERIFY(gui.open());
    ui::IndexWorker worker(gui.root(), gui.indexPath());
    QSignalSpy finished(&worker, &ui::IndexWorker::finished);
    worker.setCancelled(true);
    worker.updateAll(); // in this thread: returns once the scan is read, before any note
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(2).toString(), QStringLiteral("Indexing stopped"));
    ui::MeetingListModel model;
    model.setDatabase(gui.database());
    QCOMPARE(model.rowCount(), 0);
    worker.setCancelled(false);
    worker.updateAll();
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), uitest::countNotes(vault.root()));
    model.setDatabase(QSqlDatabase());
    worker.close();
}

// Closing the window (or switching vaults) during a first index of a large vault.
void tst_UiIndexing::closingDuringAFirstIndexReturns()
{
    TestVault vault;
    if (!vault.generate(3000, 11, 0.0))
        QSKIP("vaultgen.py is not available");
    int written = 0;
    {
        ui::VaultSession session(vault.root(), vault.indexPath());
        QVERIFY(session.open());
        session.start();
        QVERIFY(session.isIndexing());
    } // the destructor cancels the update and waits for the worker
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open());
    ui::MeetingListModel model;
    model.setDatabase(index.database());
    written = model.rowCount();
    QVERIFY(written <= 3000);
    model.setDatabase(QSqlDatabase());
}

// A checkout that touches thousands of files: the events come as one burst (they queue while
// this thread writes), are debounced into one report and one full scan.
void tst_UiIndexing::checkoutIsOneIndexRun()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultSession session(vault.root(), vault.indexPath());
    QVERIFY(startIdle(session));
    const int before = session.indexRuns();
    QSignalSpy finished(&session, &ui::VaultSession::indexingFinished);
    constexpr int kFiles = 3000;
    for (int i = 0; i < kFiles; ++i) {
        QVERIFY(vault.write(QStringLiteral("Checkout/%1/note %2.md").arg(i % 30).arg(i),
            QByteArray("# Note ") + QByteArray::number(i) + "\n- [ ] Task\n"));
    }
    ui::MeetingListModel model;
    model.setDatabase(session.database());
    QVERIFY(QTest::qWaitFor(
        [&] {
            model.refresh();
            return model.rowCount() == kFiles + 3 && !session.isIndexing();
        },
        60000));
    QVERIFY2(session.indexRuns() - before <= 2, qPrintable(QString::number(session.indexRuns())));
    model.setDatabase(QSqlDatabase());
}

void tst_UiIndexing::watchLimitFallsBackToPolling()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    ui::VaultWatcher watcher;
    watcher.setPollInterval(50);
    watcher.setAddPathsForTesting([](const QStringList &paths) { return paths; }); // all refused
    QSignalSpy polling(&watcher, &ui::VaultWatcher::pollingStarted);
    QSignalSpy changed(&watcher, &ui::VaultWatcher::changed);
    watcher.setRoot(vault.root());
    QCOMPARE(polling.count(), 1);
    QVERIFY(polling.first().first().toString().contains(QStringLiteral("every")));
    QVERIFY(watcher.isPolling());
    QTRY_VERIFY(changed.count() >= 2); // periodic rescans
    QCOMPARE(changed.last().at(1).toBool(), true);
    // Watching works again for a vault within the limits.
    watcher.setAddPathsForTesting({});
    watcher.setRoot(vault.root());
    QVERIFY(!watcher.isPolling());
}

QTEST_MAIN(tst_UiIndexing)
#include "tst_ui_indexing.moc"
