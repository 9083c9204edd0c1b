// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/views/textsimilarity.h"

#include <QSet>
#include <algorithm>

namespace core {

namespace {

const QSet<QString> &stopwords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and",
            "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each",
            "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "him", "his", "how", "i", "if", "in", "including", "into", "is", "it", "its", "just", "may",
            "me", "might", "more", "most", "must", "my", "no", "nor", "not", "now", "of", "off", "on",
            "once", "only", "onto", "or", "other", "our", "ours", "out", "over", "own", "per", "same",
            "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
            "until", "up", "upon", "very", "via", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "within", "without", "would", "you", "your",
        };
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isNumber(const QString &word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// Enough stemming for "timelines"/"timeline", "remains"/"remain", "positioning"/"position".
QString stem(QString word)
{
    const qsizetype n = word.size();
    if (n > 5 && word.endsWith(u"ies"))
        return word.chopped(3) + u'y';
    if (n > 5 && word.endsWith(u"ing"))
        return word.chopped(3);
    if (n > 4 && (word.endsWith(u"ed") || word.endsWith(u"ly")))
        return word.chopped(2);
    if (n > 3 && word.endsWith(u's') && !word.endsWith(u"ss"))
        return word.chopped(1);
    return word;
}

// Calls visit(word) with each word of the text, case-folded, in a reused buffer.
template<typename Visit>
void forEachWord(QStringView text, QString &buffer, Visit visit)
{
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        buffer.clear();
        for (; i < text.size() && isWordChar(text.at(i)); ++i)
            buffer.append(text.at(i).toCaseFolded());
        visit(std::as_const(buffer));
    }
}

// The stemmed form of a folded word, or nothing for a word that carries no content.
QString contentWord(const QString &folded)
{
    if (folded.size() < 2 || isNumber(folded) || stopwords().contains(folded))
        return {};
    return stem(folded);
}

// A text without any content word keeps itself as one word, so that "Do it." still equals "do it".
QString wholeText(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

QStringList words(QStringView text)
{
    QStringList out;
    QString buffer;
    forEachWord(text, buffer, [&out](const QString &word) {
        if (QString content = contentWord(word); !content.isEmpty())
            out.append(content);
    });
    if (out.isEmpty() && !wholeText(text).isEmpty())
        out.append(wholeText(text));
    return out;
}

int sortedIntersection(const QList<int> &a, const QList<int> &b)
{
    int shared = 0;
    for (auto i = a.cbegin(), j = b.cbegin(); i != a.cend() && j != b.cend();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

bool isSubsequence(const QList<int> &shorter, const QList<int> &longer)
{
    auto at = longer.cbegin();
    for (const int word : shorter) {
        at = std::find(at, longer.cend(), word);
        if (at == longer.cend())
            return false;
        ++at;
    }
    return true;
}

QList<int> firstOccurrences(const QList<int> &sequence)
{
    QList<int> out;
    QSet<int> seen;
    for (const int word : sequence) {
        if (!seen.contains(word)) {
            seen.insert(word);
            out.append(word);
        }
    }
    return out;
}

int longestCommonSubsequence(const QList<int> &a, const QList<int> &b)
{
    QList<int> previous(b.size() + 1, 0);
    QList<int> current(b.size() + 1, 0);
    for (const int x : a) {
        for (qsizetype j = 0; j < b.size(); ++j)
            current[j + 1] = x == b.at(j) ? previous.at(j) + 1 : std::max(previous.at(j + 1), current.at(j));
        std::swap(previous, current);
    }
    return previous.at(b.size());
}

} // namespace

int TextSimilarity::id(const QString &contentWord)
{
    const auto [it, added] = m_ids.try_emplace(contentWord.toStdU16String(), int(m_ids.size()));
    return it->second;
}

TextSimilarity::Fingerprint TextSimilarity::fingerprint(QStringView text)
{
    Fingerprint print;
    std::u16string key;
    forEachWord(text, m_buffer, [this, &print, &key](const QString &word) {
        key.assign(reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size()));
        auto it = m_byWord.find(key);
        if (it == m_byWord.end()) {
            const QString content = contentWord(word);
            it = m_byWord.emplace(key, content.isEmpty() ? -1 : id(content)).first;
        }
        if (it->second >= 0)
            print.sequence.append(it->second);
    });
    if (print.sequence.isEmpty()) {
        if (const QString whole = wholeText(text); !whole.isEmpty())
            print.sequence.append(id(whole));
    }
    print.distinct = print.sequence;
    std::sort(print.distinct.begin(), print.distinct.end());
    print.distinct.erase(std::unique(print.distinct.begin(), print.distinct.end()), print.distinct.end());
    return print;
}

TextSimilarity::Comparison TextSimilarity::compare(const Fingerprint &a, const Fingerprint &b)
{
    Comparison c;
    c.shared = sortedIntersection(a.distinct, b.distinct);
    c.shorter = int(std::min(a.distinct.size(), b.distinct.size()));
    c.longer = int(std::max(a.distinct.size(), b.distinct.size()));
    if (c.shorter == 0)
        return c;
    c.score = 2.0 * c.shared / (c.shorter + c.longer);
    if (a.sequence == b.sequence) {
        c.score = 1.0;
        c.match = true;
        return c;
    }
    const bool aShorter = a.sequence.size() <= b.sequence.size();
    const QList<int> &shortSeq = aShorter ? a.sequence : b.sequence;
    const QList<int> &longSeq = aShorter ? b.sequence : a.sequence;
    if (shortSeq.size() >= kMinContainedWords && longSeq.size() <= 2 * shortSeq.size()
        && isSubsequence(shortSeq, longSeq)) {
        c.match = true;
        return c;
    }
    if (c.shared < kMinSharedWords || c.shared < kMinOverlap * c.shorter)
        return c;
    c.inOrder = longestCommonSubsequence(firstOccurrences(a.sequence), firstOccurrences(b.sequence));
    const int changed = c.shorter + c.longer - 2 * c.shared;
    c.match = c.shared - c.inOrder <= changed;
    return c;
}

TextSimilarity::Comparison TextSimilarity::compare(QStringView a, QStringView b)
{
    TextSimilarity similarity;
    const Fingerprint first = similarity.fingerprint(a);
    return compare(first, similarity.fingerprint(b));
}

QStringList TextSimilarity::contentWords(QStringView text)
{
    return words(text);
}

} // namespace core
