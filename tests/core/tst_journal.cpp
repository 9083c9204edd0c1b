// The undo journal: every write is recorded, undo and redo restore bytes exactly, survive a new
// process (a new Journal on the same index), and refuse a line that changed since.
#include "indexfixture.h"
#include "journal.h"
#include "taskwriter.h"

#include <QTest>

namespace {

const QByteArray kNote = "# Plan\r\n- [ ] first @Bob\r\n- [?] second \xF0\x9F\x93\x85 2025-11-03\r\n- [x] third \xE2\x9C\x85 2025-01-01";

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWriteIsRecorded()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        core::TaskWriter writer(*index);
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 3, QStringLiteral("-")).ok());

        core::Journal journal(index->database());
        const auto history = journal.history();
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
        const auto undone = writer.journal().undo(writer);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote); // the done date is back, byte for byte
        const QByteArray afterUndo = vault.read(QStringLiteral("a.md"));
        const auto redone = writer.journal().redo(writer);
        QVERIFY2(redone.ok, qPrintable(redone.message));
        QVERIFY(vault.read(QStringLiteral("a.md")).contains("- [ ] third\r\n") || vault.read(QStringLiteral("a.md")).endsWith("- [ ] third"));
        QVERIFY(vault.read(QStringLiteral("a.md")) != afterUndo);
        const auto nothing = writer.journal().redo(writer);
        QVERIFY(!nothing.ok);
        QVERIFY(nothing.refused);
    }

    void aBatchUndoesAsOneStep()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        core::TaskWriter writer(*index);
        writer.journal().beginBatch();
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 3, QStringLiteral(" ")).ok());
        const auto undone = writer.journal().undo(writer);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(undone.entries.size(), 2);
        QCOMPARE(vault.read(QStringLiteral("a.md")), kNote);
    }

    void undoRefusesALineThatChanged()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        core::TaskWriter writer(*index);
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        QByteArray edited = vault.read(QStringLiteral("a.md"));
        edited.replace("- [x] first", "- [/] first");
        QVERIFY(vault.write(QStringLiteral("a.md"), edited));
        const auto undone = writer.journal().undo(writer);
        QVERIFY(!undone.ok);
        QVERIFY(undone.refused);
        QCOMPARE(vault.read(QStringLiteral("a.md")), edited);
    }

    void undoFollowsAMovedLine()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), kNote));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        core::TaskWriter writer(*index);
        QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
        const QByteArray moved = "intro\r\n" + vault.read(QStringLiteral("a.md"));
        QVERIFY(vault.write(QStringLiteral("a.md"), moved));
        const auto undone = writer.journal().undo(writer);
        QVERIFY2(undone.ok, qPrintable(undone.message));
        QCOMPARE(vault.read(QStringLiteral("a.md")), "intro\r\n" + kNote);
    }

    void jsonLineHasTheFields()
    {
        core::Journal::Entry e;
        e.id = 7;
        e.path = QStringLiteral("a.md");
        e.line = 3;
        e.oldText = QStringLiteral("- [ ] x");
        e.newText = QStringLiteral("- [x] x");
        const QByteArray json = core::Journal::toJsonLine(e);
        QVERIFY(json.startsWith("{\"id\":7,"));
        QVERIFY(json.contains("\"path\":\"a.md\",\"line\":3,\"old\":\"- [ ] x\",\"new\":\"- [x] x\""));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
