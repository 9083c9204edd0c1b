// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/clioutput.h"
#include "core/index/indexreader.h"
#include "core/query/query.h"
#include "core/views/decisionlog.h"
#include "core/views/textsimilarity.h"
#include "viewsfixture.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using core::CliOutput;
using core::DecisionLog;

namespace {

const QString kSeed65 = QStringLiteral(
    "Alon Horev will wait until after Jason Vallery's Friday meeting with Kushal before following up with Vipin to "
    "avoid misalignment and to incorporate the latest MAI direction.");
const QString kSeed73 = QStringLiteral(
    "Alon Horev will wait until after Jason Vallery\u2019s Friday meeting with Kushal before following up with Vipin "
    "about MAI and Project Apollo alignment.");

bool writeVault(const TestVault &vault)
{
    return vault.addSeed(QStringLiteral("Meetings/2025/10/seed.md"))
        && vault.write(QStringLiteral("Meetings/later.md"), QByteArrayLiteral(R"(---
title: Budget review
date: '2025-11-02'
participants:
- Bob Smith
tags:
- budget
---

## Decisions

- The budget is frozen until Q1.
- Hiring continues as planned.
)")) && vault.write(QStringLiteral("Meetings/undated.md"), QByteArrayLiteral(R"(---
title: Undated
participants:
- Alon Horev
---

## Decisions

- An undated decision.
)")) && vault.write(QStringLiteral("Meetings/none.md"), QByteArrayLiteral(R"(---
title: No decisions
date: '2025-12-01'
participants:
- Alon Horev
---

## Summary

Nothing was decided.
)"));
}

QStringList paths(const QList<DecisionLog::Entry> &entries)
{
    QStringList out;
    for (const auto &entry : entries)
        out.append(entry.path);
    return out;
}

} // namespace

class TestDecisionLog : public QObject
{
    Q_OBJECT

private:
    views::IndexedVault m_vault;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(writeVault(m_vault.vault()));
        QVERIFY(m_vault.index());
    }

