// SPDX-License-Identifier: GPL-3.0-or-later
// TaskWriter's refusals that protect the user's files: a read-only note, a hard-linked note and
// sync-tool conflict copies. Each leaves every file byte for byte as it was.
#include "core/index/indexreader.h"
#include "core/index/vaultscanner.h"
#include "core/write/taskwriter.h"
#include "indexfixture.h"

#include <QTest>
#include <unistd.h>

class TestWriteSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readOnlyNoteIsRefused()
    {
        TestVault vault;
        const QByteArray note = "- [ ] task\n";
        QVERIFY(vault.write(QStringLiteral("a.md"), note));
        QFile::setPermissions(vault.filePath(QStringLiteral("a.md")), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto result = core::TaskWriter(*index).setStatus(QStringLiteral("a.md"), 1, QStringLiteral("x"));
        QCOMPARE(result.outcome, core::TaskWriter::Outcome::IoError);
        QVERIFY(result.message.contains(QStringLiteral("read-only")));
        QCOMPARE(vault.read(QStringLiteral("a.md")), note);
    }

    void hardLinkedNoteIsRefused()
    {
        TestVault vault;
        const QByteArray note = "- [ ] task\n";
        QVERIFY(vault.write(QStringLiteral("a.md"), note));
        const QByteArray other = QFile::encodeName(vault.root() + QStringLiteral("/../linked.md"));
        QCOMPARE(::link(QFile::encodeName(vault.filePath(QStringLiteral("a.md"))).constData(), other.constData()), 0);
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto result = core::TaskWriter(*index).setStatus(QStringLiteral("a.md"), 1, QStringLiteral("x"));
        QCOMPARE(result.outcome, core::TaskWriter::Outcome::IoError);
        QVERIFY(result.message.contains(QStringLiteral("hard-linked")));
        QCOMPARE(vault.read(QStringLiteral("a.md")), note);
    }

    void conflictNames_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("original");
        QTest::newRow("syncthing") << QStringLiteral("m/x.sync-conflict-20250101-120000-ABCDEF1.md") << QStringLiteral("m/x.md");
        QTest::newRow("syncthing without device") << QStringLiteral("x.sync-conflict-20250101-120000.md") << QStringLiteral("x.md");
        QTest::newRow("dropbox") << QStringLiteral("a b (Jo's conflicted copy 2025-01-02).md") << QStringLiteral("a b.md");
        QTest::newRow("dropbox, case") << QStringLiteral("a (Conflicted Copy).MD") << QStringLiteral("a.MD");
        QTest::newRow("not a conflict: plain") << QStringLiteral("x.md") << QString();
        QTest::newRow("not a conflict: parentheses") << QStringLiteral("1-1 (follow-up).md") << QString();
    }

    void conflictNames()
    {
        QFETCH(QString, path);
        QFETCH(QString, original);
        QCOMPARE(core::VaultScanner::conflictOriginal(path).value_or(QString()), original);
    }

    void conflictCopiesAreWarningsOnTheirNote()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("x.md"), "- [ ] one\n"));
        QVERIFY(vault.write(QStringLiteral("x.sync-conflict-20250101-120000-ABC.md"), "- [ ] one\n- [ ] two\n"));
        QVERIFY(vault.write(QStringLiteral("y (conflicted copy 2025-01-01).md"), "- [ ] orphan\n"));
        auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM notes")), 2);
        QCOMPARE(fixture::scalar(*index, QStringLiteral("SELECT count(*) FROM tasks")), 2); // not three
        const auto note = core::IndexReader(index->database()).note(QStringLiteral("x.md"));
        QVERIFY(note);
        QCOMPARE(note->warnings.size(), 1);
        QVERIFY(note->warnings.first().contains(QStringLiteral("sync conflict")));
        // Once resolved (the copy deleted), the warning goes away.
        QVERIFY(QFile::remove(vault.filePath(QStringLiteral("x.sync-conflict-20250101-120000-ABC.md"))));
        QVERIFY(fixture::update(*index));
        QVERIFY(core::IndexReader(index->database()).note(QStringLiteral("x.md"))->warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWriteSafety)
#include "tst_writesafety.moc"
