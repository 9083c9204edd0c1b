// SPDX-License-Identifier: GPL-3.0-or-later
// Reassigning a task: the trailing @owner is replaced (or added before the fields), every other
// byte of the file is kept, the write is journaled and undoable, and a stale line is refused.

#include "core/index/indexer.h"
#include "core/index/journal.h"
#include "core/index/vaultindex.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "core/write/ownerwriter.h"
#include "core/write/taskwriter.h"
#include "testvault.h"

#include <QTest>

using core::OwnerWriter;

class tst_OwnerWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewriteLine_data();
    void rewriteLine();
    void writesOneLineAndUndoes();
    void refusesAStaleLine();
};

void tst_OwnerWriter::rewriteLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("expected");
    QTest::newRow("replace") << QStringLiteral("- [?] Book the room @Priya Patel")
                             << QStringLiteral("Alon Horev")
                             << QStringLiteral("- [?] Book the room @Alon Horev");
    QTest::newRow("before fields")
        << QStringLiteral("- [ ] Draft the plan @Alon Horev 📅 2025-01-20 ⏫ #apollo")
        << QStringLiteral("@Bob") << QStringLiteral("- [ ] Draft the plan @Bob 📅 2025-01-20 ⏫ #apollo");
    QTest::newRow("add") << QStringLiteral("  - [ ] Ship it 📅 2025-01-20")
                         << QStringLiteral("Myself")
                         << QStringLiteral("  - [ ] Ship it @Myself 📅 2025-01-20");
    QTest::newRow("add plain") << QStringLiteral("- [ ] Ship it") << QStringLiteral("Zoë Ng")
                               << QStringLiteral("- [ ] Ship it @Zoë Ng");
    QTest::newRow("not a task") << QStringLiteral("Just text @Bob") << QStringLiteral("Carol")
                                << QString();
    QTest::newRow("not a name") << QStringLiteral("- [ ] Ship it") << QStringLiteral("lower case")
                                << QString();
}

void tst_OwnerWriter::rewriteLine()
{
    QFETCH(QString, line);
    QFETCH(QString, owner);
    QFETCH(QString, expected);
    QCOMPARE(OwnerWriter::rewriteLine(line, owner).value_or(QString()), expected);
}

void tst_OwnerWriter::writesOneLineAndUndoes()
{
    TestVault vault;
    const QByteArray before = "# N\r\n\r\n- [?] Book the room @Priya Patel 📅 2025-02-10\r\n"
                              "- [ ] Other @Priya Patel\r\n";
    QVERIFY(vault.write(QStringLiteral("a.md"), before));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open());
    QVERIFY(core::Indexer(index).update());
    core::TaskWriter writer(index);
    OwnerWriter owners(writer);
    const auto result = owners.setOwner(QStringLiteral("a.md"), 3,
        QStringLiteral("- [?] Book the room @Priya Patel 📅 2025-02-10"), QStringLiteral("Alon Horev"));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(vault.read(QStringLiteral("a.md")),
             QByteArray("# N\r\n\r\n- [?] Book the room @Alon Horev 📅 2025-02-10\r\n"
                        "- [ ] Other @Priya Patel\r\n"));
    // Re-indexed: the owner query finds it.
    const auto query = core::Query::parse(QStringLiteral("owner:\"Alon Horev\""));
    QVERIFY(query);
    const auto hits = core::Search(index.database()).tasks(*query);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QVERIFY(writer.undo().ok);
    QCOMPARE(vault.read(QStringLiteral("a.md")), before);
}

void tst_OwnerWriter::refusesAStaleLine()
{
    TestVault vault;
    const QByteArray before = "- [ ] Ship it @Bob\n";
    QVERIFY(vault.write(QStringLiteral("a.md"), before));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open());
    QVERIFY(core::Indexer(index).update());
    core::TaskWriter writer(index);
    const auto result = OwnerWriter(writer).setOwner(
        QStringLiteral("a.md"), 1, QStringLiteral("- [ ] Ship that @Bob"), QStringLiteral("Carol"));
    QVERIFY(!result.ok());
    QCOMPARE(vault.read(QStringLiteral("a.md")), before);
}

QTEST_GUILESS_MAIN(tst_OwnerWriter)
#include "tst_ownerwriter.moc"
