// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/vaultscanner.h"
#include "indexfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using core::VaultScanner;

class TestVaultScanner : public QObject
{
    Q_OBJECT

private:
    static QStringList paths(const VaultScanner::Result &result)
    {
        QStringList out;
        for (const auto &entry : result.entries)
            out.append(entry.path);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void listsNotesByName_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("listed");
        QTest::newRow("note at the root") << "a.md" << true;
        QTest::newRow("nested note, relative with '/'") << "Meetings/2025/10/a.md" << true;
        QTest::newRow(".MD in upper case") << "B.MD" << true;
        QTest::newRow(".Md in mixed case") << "c.Md" << true;
        QTest::newRow("non-ASCII folder and name") << "Zoë/Ωmega note.md" << true;
        QTest::newRow("folder named like a note holds a note") << "folder.md/inner.md" << true;
        QTest::newRow("text file") << "d.txt" << false;
        QTest::newRow("backup of a note") << "e.md.bak" << false;
        QTest::newRow("markdown suffix without the dot") << "readmemd" << false;
        QTest::newRow("dot file") << ".hidden.md" << false;
        QTest::newRow("a name that is only .md") << ".md" << false;
        QTest::newRow(".obsidian folder") << ".obsidian/workspace.md" << false;
        QTest::newRow(".trash folder") << ".trash/old.md" << false;
        QTest::newRow(".git folder") << ".git/notes.md" << false;
        QTest::newRow("dot folder deep in the tree") << "a/b/.cache/c.md" << false;
    }

    void listsNotesByName()
    {
        QFETCH(QString, file);
        QFETCH(bool, listed);
        TestVault vault;
        const QString clean = QDir::cleanPath(file);
        QVERIFY(vault.write(clean, "# note\n"));
        QVERIFY(vault.write(QStringLiteral("anchor.md"), "# always listed\n"));
        const auto result = VaultScanner::scan(vault.root());
        QStringList expected { QStringLiteral("anchor.md") };
        if (listed)
            expected.append(clean);
        expected.sort();
        QCOMPARE(paths(result), expected);
        QVERIFY(result.warnings.isEmpty());
    }

