// SPDX-License-Identifier: GPL-3.0-or-later
// The words the search field completes: people (participants and owners together), tags and
// types, most used first with ties alphabetical, and the note count.

#include "core/query/vocabulary.h"
#include "queryfixture.h"

#include <QTest>

using core::Vocabulary;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void words()
    {
        queries::Vault vault;
        QVERIFY(vault.build());
        Vocabulary vocabulary(vault.db());
        const auto words = vocabulary.words();
        QVERIFY2(words, qPrintable(vocabulary.error()));
        // Alon Horev: 2 meetings and 3 tasks; Priya Patel: 1 and 1; then one use each, by name.
        QCOMPARE(words->people,
            (QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Priya Patel"),
                QStringLiteral("Jason Vallery"), QStringLiteral("Myself") }));
        QCOMPARE(words->tags.first(), QStringLiteral("apollo")); // ties by name
        QVERIFY(words->tags.contains(QStringLiteral("azure")));
        QVERIFY(words->tags.contains(QStringLiteral("followup")));
        QCOMPARE(
            words->types, (QStringList { QStringLiteral("customer"), QStringLiteral("people") }));
        QCOMPARE(vocabulary.noteCount(), std::optional<int>(4));
    }

    void emptyIndex()
    {
        TestVault files;
        auto index = fixture::openIndex(files);
        QVERIFY(index);
        Vocabulary vocabulary(index->database());
        const auto words = vocabulary.words();
        QVERIFY(words);
        QVERIFY(words->people.isEmpty());
        QVERIFY(words->tags.isEmpty());
        QVERIFY(words->types.isEmpty());
        QCOMPARE(vocabulary.noteCount(), std::optional<int>(0));
    }

    void failedRead()
    {
        Vocabulary vocabulary { QSqlDatabase() };
        QVERIFY(!vocabulary.words());
        QVERIFY(vocabulary.error().startsWith(QStringLiteral("cannot read the index")));
        QVERIFY(!Vocabulary { QSqlDatabase() }.noteCount());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
