// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexreader.h"
#include "indexfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using core::Indexer;
using core::IndexReader;

namespace {

QByteArray note(const QString &title, const QByteArray &body = {})
{
    return "---\ntitle: " + title.toUtf8() + "\ndate: 2025-10-28\n---\n\n" + body;
}

// Rows left behind by a note that is gone: none may survive a removal or a rewrite.
qint64 orphans(const core::VaultIndex &index)
{
    return fixture::scalar(index, QStringLiteral(
        "SELECT (SELECT count(*) FROM tasks WHERE note_id NOT IN (SELECT id FROM notes))"
        " + (SELECT count(*) FROM note_people WHERE note_id NOT IN (SELECT id FROM notes))"
        " + (SELECT count(*) FROM note_tags WHERE note_id NOT IN (SELECT id FROM notes))"));
}

qint64 ftsCount(const core::VaultIndex &index, const QString &match)
{
    // Words of old versions stay in the contentless text index under numbers no note has any more.
    return fixture::scalar(index, QStringLiteral("SELECT count(*) FROM notes WHERE fts_rowid IN"
                                                 " (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)"), { match });
}

} // namespace

class TestIndexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAcrossRuns()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("A"), "- [ ] one\n- [x] two\n")));
        QVERIFY(vault.write(QStringLiteral("Meetings/b.md"), note(QStringLiteral("B"), "- [ ] three\n")));
        QVERIFY(vault.write(QStringLiteral("Meetings/c.md"), note(QStringLiteral("C"))));
        QVERIFY(vault.write(QStringLiteral(".obsidian/skipped.md"), "- [ ] hidden\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);

        auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(std::tuple(stats->added, stats->updated, stats->removed, stats->unchanged, stats->tasks),
                 std::tuple(3, 0, 0, 0, 3));

        stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(std::tuple(stats->added, stats->updated, stats->removed, stats->unchanged, stats->tasks),
                 std::tuple(0, 0, 0, 3, 3));

        QVERIFY(vault.write(QStringLiteral("Meetings/b.md"), note(QStringLiteral("B"), "- [ ] three\n- [ ] four\n")));
        QVERIFY(QFile::remove(vault.filePath(QStringLiteral("a.md"))));
        QVERIFY(vault.write(QStringLiteral("d.MD"), note(QStringLiteral("D"), "- [/] five\n")));
        stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(std::tuple(stats->added, stats->updated, stats->removed, stats->unchanged, stats->tasks),
                 std::tuple(1, 1, 1, 1, 3));
        QVERIFY(stats->elapsedMs >= 0);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes")), 3);
        QCOMPARE(orphans(*index), 0);
    }

    void unchangedSizeAndMtimeSkipTheFile()
    {
        TestVault vault;
        const QString path = vault.filePath(QStringLiteral("a.md"));
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("Alpha"))));
        const QDateTime when = QDateTime::fromString(QStringLiteral("2025-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
        QVERIFY(fixture::setModified(path, when));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));

        // Same size, same mtime, other bytes: not read again, so the index keeps the old title.
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("Bravo"))));
        QVERIFY(fixture::setModified(path, when));
        auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->unchanged, 1);
        QCOMPARE(stats->updated, 0);
        QCOMPARE(IndexReader(index->database()).note(QStringLiteral("a.md"))->title, QStringLiteral("Alpha"));

        // Only the mtime moves: read again.
        QVERIFY(fixture::setModified(path, when.addMSecs(1)));
        stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->updated, 1);
        QCOMPARE(IndexReader(index->database()).note(QStringLiteral("a.md"))->title, QStringLiteral("Bravo"));

        // Only the size moves: read again.
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("Charlie"))));
        QVERIFY(fixture::setModified(path, when.addMSecs(1)));
        stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->updated, 1);
        const auto stored = IndexReader(index->database()).note(QStringLiteral("a.md"));
        QCOMPARE(stored->title, QStringLiteral("Charlie"));
        QCOMPARE(stored->size, QFileInfo(path).size());
        QCOMPARE(stored->mtime, when.addMSecs(1).toMSecsSinceEpoch());
    }

    void deletedFileIsDroppedWithEverythingItOwned()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("keep.md"), note(QStringLiteral("Keep"), "- [ ] stays #x\n")));
        QVERIFY(vault.write(QStringLiteral("Gone/gone.md"),
                            "---\ntitle: Gone\nparticipants:\n- Alon Horev\ntags:\n- apollo\n---\n\n"
                            "Quixotic words.\n\n- [ ] leaves @Alon Horev #apollo\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QCOMPARE(ftsCount(*index, QStringLiteral("quixotic")), 1);
        QVERIFY(QDir(vault.filePath(QStringLiteral("Gone"))).removeRecursively());
        const auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->removed, 1);
        QCOMPARE(stats->tasks, 1);
        QVERIFY(!IndexReader(index->database()).noteId(QStringLiteral("Gone/gone.md")));
        QCOMPARE(ftsCount(*index, QStringLiteral("quixotic")), 0);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM note_people")), 0);
        QCOMPARE(orphans(*index), 0);
    }

    void updateFileFollowsOneFile()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("A"), "- [ ] one\n")));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        IndexReader reader(index->database());
        Indexer indexer(*index);

        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("A2"), "- [x] one\n- [ ] two\n")));
        QVERIFY(indexer.updateFile(QStringLiteral("a.md")));
        auto stored = reader.note(QStringLiteral("a.md"));
        QVERIFY(stored);
        QCOMPARE(stored->title, QStringLiteral("A2"));
        QCOMPARE(stored->tasks.size(), 2);
        QCOMPARE(stored->tasks.first().status, QStringLiteral("x"));

        QVERIFY(vault.write(QStringLiteral("New/b.md"), note(QStringLiteral("B"))));
        QVERIFY(indexer.updateFile(QStringLiteral("New/b.md")));
        QVERIFY(reader.noteId(QStringLiteral("New/b.md")));

        QVERIFY(QFile::remove(vault.filePath(QStringLiteral("a.md"))));
        QVERIFY(indexer.updateFile(QStringLiteral("a.md")));
        QVERIFY(!reader.noteId(QStringLiteral("a.md")));
        QCOMPARE(orphans(*index), 0);

        // The next full update agrees: nothing left to do.
        const auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(std::tuple(stats->added, stats->updated, stats->removed, stats->unchanged), std::tuple(0, 0, 0, 1));
    }

    void updateFileKeepsToTheScannerRules_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("hidden folder") << ".trash/a.md";
        QTest::newRow("not markdown") << "a.txt";
        QTest::newRow("through a linked folder") << "Linked/a.md";
        QTest::newRow("a linked file") << "link.md";
    }

    void updateFileKeepsToTheScannerRules()
    {
        QFETCH(QString, path);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("Real/a.md"), note(QStringLiteral("Real"))));
        QVERIFY(vault.write(QStringLiteral(".trash/a.md"), note(QStringLiteral("Trash"))));
        QVERIFY(vault.write(QStringLiteral("a.txt"), note(QStringLiteral("Text"))));
        QVERIFY(QFile::link(vault.filePath(QStringLiteral("Real")), vault.filePath(QStringLiteral("Linked"))));
        QVERIFY(QFile::link(vault.filePath(QStringLiteral("Real/a.md")), vault.filePath(QStringLiteral("link.md"))));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QVERIFY(Indexer(*index).updateFile(path));
        QVERIFY(!IndexReader(index->database()).noteId(path));
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes")), 1);
    }

    void fullTextFindsBodyWords()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("Falcon rollout"), "The zeppelin was café-bound.\n")));
        QVERIFY(vault.write(QStringLiteral("b.md"), note(QStringLiteral("Other"), "Nothing to see.\n")));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QCOMPARE(ftsCount(*index, QStringLiteral("zeppelin")), 1);
        QCOMPARE(ftsCount(*index, QStringLiteral("zepp*")), 1);
        QCOMPARE(ftsCount(*index, QStringLiteral("falcon")), 1); // the title
        QCOMPARE(ftsCount(*index, QStringLiteral("cafe")), 1); // diacritics folded
        QCOMPARE(ftsCount(*index, QStringLiteral("nothing")), 1);

        // A rewrite replaces the text instead of adding to it.
        QVERIFY(vault.write(QStringLiteral("a.md"), note(QStringLiteral("Falcon rollout"), "Now about airships.\n")));
        QVERIFY(fixture::update(*index));
        QCOMPARE(ftsCount(*index, QStringLiteral("zeppelin")), 0);
        QCOMPARE(ftsCount(*index, QStringLiteral("airships")), 1);
    }

    void oversizedFileIsIndexedWithAWarning()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("2025-10-28 big.md"), QByteArray(4096, 'x')));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        Indexer indexer(*index);
        indexer.setMaxFileBytes(1024);
        const auto stats = indexer.update();
        QVERIFY(stats);
        QCOMPARE(stats->added, 1);
        const auto stored = IndexReader(index->database()).note(QStringLiteral("2025-10-28 big.md"));
        QVERIFY(stored);
        QCOMPARE(stored->warnings.size(), 1);
        QVERIFY(stored->warnings.first().contains(QStringLiteral("too large")));
        QCOMPARE(stored->size, 4096);
        QCOMPARE(stored->date, QStringLiteral("2025-10-28"));
    }

    void firstLoadAndLaterLoadsAboveOneBatch()
    {
        // Above kBatchSize a first load runs without secondary indexes; they must all be back after.
        TestVault vault;
        const int first = Indexer::kBatchSize + 20;
        for (int i = 0; i < first; ++i)
            QVERIFY(vault.write(QStringLiteral("F%1/n%2.md").arg(i % 10).arg(i), "- [ ] t\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        const QString indexes = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        const qint64 all = fixture::scalar(*index, indexes);
        QVERIFY(all >= 8);
        // Progress comes between batches, which lets the test look at the index mid-load.
        int progressCalls = 0;
        int lastDone = -1;
        qint64 fewestIndexes = all;
        const auto watch = [&](int expectedTotal) {
            return [&, expectedTotal](int done, int total) {
                ++progressCalls;
                lastDone = done;
                fewestIndexes = std::min(fewestIndexes, fixture::scalar(*index, indexes));
                QCOMPARE(total, expectedTotal);
            };
        };
        auto stats = Indexer(*index).update(watch(first));
        QVERIFY(stats);
        QCOMPARE(stats->added, first);
        QCOMPARE(stats->tasks, first);
        QVERIFY(progressCalls >= 2);
        QCOMPARE(lastDone, first);
        QCOMPARE(fewestIndexes, 2); // a first load runs without them, but for those appended in key order
        QCOMPARE(fixture::scalar(*index, indexes), all);

        // A later load of as many new notes, with updates, into a filled index.
        for (int i = 0; i < first; ++i)
            QVERIFY(vault.write(QStringLiteral("G/n%1.md").arg(i), "- [ ] t\n- [x] u\n"));
        QVERIFY(vault.write(QStringLiteral("F0/n0.md"), "- [x] changed\n- [ ] more\n"));
        progressCalls = 0;
        fewestIndexes = all;
        stats = Indexer(*index).update(watch(first + 1));
        QVERIFY(stats);
        QVERIFY(progressCalls >= 2);
        QCOMPARE(fewestIndexes, all); // updates of a filled index need them all along
        QCOMPARE(std::tuple(stats->added, stats->updated, stats->removed), std::tuple(first, 1, 0));
        QCOMPARE(stats->tasks, first + 2 * first + 1);
        QCOMPARE(fixture::scalar(*index, indexes), all);
        QCOMPARE(orphans(*index), 0);
    }

    void generatedVaultMatchesItsManifest()
    {
        TestVault vault;
        QString manifestPath;
        if (!vault.generate(200, 11, 0.05, &manifestPath))
            QSKIP("python3 or shared/vaultgen.py is not available");
        QFile manifest(manifestPath);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QHash<QString, int> tasksByPath;
        int tasks = 0;
        while (!manifest.atEnd()) {
            const QJsonObject entry = QJsonDocument::fromJson(manifest.readLine()).object();
            const int count = int(entry.value(QStringLiteral("tasks")).toArray().size());
            tasksByPath.insert(entry.value(QStringLiteral("path")).toString(), count);
            tasks += count;
        }
        QCOMPARE(tasksByPath.size(), 200);

        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->added, 200);
        QCOMPARE(stats->tasks, tasks);
        QVERIFY(stats->warnings.isEmpty());

        QHash<QString, int> indexed;
        QVERIFY(IndexReader(index->database()).forEachNote([&](const core::Note &n) {
            indexed.insert(n.path, int(n.tasks.size()));
        }));
        QCOMPARE(indexed, tasksByPath);

        stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(std::tuple(stats->added, stats->updated, stats->removed, stats->unchanged), std::tuple(0, 0, 0, 200));
        QCOMPARE(orphans(*index), 0);
    }
};

QTEST_GUILESS_MAIN(TestIndexer)
#include "tst_indexer.moc"