    void newestFirstWithRestatementsCollapsed()
    {
        DecisionLog log(m_vault.db());
        const auto entries = log.entries();
        QVERIFY2(entries, qPrintable(log.error()));
        const QString seed = QStringLiteral("Meetings/2025/10/seed.md");
        QCOMPARE(paths(*entries), (QStringList { "Meetings/later.md", "Meetings/later.md", seed, seed, seed, seed,
                                                 "Meetings/undated.md" }));
        const DecisionLog::Entry &first = entries->at(2);
        QCOMPARE(first.text, kSeed65);
        QCOMPARE(first.date, std::optional<QString>(QStringLiteral("2025-10-28")));
        QCOMPARE(first.people, (QStringList { "Alon Horev", "Jason Vallery" }));
        QVERIFY(first.title.startsWith(u"1:1 with Alon Horev"));
        for (qsizetype i = 2; i < 6; ++i)
            QCOMPARE(entries->at(i).merged, 2);
        QCOMPARE(entries->at(0).merged, 1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("no filter") << QString() << QString() << 7;
        QTest::newRow("person") << QStringLiteral("person:\"Alon Horev\"") << QString() << 5;
        QTest::newRow("not that person") << QStringLiteral("-person:\"Alon Horev\"") << QString() << 2;
        QTest::newRow("tag") << QStringLiteral("tag:budget") << QString() << 2;
        QTest::newRow("after a date leaves undated notes out") << QStringLiteral("after:2025-11-01") << QString() << 2;
        QTest::newRow("text, case-insensitive") << QString() << QStringLiteral("BUDGET") << 1;
        QTest::newRow("text found in a merged restatement only") << QString() << QStringLiteral("apollo") << 2;
        QTest::newRow("every word of the text") << QString() << QStringLiteral("apollo  prioritize") << 1;
        QTest::newRow("query and text") << QStringLiteral("person:\"Bob Smith\"") << QStringLiteral("hiring") << 1;
        QTest::newRow("nothing matches") << QStringLiteral("person:Nobody") << QString() << 0;
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(int, count);
        QString error;
        const auto parsed = core::Query::parse(query, &error);
        QVERIFY2(parsed, qPrintable(error));
        DecisionLog log(m_vault.db());
        const auto entries = log.entries(*parsed, text);
        QVERIFY2(entries, qPrintable(log.error()));
        QCOMPARE(entries->size(), count);
    }

    void collapse_data()
    {
        QTest::addColumn<QStringList>("decisions");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QList<int>>("merged");
        const QString a = QStringLiteral("Ship v2 on Monday.");
        const QString b = QStringLiteral("Keep the beta open.");
        QTest::newRow("a decision restated in other words") << QStringList { kSeed65, kSeed73 } << QStringList { kSeed65 }
                                                             << QList<int> { 2 };
        QTest::newRow("the same decision three times") << QStringList { a, QStringLiteral("ship v2 on monday"), a }
                                                       << QStringList { a } << QList<int> { 3 };
        QTest::newRow("repeats apart keep the first position") << QStringList { a, b, a } << QStringList { a, b }
                                                               << QList<int> { 2, 1 };
        const QString first = QStringLiteral(
            "the ODM partners will prioritize S3 multi-protocol head over online reinforcement learning loop.");
        const QString swapped = QStringLiteral(
            "the ODM partners will prioritize online reinforcement learning loop over S3 multi-protocol head.");
        QTest::newRow("priorities swapped stay apart") << QStringList { first, swapped } << QStringList { first, swapped }
                                                       << QList<int> { 1, 1 };
        const QString lambda = QStringLiteral("Lambda will prioritize liquid-cooled SKU options over AI WAN connectivity.");
        const QString aks = QStringLiteral("AKS will prioritize liquid-cooled SKU options over AI WAN connectivity.");
        QTest::newRow("another subject stays apart") << QStringList { lambda, aks } << QStringList { lambda, aks }
                                                     << QList<int> { 1, 1 };
        QTest::newRow("no decisions") << QStringList() << QStringList() << QList<int>();
    }

    void collapse()
    {
        QFETCH(QStringList, decisions);
        QFETCH(QStringList, texts);
        QFETCH(QList<int>, merged);
        const auto entries = DecisionLog::collapse(QStringLiteral("a.md"), QStringLiteral("A"), {}, {}, decisions);
        QStringList gotTexts;
        QList<int> gotMerged;
        for (const auto &entry : entries) {
            gotTexts.append(entry.text);
            gotMerged.append(entry.merged);
        }
        QCOMPARE(gotTexts, texts);
        QCOMPARE(gotMerged, merged);
    }

    void generatedVaultCollapsesOnlyRepeats()
    {
        views::IndexedVault generated;
        if (!generated.vault().generate(2000, 11, 0.03))
            QSKIP("python3 or shared/vaultgen.py is not available");
        QVERIFY(generated.index());
        core::IndexReader reader(generated.db());
        int notes = 0;
        int decisions = 0;
        int wrong = 0;
        QVERIFY(reader.forEachNote([&](const core::Note &note) {
            QSet<QStringList> distinct;
            for (const QString &decision : note.decisions)
                distinct.insert(core::TextSimilarity::contentWords(decision));
            const auto entries = DecisionLog::collapse(note.path, note.title, note.date, note.people, note.decisions);
            ++notes;
            decisions += int(note.decisions.size());
            if (entries.size() != distinct.size()) {
                ++wrong;
                qWarning("%s: %lld entries for %lld distinct decisions", qPrintable(note.path), qint64(entries.size()),
                         qint64(distinct.size()));
            }
        }));
        qInfo("2,000 generated notes: %d decisions, %d notes collapsed wrongly", decisions, wrong);
        QCOMPARE(notes, 2000);
        QCOMPARE(wrong, 0);
    }

    // More notes than read()'s first batches, many on the same day and some undated: the pages
    // follow each other without a gap or a repeat, in the order of one sorted query.
    void readResumesWhereItStopped()
    {
        views::IndexedVault big;
        for (int i = 0; i < 300; ++i) {
            const QByteArray date = i % 10 == 0 ? QByteArray()
                                                : "date: '2025-0" + QByteArray::number(1 + i % 3) + "-01'\n";
            const QByteArray person = i % 3 ? "Alon Horev" : "Bob Smith";
            QVERIFY(big.vault().write(QStringLiteral("Meetings/m%1.md").arg(i * 7919 % 1000, 3, 10, QChar(u'0')),
                                      "---\ntitle: M" + QByteArray::number(i) + "\n" + date + "participants:\n- "
                                          + person + "\n---\n\n## Decisions\n\n- Decision one of "
                                          + QByteArray::number(i) + ".\n- Another, number " + QByteArray::number(i)
                                          + ".\n"));
        }
        QVERIFY(big.index());
        QSqlQuery sorted(big.db());
        QVERIFY(sorted.exec(QStringLiteral("SELECT path FROM notes WHERE decisions != ''"
                                           " ORDER BY date IS NULL, date DESC, path")));
        QStringList expected;
        while (sorted.next())
            expected << sorted.value(0).toString() << sorted.value(0).toString();
        DecisionLog log(big.db());
        const auto all = log.entries();
        QVERIFY2(all, qPrintable(log.error()));
        QCOMPARE(paths(*all), expected);
        // One note per read().
        const auto query = core::Query::parse(QStringLiteral("person:\"Alon Horev\""));
        QVERIFY(query);
        const auto alon = log.entries(*query);
        QVERIFY(alon && alon->size() == 400);
        QList<DecisionLog::Entry> stepped;
        DecisionLog::Cursor cursor;
        for (int reads = 0; !cursor.atEnd() && reads < 1000; ++reads) {
            QVERIFY(log.read(*query, QString(), cursor, [&stepped](QList<DecisionLog::Entry> &&entries) {
                stepped += entries;
                return false;
            }));
        }
        QCOMPARE(paths(stepped), paths(*alon));
        QCOMPARE(stepped.last().text, alon->last().text);
        QVERIFY(stepped.first().date.has_value());
        QVERIFY(!stepped.last().date.has_value());
    }

    void lines()
    {
        const DecisionLog::Entry entry { QStringLiteral("a.md"), QStringLiteral("A"), QStringLiteral("2025-10-01"),
                                         QStringList { QStringLiteral("Alon Horev") }, QStringLiteral("Say \"yes\""), 2 };
        QCOMPARE(CliOutput::decisionJson(entry),
                 QByteArray("{\"path\":\"a.md\",\"title\":\"A\",\"date\":\"2025-10-01\",\"people\":[\"Alon Horev\"],"
                            "\"text\":\"Say \\\"yes\\\"\",\"merged\":2}"));
        QCOMPARE(CliOutput::decisionText(entry), QStringLiteral("2025-10-01  Say \"yes\" (stated 2 times)  [a.md]"));
        const DecisionLog::Entry undated { QStringLiteral("b.md"), QStringLiteral("B"), {}, {}, QStringLiteral("No"), 1 };
        QCOMPARE(CliOutput::decisionText(undated), QStringLiteral("----------  No  [b.md]"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionLog)
#include "tst_decisionlog.moc"
