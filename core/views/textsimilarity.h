// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <string>
#include <unordered_map>

namespace core {

// Tells near-identical action items and decisions apart from merely related ones. Texts are
// reduced to content words (case-folded, stopwords and numbers dropped, light suffix stemming).
// Two texts match when
//   - their content words are the same, in the same order; or
//   - the shorter one (3+ words) appears in order inside the longer, at most twice as long; or
//   - they share at least kMinSharedWords distinct words, which cover kMinOverlap of the shorter
//     text, and no more shared words are out of order than words were changed (a reworded
//     paraphrase may move clauses; the same words in a new order, "A over B" and "B over A",
//     say something else).
// No ratio alone separates a reworded action item from a different one: "Review the proposal from
// AKS about X" and "... from Nscale about X" overlap more (6 of 7 words) than the seed note's
// restatements do (11 of 14). The absolute count does: the seed's restated actions and decisions
// share 11 to 27 words, while template tasks of vaultgen.py share at most 7 and its decisions 9.
class TextSimilarity final
{
public:
    static constexpr int kMinSharedWords = 10;
    static constexpr double kMinOverlap = 0.7;
    static constexpr int kMinContainedWords = 3;

    // A text as interned word ids; only comparable with fingerprints of the same instance.
    struct Fingerprint
    {
        QList<int> sequence; // content words in order, repeats kept
        QList<int> distinct; // sorted, unique
    };

    struct Comparison
    {
        int shared = 0; // distinct content words in both
        int inOrder = 0; // the most shared words in the same relative order (0 when not needed)
        int shorter = 0; // distinct content words of the shorter text
        int longer = 0;
        double score = 0.0; // Dice coefficient of the distinct words: 1 for the same words, in any order
        bool match = false;
    };

    Fingerprint fingerprint(QStringView text);
    static Comparison compare(const Fingerprint &a, const Fingerprint &b);
    // A one-off comparison of two texts.
    static Comparison compare(QStringView a, QStringView b);
    // The content words of a text, in order (for tests and diagnostics).
    static QStringList contentWords(QStringView text);

private:
    int id(const QString &contentWord);

    // std::hash of a u16string costs far less than qHash of a QString, which dominated the run.
    std::unordered_map<std::u16string, int> m_ids; // content word -> id
    std::unordered_map<std::u16string, int> m_byWord; // folded word as written -> id; -1: no content
    QString m_buffer;
};

} // namespace core
