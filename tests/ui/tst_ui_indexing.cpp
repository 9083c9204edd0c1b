// Indexing off the GUI thread (IndexWorker), file watching (VaultWatcher) and the VaultSession
// that ties them to the GUI thread's connection and the TaskEditor.

#include "indexworker.h"
#include "meetinglistmodel.h"
#include "note.h"
#include "taskeditor.h"
#include "uitestsupport.h"
#include "vaultindex.h"
#include "vaultsession.h"
#include "vaultwatcher.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

class tst_UiIndexing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workerIndexesOnItsOwnThread();
    void watcherSeesInPlaceSavesOfTheWatchedNote();
    void watcherSeesNewNotesAndFolders();
    void sessionWarmStartShowsThePreviousIndex();
    void sessionFollowsEditsAndExternalChanges();
};

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
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
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
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
    changed.clear();
    QTest::qWait(150);
    changed.clear();
    QVERIFY(vault.write(uitest::kApollo, QByteArray(uitest::apolloNote()) + "\nAgain.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
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
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
    QCOMPARE(changed.last().at(1).toBool(), true);
    QTRY_COMPARE(watcher.watchedFolders().size(), 3);
    changed.clear();
    QVERIFY(vault.write(QStringLiteral("Meetings/2025/newer.md"), "# Newer\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
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
    auto lines = session.taskLines(*note);
    QVERIFY(lines);

    QSignalSpy edited(&session, &ui::VaultSession::noteEdited);
    ui::TaskRef ref { uitest::kApollo, 21, lines->value(21), QStringLiteral("Book the room") };
    QVERIFY(session.editor()->setStatus(ref, QStringLiteral(" ")));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(session.note(uitest::kApollo)->tasks.at(1).state, core::TaskState::Todo);

    // A change made elsewhere to the note on screen reaches the index within a second or so.
    session.setCurrentNote(uitest::kApollo);
    QSignalSpy changed(&session, &ui::VaultSession::indexChanged);
    QByteArray bytes = vault.read(uitest::kApollo);
    bytes.replace("- [ ] Draft the plan", "- [x] Draft the plan");
    QVERIFY(vault.write(uitest::kApollo, bytes));
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
    QTRY_VERIFY(session.note(uitest::kApollo)->tasks.at(0).state == core::TaskState::Done);
}

QTEST_MAIN(tst_UiIndexing)
#include "tst_ui_indexing.moc"