    void isNotePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("note");
        QTest::newRow("nested note") << "a/b/c.md" << true;
        QTest::newRow("upper-case extension") << "a/C.MD" << true;
        QTest::newRow("hidden folder") << ".trash/c.md" << false;
        QTest::newRow("hidden file") << "a/.c.md" << false;
        QTest::newRow("parent segment") << "../c.md" << false;
        QTest::newRow("absolute") << "/c.md" << false;
        QTest::newRow("empty segment") << "a//c.md" << false;
        QTest::newRow("not markdown") << "a/c.txt" << false;
    }

    void isNotePath()
    {
        QFETCH(QString, path);
        QFETCH(bool, note);
        QCOMPARE(VaultScanner::isNotePath(path), note);
    }

    void entriesCarrySizeAndModificationTime()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("Meetings/a.md"), "0123456789"));
        const QDateTime when = QDateTime::fromString(QStringLiteral("2024-05-06T07:08:09.123Z"), Qt::ISODateWithMs);
        QVERIFY(fixture::setModified(vault.filePath(QStringLiteral("Meetings/a.md")), when));
        const auto result = VaultScanner::scan(vault.root());
        QCOMPARE(result.entries.size(), 1);
        QCOMPARE(result.entries.first().path, QStringLiteral("Meetings/a.md"));
        QCOMPARE(result.entries.first().size, 10);
        QCOMPARE(result.entries.first().mtime, when.toMSecsSinceEpoch());
    }

    void symlinkedFileIsNotFollowed()
    {
        TestVault vault;
        TestVault outside;
        QVERIFY(outside.write(QStringLiteral("secret.md"), "# outside\n"));
        QVERIFY(vault.write(QStringLiteral("real.md"), "# inside\n"));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.md")), vault.filePath(QStringLiteral("link.md"))));
        QVERIFY(QFile::link(vault.filePath(QStringLiteral("real.md")), vault.filePath(QStringLiteral("alias.md"))));
        QVERIFY(QFile::link(vault.filePath(QStringLiteral("gone.md")), vault.filePath(QStringLiteral("dangling.md"))));
        QCOMPARE(paths(VaultScanner::scan(vault.root())), QStringList { QStringLiteral("real.md") });
    }

    void symlinkedFolderIsNotFollowed()
    {
        TestVault vault;
        TestVault outside;
        QVERIFY(outside.write(QStringLiteral("Notes/a.md"), "# outside\n"));
        QVERIFY(vault.write(QStringLiteral("Meetings/b.md"), "# inside\n"));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("Notes")), vault.filePath(QStringLiteral("Linked"))));
        QVERIFY(QFile::link(vault.filePath(QStringLiteral("Meetings")), vault.filePath(QStringLiteral("Again"))));
        QVERIFY(QFileInfo::exists(vault.filePath(QStringLiteral("Linked/a.md"))));
        QCOMPARE(paths(VaultScanner::scan(vault.root())), QStringList { QStringLiteral("Meetings/b.md") });
    }

    void symlinkLoopIsNotFollowed()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a/b/note.md"), "# note\n"));
        QVERIFY(QFile::link(vault.root(), vault.filePath(QStringLiteral("a/b/up"))));
        QVERIFY(QFile::link(QStringLiteral("../.."), vault.filePath(QStringLiteral("a/b/relative-up"))));
        QVERIFY(QFile::link(vault.filePath(QStringLiteral("a/self")), vault.filePath(QStringLiteral("a/self"))));
        const auto result = VaultScanner::scan(vault.root());
        QCOMPARE(paths(result), QStringList { QStringLiteral("a/b/note.md") });
        QVERIFY(result.warnings.isEmpty());
    }

    void specialFileNamedLikeANoteIsSkipped()
    {
#ifdef Q_OS_UNIX
        // Reading a FIFO would block the indexer forever.
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("real.md"), "# note\n"));
        QCOMPARE(::mkfifo(QFile::encodeName(vault.filePath(QStringLiteral("pipe.md"))).constData(), 0600), 0);
        QCOMPARE(paths(VaultScanner::scan(vault.root())), QStringList { QStringLiteral("real.md") });
#else
        QSKIP("FIFOs are a Unix thing");
#endif
    }

    void unreadableFolderWarnsAndTheRestIsListed()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("root reads folders whatever their permissions");
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("Private/secret.md"), "# secret\n"));
        QVERIFY(vault.write(QStringLiteral("Public/open.md"), "# open\n"));
        QVERIFY(vault.write(QStringLiteral("top.md"), "# top\n"));
        const QString locked = vault.filePath(QStringLiteral("Private"));
        const auto before = QFile::permissions(locked);
        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const auto restore = qScopeGuard([&] { QFile::setPermissions(locked, before); });
        const auto result = VaultScanner::scan(vault.root());
        QCOMPARE(paths(result), (QStringList { QStringLiteral("Public/open.md"), QStringLiteral("top.md") }));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY2(result.warnings.first().contains(QStringLiteral("Private")), qPrintable(result.warnings.first()));
#else
        QSKIP("permissions are tested on Unix");
#endif
    }

    void manyFoldersAreWalkedCompletely()
    {
        TestVault vault;
        QStringList expected;
        for (int i = 0; i < 30; ++i) {
            const QString path = QStringLiteral("L%1/M%2/note %3.md").arg(i % 3).arg(i % 7).arg(i);
            QVERIFY(vault.write(path, "x"));
            expected.append(path);
        }
        expected.sort();
        QCOMPARE(paths(VaultScanner::scan(vault.root())), expected);
    }
};

QTEST_GUILESS_MAIN(TestVaultScanner)
#include "tst_vaultscanner.moc"
