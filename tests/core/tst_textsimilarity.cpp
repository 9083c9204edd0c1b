// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/views/textsimilarity.h"

#include <QTest>

using core::TextSimilarity;

namespace {

// Action items and decisions of the seed note (shared/seeds/meeting-note.md), by line.
const QString kSeed27 = QStringLiteral(
    "Meet with Kushal (Microsoft AI Infrastructure) on Friday, 2025-10-31, to discuss potential VAST Data deployment "
    "options for MAI outside Azure data centers and clarify target site, scale, timelines, and hardware profile.");
const QString kSeed45 = QStringLiteral(
    "Meet Kushal (Microsoft MAI) to discuss a potential VAST deployment outside Microsoft Azure data centers and "
    "clarify target site, scale, timeline, and hardware profile.");
const QString kSeed29 = QStringLiteral(
    "Send detailed notes to Alon Horev after the 2025-10-31 Kushal meeting, including MAI deployment scope, decision "
    "owners, and next-step recommendations for engaging Vipin and AKS/Apollo stakeholders.");
const QString kSeed47 = QStringLiteral(
    "Send notes from the Kushal meeting to Alon Horev to inform follow-up with Vipin and next steps on MAI and "
    "Project Apollo.");
const QString kSeed65 = QStringLiteral(
    "Alon Horev will wait until after Jason Vallery's Friday meeting with Kushal before following up with Vipin to "
    "avoid misalignment and to incorporate the latest MAI direction.");
const QString kSeed73 = QStringLiteral(
    "Alon Horev will wait until after Jason Vallery\u2019s Friday meeting with Kushal before following up with Vipin "
    "about MAI and Project Apollo alignment.");

} // namespace

class TestTextSimilarity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("stopwords, numbers and one-letter words dropped")
            << QStringLiteral("Meet with the team on 2025-10-31 at 3 pm") << QStringList { "meet", "team", "pm" };
        QTest::newRow("case folded, plurals and -ing/-ed/-ly stemmed")
            << QStringLiteral("Timelines Positioning Aligned Closely GPUs")
            << QStringList { "timeline", "position", "align", "close", "gpu" };
        QTest::newRow("straight and curly apostrophes split the same way")
            << QStringLiteral("Booker's team, Booker\u2019s team") << QStringList { "booker", "team", "booker", "team" };
        QTest::newRow("letters and digits together are one word")
            << QStringLiteral("S3 head on LSv4/LSv5 and H100s") << QStringList { "s3", "head", "lsv4", "lsv5", "h100" };
        QTest::newRow("a text of stopwords only stays whole")
            << QStringLiteral("  Do   it! ") << QStringList { "do it!" };
    }

    void contentWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QCOMPARE(TextSimilarity::contentWords(text), words);
    }

    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("match");
        QTest::newRow("same words, other case and punctuation")
            << QStringLiteral("Send the deck to Bob.") << QStringLiteral("send deck to bob") << true;
        QTest::newRow("shorter text inside the longer, in order")
            << QStringLiteral("Send deck to Bob") << QStringLiteral("Send the updated deck to Bob by Friday") << true;
        QTest::newRow("shorter text inside a text more than twice as long")
            << QStringLiteral("Send deck to Bob")
            << QStringLiteral("Send deck and budget forecast to Bob and Carol before the board review") << false;
        QTest::newRow("two-word texts only match when equal")
            << QStringLiteral("Call Bob") << QStringLiteral("Call Bob today") << false;
        QTest::newRow("template: same verb and counterpart, other topic")
            << QStringLiteral("Meet with Azure Storage about GPU utilization.")
            << QStringLiteral("Meet with Azure Storage about capacity rollout.") << false;
        QTest::newRow("template: same verb and topic, other counterpart")
            << QStringLiteral("Review the proposal from AKS about online reinforcement learning loop.")
            << QStringLiteral("Review the proposal from Nscale about online reinforcement learning loop.") << false;
        QTest::newRow("template: same counterpart and topic, other verb")
            << QStringLiteral("Share benchmark results with Microsoft AI Infrastructure about online reinforcement learning loop.")
            << QStringLiteral("Follow up with Microsoft AI Infrastructure about online reinforcement learning loop.") << false;
        QTest::newRow("decision: the same words with the priorities swapped")
            << QStringLiteral("the ODM partners will prioritize S3 multi-protocol head over online reinforcement learning loop.")
            << QStringLiteral("the ODM partners will prioritize online reinforcement learning loop over S3 multi-protocol head.")
            << false;
        QTest::newRow("decision: another subject")
            << QStringLiteral("Lambda will prioritize liquid-cooled SKU options over online reinforcement learning loop.")
            << QStringLiteral("AKS will prioritize liquid-cooled SKU options over online reinforcement learning loop.") << false;
        QTest::newRow("seed 27/45: the same meeting, reworded") << kSeed27 << kSeed45 << true;
        QTest::newRow("seed 29/47: reworded with clauses moved") << kSeed29 << kSeed47 << true;
        QTest::newRow("seed 65/73: a decision stated twice") << kSeed65 << kSeed73 << true;
        QTest::newRow("seed 27/29: different actions with shared names") << kSeed27 << kSeed29 << false;
        QTest::newRow("seed 45/47: different actions with shared names") << kSeed45 << kSeed47 << false;
    }

    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, match);
        const TextSimilarity::Comparison c = TextSimilarity::compare(a, b);
        QVERIFY2(c.match == match, qPrintable(QStringLiteral("shared %1 of %2/%3, in order %4, score %5")
                                                  .arg(c.shared).arg(c.shorter).arg(c.longer).arg(c.inOrder)
                                                  .arg(c.score)));
        const TextSimilarity::Comparison reversed = TextSimilarity::compare(b, a);
        QCOMPARE(reversed.match, c.match);
        QCOMPARE(reversed.score, c.score);
    }

    void scoreIsTheDiceCoefficientOfTheWords()
    {
        QCOMPARE(TextSimilarity::compare(u"Send the deck to Bob.", u"send deck to bob").score, 1.0);
        QCOMPARE(TextSimilarity::compare(u"Send deck to Bob", u"Send deck to Carol").score, 2.0 * 2 / 6);
        // The same words in another order score 1, but only the match rules decide.
        const TextSimilarity::Comparison reordered = TextSimilarity::compare(u"Send Bob the deck", u"Send the deck to Bob");
        QCOMPARE(reordered.score, 1.0);
        QVERIFY(!reordered.match);
        QVERIFY(TextSimilarity::compare(kSeed27, kSeed45).score < 1.0);
        QCOMPARE(TextSimilarity::compare(u"", u"anything").score, 0.0);
        QVERIFY(!TextSimilarity::compare(u"", u"").match);
    }

    void seedParaphrasesScoreAboveTheirNeighbours()
    {
        const double paraphrase = TextSimilarity::compare(kSeed29, kSeed47).score;
        QVERIFY(paraphrase > TextSimilarity::compare(kSeed29, kSeed45).score);
        QVERIFY(paraphrase > TextSimilarity::compare(kSeed27, kSeed47).score);
    }

    void fingerprintsOfOneInstanceShareWordIds()
    {
        TextSimilarity similarity;
        const auto a = similarity.fingerprint(u"Map Azure stakeholders");
        const auto b = similarity.fingerprint(u"map azure stakeholder");
        QCOMPARE(a.sequence, b.sequence);
        QCOMPARE(a.distinct.size(), 3);
        QVERIFY(TextSimilarity::compare(a, b).match);
    }
};

QTEST_GUILESS_MAIN(TestTextSimilarity)
#include "tst_textsimilarity.moc"
