// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/write/taskwriter.h"
#include "indexfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTest>
#include <atomic>
#include <thread>

using core::VaultIndex;

namespace {

QStringList listing(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

void removeIndexFiles(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QString::fromLatin1(suffix));
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

} // namespace

class TestVaultIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultPathIsInTheCacheLocationKeyedByCanonicalPath()
    {
        TestVault vault;
        TestVault other;
        QVERIFY(QStandardPaths::isTestModeEnabled());
        VaultIndex index(vault.root());
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        QVERIFY2(index.indexPath().startsWith(cache + u'/'), qPrintable(index.indexPath()));
        QVERIFY(!index.indexPath().startsWith(canonical(vault.root()) + u'/'));
        QCOMPARE(index.root(), canonical(vault.root()));

        // The same vault however it is spelled; another vault elsewhere.
        QVERIFY(QFile::link(vault.root(), other.filePath(QStringLiteral("link"))));
        QCOMPARE(VaultIndex(vault.root() + u'/').indexPath(), index.indexPath());
        QCOMPARE(VaultIndex(vault.root() + QStringLiteral("/x/..")).indexPath(), index.indexPath());
        QCOMPARE(VaultIndex(other.filePath(QStringLiteral("link"))).indexPath(), index.indexPath());
        QVERIFY(VaultIndex(other.root()).indexPath() != index.indexPath());

        const auto cleanup = qScopeGuard([&] { removeIndexFiles(index.indexPath()); });
        QVERIFY2(index.open(), qPrintable(index.error()));
        QVERIFY(QFileInfo::exists(index.indexPath()));
        QCOMPARE(listing(vault.root()), QStringList());
    }

    void defaultPathIsNeverInsideTheVault()
    {
        // A vault that holds the cache folder, like a vault kept at the top of a home folder.
        TestVault vault;
        const QByteArray home = qgetenv("HOME");
        const auto restore = qScopeGuard([&] { qputenv("HOME", home); });
        qputenv("HOME", QFile::encodeName(vault.root()));
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        QVERIFY2(cache.startsWith(vault.root() + u'/'), qPrintable(cache));

        VaultIndex index(vault.root());
        const QString root = canonical(vault.root());
        QVERIFY2(!index.indexPath().startsWith(root + u'/'), qPrintable(index.indexPath()));
        // Not the shared temp folder: the index holds the notes' text.
        const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY2(index.indexPath().startsWith(runtime + u'/'), qPrintable(index.indexPath()));
        const auto cleanup = qScopeGuard([&] { removeIndexFiles(index.indexPath()); });
        QVERIFY2(index.open(), qPrintable(index.error()));
        QVERIFY(QFileInfo::exists(index.indexPath()));
        QCOMPARE(listing(vault.root()), QStringList());
    }

    void refusesAnIndexInsideTheVault_data()
    {
        QTest::addColumn<QString>("vaultAs");
        QTest::addColumn<QString>("indexAt");
        QTest::newRow("file at the vault root") << "$VAULT" << "$VAULT/index.sqlite";
        QTest::newRow("file in a dot folder of the vault") << "$VAULT" << "$VAULT/.vaultview/index.sqlite";
        QTest::newRow("file in folders that do not exist yet") << "$VAULT" << "$VAULT/new/deeper/index.sqlite";
        QTest::newRow("the vault folder itself") << "$VAULT" << "$VAULT";
        QTest::newRow("with .. segments") << "$VAULT" << "$VAULT/../vault/index.sqlite";
        QTest::newRow("index named through a link to the vault") << "$VAULT" << "$LINK/index.sqlite";
        QTest::newRow("vault named through a link") << "$LINK" << "$VAULT/index.sqlite";
        QTest::newRow("both named through a link") << "$LINK" << "$LINK/sub/index.sqlite";
    }

