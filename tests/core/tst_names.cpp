// SPDX-License-Identifier: GPL-3.0-or-later
// People's names: trimmed, [[ ]] stripped ([[Name|Alias]] keeps Name), a leading @ stripped,
// deduplicated case-insensitively and sorted.

#include "core/model/names.h"

#include <QtTest>

using core::Names;

class TestNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void splitPeople_data();
    void splitPeople();
    void canonical_data();
    void canonical();
};

void TestNames::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("name");
    QTest::newRow("name: plain") << QStringLiteral("Alon Horev") << QStringLiteral("Alon Horev");
    QTest::newRow("name: trimmed")
        << QStringLiteral("  Alon Horev \t") << QStringLiteral("Alon Horev");
    QTest::newRow("name: wikilink")
        << QStringLiteral("[[Jason Vallery]]") << QStringLiteral("Jason Vallery");
    QTest::newRow("name: wikilink with alias keeps the name")
        << QStringLiteral("[[Jason Vallery|Jason]]") << QStringLiteral("Jason Vallery");
    QTest::newRow("name: spaces inside the wikilink")
        << QStringLiteral(" [[ Zoë O'Brien ]] ") << QStringLiteral("Zoë O'Brien");
    QTest::newRow("name: leading @")
        << QStringLiteral("@Alon Horev") << QStringLiteral("Alon Horev");
    QTest::newRow("name: @ inside is kept")
        << QStringLiteral("bob@example.com") << QStringLiteral("bob@example.com");
    QTest::newRow("name: unclosed wikilink is kept")
        << QStringLiteral("[[Alon") << QStringLiteral("[[Alon");
    QTest::newRow("name: caseless script") << QStringLiteral("@李雷") << QStringLiteral("李雷");
    QTest::newRow("name: empty") << QStringLiteral("   ") << QString();
}

void TestNames::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, name);
    QCOMPARE(Names::normalize(raw), name);
}

void TestNames::splitPeople_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("split: comma-separated")
        << QStringLiteral("Jason Vallery, Alon Horev")
        << QStringList { QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") };
    QTest::newRow("split: wikilinks and @")
        << QStringLiteral("[[Jason Vallery|JV]], @Alon Horev")
        << QStringList { QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") };
    QTest::newRow("split: empty items dropped") << QStringLiteral(
        " , A,, ,B ,") << QStringList { QStringLiteral("A"), QStringLiteral("B") };
    QTest::newRow("split: nothing") << QString() << QStringList();
}

void TestNames::splitPeople()
{
    QFETCH(QString, list);
    QFETCH(QStringList, names);
    QCOMPARE(Names::splitPeople(list), names);
}

void TestNames::canonical_data()
{
    QTest::addColumn<QStringList>("raw");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("people: sorted")
        << QStringList { QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") }
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") };
    QTest::newRow("people: deduplicated case-insensitively, first spelling kept") << QStringList {
        QStringLiteral("alon horev"), QStringLiteral("Alon Horev"), QStringLiteral("ALON HOREV")
    } << QStringList { QStringLiteral("alon horev") };
    QTest::newRow("people: normalized before deduplicating")
        << QStringList { QStringLiteral("[[Alon Horev]]"), QStringLiteral("@Alon Horev"),
               QStringLiteral(" Alon Horev ") }
        << QStringList { QStringLiteral("Alon Horev") };
    QTest::newRow("people: empties dropped") << QStringList { QString(), QStringLiteral("  "),
        QStringLiteral("[[]]"), QStringLiteral("@") }
                                             << QStringList();
}

void TestNames::canonical()
{
    QFETCH(QStringList, raw);
    QFETCH(QStringList, names);
    QCOMPARE(Names::canonical(raw), names);
}

QTEST_APPLESS_MAIN(TestNames)
#include "tst_names.moc"
