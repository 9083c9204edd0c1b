// SPDX-License-Identifier: GPL-3.0-or-later
// The indexer against a hostile vault and a hostile death: every bad note gets a warning (or is
// skipped) while the rest indexes, and a `kill -9` in the middle of indexing leaves an index that
// the next run completes consistently.
#include "core/index/indexreader.h"
#include "indexfixture.h"

#include <QProcess>
#include <QTest>
#include <csignal>
#include <unistd.h>

namespace {

QByteArray repeat(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

QString warningsOf(const core::VaultIndex &index, const QString &path)
{
    const auto note = core::IndexReader(index.database()).note(path);
    return note ? note->warnings.join(QStringLiteral(" | ")) : QStringLiteral("<missing>");
}

} // namespace

class TestHostileVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBadNoteIsAWarningAndTheRestIndexes()
    {
        TestVault vault;
        QVERIFY(vault.addSeed(QStringLiteral("good.md")));
        QVERIFY(vault.write(QStringLiteral("nul.md"), QByteArray("# T\0itle\n- [ ] a\0b\n", 20) + QByteArray(1000, '\0')));
        QVERIFY(vault.write(QStringLiteral("longline.md"), "- [ ] " + repeat("word ", 200000) + "\n"));
        QVERIFY(vault.write(QStringLiteral("manytasks.md"), repeat("- [ ] task @Bob \xF0\x9F\x93\x85 2025-01-01\n", 100000)));
        QByteArray deepList;
        for (int i = 0; i < 3000; ++i)
            deepList += QByteArray(2 * i, ' ') + "- x\n";
        QVERIFY(vault.write(QStringLiteral("deeplist.md"), deepList));
        QVERIFY(vault.write(QStringLiteral("deepquote.md"), QByteArray(50000, '>') + " - [ ] hi\n"));
        QVERIFY(vault.write(QStringLiteral("bomb.md"), "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a]\n"
                                                      "c: &c [*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c]\ntags: *d\n---\n- [ ] x\n"));
        QVERIFY(vault.write(QStringLiteral("deepyaml.md"), "---\ntitle: " + QByteArray(20000, '[') + "\n---\n- [ ] x\n"));
        QVERIFY(vault.write(QStringLiteral("binary.md"), repeat("\xFF\xFE\x00\x01\x80", 20000)));
        QVERIFY(vault.write(QStringLiteral("big.md"), "- [ ] big\n" + QByteArray(6 << 20, 'x')));
        QVERIFY(vault.write(QStringLiteral("weird\nname/a\xC3\xA9.md"), "- [ ] weird\n"));
        QVERIFY(QFile::link(vault.root(), vault.filePath(QStringLiteral("loop"))));

        auto index = fixture::openIndex(vault);
        QVERIFY(index);
        core::Indexer indexer(*index);
        indexer.setMaxFileBytes(5 << 20);
        const auto stats = indexer.update();
        QVERIFY2(stats, qPrintable(indexer.error()));
        QCOMPARE(stats->added, 11);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT task_count FROM notes WHERE path = 'good.md'")), 18);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT task_count FROM notes WHERE path = 'manytasks.md'")), 100000);
        QVERIFY(warningsOf(*index, QStringLiteral("binary.md")).contains(QStringLiteral("invalid UTF-8")));
        QVERIFY(warningsOf(*index, QStringLiteral("deepyaml.md")).contains(QStringLiteral("frontmatter")));
        QVERIFY(warningsOf(*index, QStringLiteral("big.md")).contains(QStringLiteral("too large")));
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT task_count FROM notes WHERE path = 'longline.md'")), 1);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes WHERE path LIKE 'loop/%'")), 0);
    }

    void killedWhileIndexingTheNextRunIsConsistent()
    {
        TestVault vault;
        if (!vault.generate(1500, 5, 0.1))
            QSKIP("python3 or vaultgen.py is not available");
        const QString cli = QStringLiteral(VV_BIN_DIR "/vaultview-cli");
        if (!QFileInfo::exists(cli))
            QSKIP("vaultview-cli is not built");
        int killed = 0;
        for (int delayMs : { 40, 120, 250 }) {
            QProcess first;
            first.start(cli, { QStringLiteral("index"), vault.root(), QStringLiteral("--index"), vault.indexPath() });
            QVERIFY(first.waitForStarted());
            QTest::qWait(delayMs);
            // A finished process has no id: kill(0) would kill this test's whole process group.
            const pid_t pid = pid_t(first.processId());
            if (first.state() == QProcess::Running && pid > 0) {
                ::kill(pid, SIGKILL);
                first.waitForFinished();
                killed += first.exitStatus() == QProcess::CrashExit ? 1 : 0;
            } else {
                first.waitForFinished();
            }
        }
        QVERIFY2(killed > 0, "indexing always finished before it could be killed: the test proves nothing");
        auto index = fixture::openIndex(vault);
        QVERIFY(index);
        const auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes")), 1500);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM tasks WHERE note_id NOT IN (SELECT id FROM notes)")), 0);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT sum(task_count) FROM notes")),
                 fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM tasks")));
        QSqlQuery check(index->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        // The secondary indexes a first load drops are back.
        QVERIFY(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                       " AND name = 'tasks_note'")) == 1);
    }
};

QTEST_GUILESS_MAIN(TestHostileVault)
#include "tst_hostilevault.moc"