    void refusesAnIndexInsideTheVault()
    {
        QFETCH(QString, vaultAs);
        QFETCH(QString, indexAt);
        TestVault vault;
        TestVault elsewhere;
        QVERIFY(vault.write(QStringLiteral("note.md"), "# note\n"));
        const QString link = elsewhere.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(vault.root(), link));
        const auto expand = [&](QString s) {
            return s.replace(QStringLiteral("$VAULT"), vault.root()).replace(QStringLiteral("$LINK"), link);
        };
        const QStringList before = listing(vault.root());
        VaultIndex index(expand(vaultAs), expand(indexAt));
        QVERIFY(!index.open());
        QVERIFY2(index.error().contains(QStringLiteral("inside the vault")), qPrintable(index.error()));
        QCOMPARE(listing(vault.root()), before);
    }

    void acceptsAnIndexBesideTheVault_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("sibling file") << "index.sqlite";
        QTest::newRow("sibling whose name starts with the vault's") << "vault.sqlite";
        QTest::newRow("sibling folder whose name starts with the vault's") << "vault-cache/index.sqlite";
    }

    void acceptsAnIndexBesideTheVault()
    {
        QFETCH(QString, name);
        TestVault vault;
        const QString path = QFileInfo(vault.root()).absolutePath() + u'/' + name;
        VaultIndex index(vault.root(), path);
        QVERIFY2(index.open(), qPrintable(index.error()));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(index.notice().isEmpty());
        QVERIFY(index.error().isEmpty());
    }

    void missingVaultIsAnError_data()
    {
        QTest::addColumn<bool>("asFile");
        QTest::newRow("no such folder") << false;
        QTest::newRow("a file, not a folder") << true;
    }

    void missingVaultIsAnError()
    {
        QFETCH(bool, asFile);
        TestVault vault;
        QString root = vault.filePath(QStringLiteral("missing"));
        if (asFile) {
            QVERIFY(vault.write(QStringLiteral("file.md"), "x"));
            root = vault.filePath(QStringLiteral("file.md"));
        }
        VaultIndex index(root, vault.indexPath());
        QVERIFY(!index.open());
        QVERIFY2(index.error().contains(QStringLiteral("vault not found")), qPrintable(index.error()));
        QVERIFY(!QFileInfo::exists(vault.indexPath()));
    }

    void tablesArePresent()
    {
        TestVault vault;
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        QSqlQuery q(index->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        for (const char *name : { "meta", "notes", "tasks", "note_people", "note_tags", "notes_fts" })
            QVERIFY2(tables.contains(QLatin1String(name)), name);
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("fts5(title, body")));
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")),
                 VaultIndex::kSchemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'root'")) && q.next());
        QCOMPARE(q.value(0).toString(), index->root());
    }

    void secondaryIndexesCanBeDroppedAndRebuilt()
    {
        TestVault vault;
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        const QString count = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
        const qint64 all = fixture::scalar(*index, count);
        QVERIFY(all >= 8);
        QVERIFY(index->setSecondaryIndexes(false));
        const QString secondary = count + QStringLiteral(" AND name IN ('tasks_due', 'tasks_owner', 'notes_files')");
        QCOMPARE(fixture::scalar(*index, secondary), 0);
        QVERIFY(fixture::scalar(*index, count) < all);
        QVERIFY(index->setSecondaryIndexes(true));
        QVERIFY(index->setSecondaryIndexes(true));
        QCOMPARE(fixture::scalar(*index, count), all);
    }

    void busyTimeoutIsSet()
    {
        TestVault vault;
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        const QString timeout = QStringLiteral("PRAGMA busy_timeout");
        QCOMPARE(fixture::scalar(*index, timeout), 60000); // as opened
        QVERIFY2(index->setBusyTimeout(1500), qPrintable(index->error()));
        QCOMPARE(fixture::scalar(*index, timeout), 1500);
        index->database().close();
        QVERIFY(!index->setBusyTimeout(1500));
        QVERIFY2(index->error().startsWith(QStringLiteral("cannot set up the index")),
            qPrintable(index->error()));
    }

    void unreadableIndexIsRebuilt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage bytes") << QByteArray("\x8f\x01\xff garbage \x00\x13 not a database", 30).repeated(200);
        QTest::newRow("SQLite header, then garbage")
            << (QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xA5'));
        QTest::newRow("a text file") << QByteArray("hello\n");
        QTest::newRow("an empty file") << QByteArray();
    }

    void unreadableIndexIsRebuilt()
    {
        QFETCH(QByteArray, bytes);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "# A\n\n- [ ] task\n"));
        {
            QFile file(vault.indexPath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        QVERIFY(!index->notice().isEmpty());
        QVERIFY2(index->error().isEmpty(), qPrintable(index->error()));
        const auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->added, 1);
        QCOMPARE(stats->tasks, 1);
    }

    void damagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to its first pages") << "truncate";
        QTest::newRow("first page overwritten") << "first page";
    }

    // A real index, damaged as a crash, a full disk or a bad sector would: rebuilt with a notice.
    void damagedIndexIsRebuilt()
    {
        QFETCH(QString, damage);
        TestVault vault;
        for (int i = 0; i < 200; ++i)
            QVERIFY(vault.write(QStringLiteral("n%1.md").arg(i), "# N\n\n- [ ] task one\n- [x] task two\n"));
        {
            const auto index = fixture::openIndex(vault);
            QVERIFY(index && fixture::update(*index));
            QSqlQuery q(index->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile file(vault.indexPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (damage == u"truncate")
            QVERIFY(file.resize(file.size() / 3));
        else
            QCOMPARE(file.write(QByteArray(4096, '\x5A')), 4096);
        file.close();
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        core::Indexer indexer(*index);
        auto stats = indexer.update();
        // A truncated file may still open: the damage shows when a page is read, and is mended then.
        if (!stats) {
            QVERIFY2(indexer.failedOnCorruption(), qPrintable(indexer.error()));
            QVERIFY(index->rebuild(QStringLiteral("damaged")));
            stats = indexer.update();
        } else {
            QVERIFY(!index->notice().isEmpty());
        }
        QVERIFY(stats);
        QCOMPARE(stats->tasks, 400);
    }

    // Two processes opening a vault with no index: one builds it, the other waits and uses it.
    void concurrentFirstOpensBuildOnce()
    {
        TestVault vault;
        for (int i = 0; i < 600; ++i)
            QVERIFY(vault.write(QStringLiteral("n%1.md").arg(i), "# N\n\n- [ ] task\n"));
        std::atomic_int tasks[2] = { -1, -1 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back([&, t] {
                core::VaultIndex index(vault.root(), vault.indexPath());
                if (!index.open(core::VaultIndex::OpenMode::BuildPrivately))
                    return;
                const auto stats = core::Indexer(index).update();
                tasks[t] = stats ? stats->tasks : -2;
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(tasks[0].load(), 600);
        QCOMPARE(tasks[1].load(), 600);
        const QStringList leftovers = QDir(QFileInfo(vault.indexPath()).absolutePath())
                                          .entryList({ QStringLiteral("*.building-*") }, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void journalSurvivesARebuild_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("old schema version") << "UPDATE meta SET value = '0' WHERE key = 'schema'";
        QTest::newRow("index of another vault") << "UPDATE meta SET value = '/elsewhere' WHERE key = 'root'";
    }

    // The journal lives apart from the index: a rebuild cannot touch it.
    void journalSurvivesARebuild()
    {
        QFETCH(QString, tamper);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "# A\n- [ ] one\n- [ ] two\n"));
        {
            const auto index = fixture::openIndex(vault);
            QVERIFY(index && fixture::update(*index));
            core::TaskWriter writer(*index);
            QVERIFY(writer.setStatus(QStringLiteral("a.md"), 2, QStringLiteral("x")).ok());
            QVERIFY(writer.setStatus(QStringLiteral("a.md"), 3, QStringLiteral("x")).ok());
            QVERIFY(writer.undo().ok);
            QSqlQuery q(index->database());
            QVERIFY2(q.exec(tamper), qPrintable(q.lastError().text()));
        }
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        QVERIFY(!index->notice().isEmpty());
        core::TaskWriter writer(*index);
        QVERIFY(writer.journal().open());
        const auto history = writer.journal().history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QVERIFY(history->at(0).undone);
        QCOMPARE(history->at(1).oldText, QStringLiteral("- [ ] one"));
    }

    void staleIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::newRow("old schema version") << "UPDATE meta SET value = '0' WHERE key = 'schema'";
        QTest::newRow("newer schema version") << "UPDATE meta SET value = '99' WHERE key = 'schema'";
        QTest::newRow("no schema version") << "DELETE FROM meta WHERE key = 'schema'";
        QTest::newRow("no meta table") << "DROP TABLE meta";
        QTest::newRow("index of another vault") << "UPDATE meta SET value = '/elsewhere' WHERE key = 'root'";
    }

    void staleIndexIsRebuilt()
    {
        QFETCH(QString, tamper);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "# A\n"));
        {
            const auto index = fixture::openIndex(vault);
            QVERIFY(index && fixture::update(*index));
            QSqlQuery q(index->database());
            QVERIFY2(q.exec(tamper), qPrintable(q.lastError().text()));
        }
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        QVERIFY(!index->notice().isEmpty());
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes")), 0);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")),
                 VaultIndex::kSchemaVersion);
        const auto stats = fixture::update(*index);
        QVERIFY(stats);
        QCOMPARE(stats->added, 1);
    }

    void currentIndexIsKept()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "# A\n"));
        {
            const auto index = fixture::openIndex(vault);
            QVERIFY(index && fixture::update(*index));
        }
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        QVERIFY(index->notice().isEmpty());
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes")), 1);
        // A second connection to the same file at once (the GUI and the CLI) sees the same index.
        const auto second = fixture::openIndex(vault);
        QVERIFY(second);
        QVERIFY(second->notice().isEmpty());
        const auto stats = fixture::update(*second);
        QVERIFY(stats);
        QCOMPARE(stats->unchanged, 1);
    }

    void listsRoundTrip_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::newRow("empty") << QStringList();
        QTest::newRow("one") << QStringList { QStringLiteral("Alon Horev") };
        QTest::newRow("several with commas and spaces")
            << QStringList { QStringLiteral("a, b"), QStringLiteral("type/people"), QStringLiteral("Zoë") };
    }

    void listsRoundTrip()
    {
        QFETCH(QStringList, list);
        const QString joined = VaultIndex::joinList(list);
        QVERIFY(!joined.isNull()); // a null string would be stored as NULL
        QCOMPARE(VaultIndex::splitList(joined), list);
    }
};

QTEST_GUILESS_MAIN(TestVaultIndex)
#include "tst_vaultindex.moc"
