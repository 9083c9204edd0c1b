// SPDX-License-Identifier: GPL-3.0-or-later
// NameMatch: what person:, owner:, the search field's completions and the People filter take for
// naming someone.

#include "core/model/namematch.h"

#include <QtTest>

using core::NameMatch;

class TestNameMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("expected");
        const QString alon = QStringLiteral("Alon Horev");
        QTest::newRow("exact: full name") << alon << alon << true;
        QTest::newRow("prefix: first name") << QStringLiteral("alon") << alon << true;
        QTest::newRow("prefix: last name") << QStringLiteral("horev") << alon << true;
        QTest::newRow("prefix: part of the first name") << QStringLiteral("al") << alon << true;
        QTest::newRow("prefix: two words") << QStringLiteral("alon h") << alon << true;
        QTest::newRow("prefix: two words, any order") << QStringLiteral("h alon") << alon << true;
        QTest::newRow("case: ALON") << QStringLiteral("ALON") << alon << true;
        QTest::newRow("case: name in capitals")
            << QStringLiteral("alon") << QStringLiteral("ALON HOREV") << true;
        QTest::newRow("accent: zoe finds Zoë")
            << QStringLiteral("zoe") << QStringLiteral("Zoë Kravitz") << true;
        QTest::newRow("accent: Zoë finds Zoe")
            << QStringLiteral("Zoë") << QStringLiteral("Zoe Kravitz") << true;
        QTest::newRow("accent: jose finds José")
            << QStringLiteral("jose") << QStringLiteral("José Álvarez") << true;
        QTest::newRow("accent: alvarez finds Álvarez")
            << QStringLiteral("alvarez") << QStringLiteral("José Álvarez") << true;
        QTest::newRow("accent: decomposed e and acute")
            << QStringLiteral("jose") << QStringLiteral("Jose\u0301") << true;
        QTest::newRow("accent: lodz finds Łódź")
            << QStringLiteral("lodz") << QStringLiteral("Łódź Team") << true;
        QTest::newRow("accent: strasse finds Straße")
            << QStringLiteral("strasse") << QStringLiteral("Anna Straße") << true;
        QTest::newRow("words: hyphenated name")
            << QStringLiteral("luc") << QStringLiteral("Jean-Luc Picard") << true;
        QTest::newRow("words: hyphen in the query")
            << QStringLiteral("jean-luc") << QStringLiteral("Jean-Luc Picard") << true;
        QTest::newRow("words: @ of an owner ignored") << QStringLiteral("@alon") << alon << true;
        QTest::newRow("words: no word, typed whole")
            << QStringLiteral("🙂") << QStringLiteral("🙂") << true;
        QTest::newRow("negative: lon is not a prefix") << QStringLiteral("lon") << alon << false;
        QTest::newRow("negative: orev is not a prefix") << QStringLiteral("orev") << alon << false;
        QTest::newRow("negative: a word too many")
            << QStringLiteral("alon horev x") << alon << false;
        QTest::newRow("negative: one name word for two query words")
            << QStringLiteral("al alon") << alon << false;
        QTest::newRow("negative: the same word twice")
            << QStringLiteral("alon alon") << QStringLiteral("Alon") << false;
        QTest::newRow("negative: longer than the word")
            << QStringLiteral("alonso") << alon << false;
        QTest::newRow("negative: another emoji")
            << QStringLiteral("🙂") << QStringLiteral("😀") << false;
        QTest::newRow("negative: empty query") << QString() << alon << false;
        QTest::newRow("negative: blank query") << QStringLiteral("  ") << alon << false;
        // Each query word takes a different name word: "a" must not take the word "al" needs.
        QTest::newRow("assignment: a al in Al Ab")
            << QStringLiteral("a al") << QStringLiteral("Al Ab") << true;
        QTest::newRow("two words: same first letter")
            << QStringLiteral("a a") << QStringLiteral("Anna Adler") << true;
    }

    void matches()
    {
        QFETCH(QString, query);
        QFETCH(QString, name);
        QFETCH(bool, expected);
        QCOMPARE(NameMatch(query).matches(name), expected);
    }

    void twoPeopleBothMatch()
    {
        const QStringList people { QStringLiteral("Alon Horev"), QStringLiteral("Alice Brown"),
            QStringLiteral("Bob Alvarez"), QStringLiteral("Carol Lane") };
        QStringList found;
        const NameMatch match(QStringLiteral("al"));
        for (const QString &person : people) {
            if (match.matches(person))
                found.append(person);
        }
        QCOMPARE(found,
            QStringList({ QStringLiteral("Alon Horev"), QStringLiteral("Alice Brown"),
                QStringLiteral("Bob Alvarez") }));
    }

    void aliasesMatchToo()
    {
        const QStringList me { QStringLiteral("Myself"), QStringLiteral("Jason Vallery") };
        QVERIFY(NameMatch(QStringLiteral("jason")).matchesAny(me));
        QVERIFY(NameMatch(QStringLiteral("myself")).matchesAny(me));
        QVERIFY(!NameMatch(QStringLiteral("alon")).matchesAny(me));
    }

    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("diaeresis") << QStringLiteral("Zoë") << QStringLiteral("zoe");
        QTest::newRow("acute") << QStringLiteral("José") << QStringLiteral("jose");
        QTest::newRow("compatibility ligature")
            << QStringLiteral("ﬁona") << QStringLiteral("fiona");
        QTest::newRow("plain") << QStringLiteral("Alon") << QStringLiteral("alon");
    }

    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(NameMatch::fold(text), folded);
    }
};

QTEST_APPLESS_MAIN(TestNameMatch)
#include "tst_namematch.moc"
