// SPDX-License-Identifier: GPL-3.0-or-later
// The undo journal: every write is recorded, undo and redo restore bytes exactly, survive a new
// process and a lost index, refuse a line that changed since, and a write killed half-way is
// settled by looking at the file.
#include "core/index/journal.h"
#include "core/write/taskwriter.h"
#include "indexfixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

namespace {

const QByteArray kNote = "# Plan\r\n- [ ] first @Bob\r\n- [?] second \xF0\x9F\x93\x85 2025-11-03\r\n- [x] third \xE2\x9C\x85 2025-01-01";

// A vault holding kNote, indexed, with a writer: where nearly every case starts.
struct Env
{
    TestVault vault;
    std::unique_ptr<core::VaultIndex> index;
    std::unique_ptr<core::TaskWriter> writer;
    bool ready = false;

    Env()
    {
        ready = vault.write(QStringLiteral("a.md"), kNote) && (index = fixture::openIndex(vault))
            && fixture::update(*index);
        if (ready)
            writer = std::make_unique<core::TaskWriter>(*index);
    }
};

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWriteIsRecorded()
    {
        Env env;
        QVERIFY(env.ready);
        core::TaskWriter &writer = *env.writer;
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 3, QStringLiteral("-")).ok());

        const auto history = writer.journal().history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).line, 3); // newest first
        QCOMPARE(history->at(0).oldText, QString::fromUtf8("- [?] second \xF0\x9F\x93\x85 2025-11-03"));
        QVERIFY(history->at(0).newText.startsWith(QStringLiteral("- [-] second")));
        QCOMPARE(history->at(1).path, QStringLiteral("a.md"));
        QVERIFY(history->at(0).time.isValid());
    }

    void undoAndRedoSurviveANewProcess()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        {
            auto index = fixture::openIndex(vault);
            QVERIFY(index && fixture::update(*index));
            core::TaskWriter writer(*index);
            QVERIFY(writer.setStatus(QStringLiteral("a.md"), 4, QStringLiteral(" ")).ok());
            QVERIFY(vault.read(QStringLiteral("a.md")) != kNote);
        }
        auto index = fixture::openIndex(vault); // as a later run would
        QVERIFY(index);
        core::TaskWriter writer(*index);
        const auto undone = writer.undo();
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote); // the done date is back, byte for byte
        const QByteArray afterUndo = vault.read(QStringLiteral("a.md"));
        const auto redone = writer.redo();
        QVERIFY2(redone.ok, qPrintable(redone.message));
        QVERIFY(vault.read(QStringLiteral("a.md")).contains("- [ ] third\r\n") || vault.read(QStringLiteral("a.md")).endsWith("- [ ] third"));
        QVERIFY(vault.read(QStringLiteral("a.md")) != afterUndo);
        const auto nothing = writer.redo();
        QVERIFY(!nothing.ok);
        QVERIFY(nothing.refused);
    }

    void aBatchUndoesAsOneStep()
    {
        Env env;
        QVERIFY(env.ready);
        const TestVault &vault = env.vault;
        core::TaskWriter &writer = *env.writer;
        writer.journal().beginBatch();
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 3, QStringLiteral(" ")).ok());
        const auto undone = writer.undo();
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(undone.entries.size(), 2);
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote);
    }

    void undoRefusesALineThatChanged()
    {
        Env env;
        QVERIFY(env.ready);
        const TestVault &vault = env.vault;
        core::TaskWriter &writer = *env.writer;
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        QByteArray edited = vault.read(QStringLiteral("a.md"));
        edited.replace("- [x] first", "- [/] first");
        QVERIFY(vault.write(QStringLiteral("a.md"), edited));
        const auto undone = writer.undo();
        QVERIFY(!undone.ok);
        QVERIFY(undone.refused);
        QCOMPARE(vault.read(QStringLiteral("a.md")), edited);
    }

    void undoFollowsAMovedLine()
    {
        Env env;
        QVERIFY(env.ready);
        const TestVault &vault = env.vault;
        core::TaskWriter &writer = *env.writer;
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        const QByteArray moved = "intro\r\n" + vault.read(QStringLiteral("a.md"));
        QVERIFY(vault.write(QStringLiteral("a.md"), moved));
        const auto undone = writer.undo();
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(vault.read(QStringLiteral("a.md")), "intro\r\n" + kNote);
    }

    // A writer killed between the journal's intent and its confirmation: the next writer looks
    // at the file. Here the replace landed (and left its temporary file behind).
    void aPendingWriteThatLandedIsConfirmed()
    {
        Env env;
        QVERIFY(env.ready);
        const TestVault &vault = env.vault;
        core::TaskWriter &writer = *env.writer;
        QVERIFY(writer.history()); // opens the journal
        const QString temporary = vault.filePath(QStringLiteral(".a.md.vaultview-crash1"));
        QVERIFY(vault.write(QStringLiteral(".a.md.vaultview-crash1"), kNote));
        const auto id = writer.journal().begin(QStringLiteral("a.md"), 2, QStringLiteral("- [ ] first @Bob"),
                                               QStringLiteral("- [x] first @Bob"), temporary);
        QVERIFY(id);
        QByteArray landed = kNote;
        landed.replace("- [ ] first", "- [x] first");
        QVERIFY(vault.write(QStringLiteral("a.md"), landed));
        QCOMPARE(writer.journal().history()->size(), 0); // pending entries are not history yet

        QVERIFY(writer.reconcile());
        const auto history = writer.journal().history();
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().newText, QStringLiteral("- [x] first @Bob"));
        QVERIFY(!QFile::exists(temporary));
        QVERIFY(writer.undo().ok);
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote);
    }

    void aPendingWriteThatDidNotLandIsForgotten()
    {
        Env env;
        QVERIFY(env.ready);
        const TestVault &vault = env.vault;
        core::TaskWriter &writer = *env.writer;
        QVERIFY(writer.history());
        QVERIFY(writer.journal().begin(QStringLiteral("a.md"), 2, QStringLiteral("- [ ] first @Bob"),
                                       QStringLiteral("- [x] first @Bob"), QString()));
        QVERIFY(writer.reconcile());
        QVERIFY(writer.journal().history()->isEmpty());
        QVERIFY(writer.journal().pending()->isEmpty());
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote);
    }

    void aPendingUndoIsSettledByTheFile()
    {
        Env env;
        QVERIFY(env.ready);
        const TestVault &vault = env.vault;
        core::TaskWriter &writer = *env.writer;
        const auto written = writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x"));
        QVERIFY(written.ok());
        // The undo's intent is recorded, then the process dies after the rename.
        QVERIFY(writer.journal().beginReplay(written.journalId, true, QString()));
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        QVERIFY(writer.reconcile());
        const auto history = writer.journal().history();
        QCOMPARE(history->size(), 1);
        QVERIFY(history->first().undone);
        QVERIFY(writer.redo().ok);
        QCOMPARE(vault.read(QStringLiteral("a.md")).contains("- [x] first @Bob"), true);
    }

    // The journal is the user's data; the index a cache that may vanish at any time.
    void theJournalOutlivesTheIndex()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        {
            auto index = fixture::openIndex(vault);
            QVERIFY(index && fixture::update(*index));
            core::TaskWriter writer(*index);
            QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        }
        for (const char *suffix : { "", "-wal", "-shm" })
            QFile::remove(vault.indexPath() + QString::fromLatin1(suffix));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        core::TaskWriter writer(*index);
        const auto undone = writer.undo();
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote);
    }

    // Versions before 0.2 kept the journal inside the index: it comes over once, not twice.
    void aJournalInTheIndexIsCarriedOverOnce()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QSqlQuery q(index->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE journal(id INTEGER PRIMARY KEY, batch INTEGER NOT NULL,"
                                      " time INTEGER NOT NULL, path TEXT NOT NULL, line INTEGER NOT NULL,"
                                      " old_text TEXT NOT NULL, new_text TEXT NOT NULL, undone INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO journal VALUES (1, 1, 0, 'a.md', 4, '- [ ] third',"
                                      " '- [x] third ✅ 2025-01-01', 0)")));
        for (int run = 0; run < 2; ++run) {
            core::TaskWriter writer(*index);
            const auto history = writer.history();
            QVERIFY(history);
            QCOMPARE(history->size(), 1);
            QCOMPARE(history->first().oldText, QStringLiteral("- [ ] third"));
        }
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
