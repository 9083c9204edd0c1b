// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/namematch.h"

#include <QList>
#include <utility>

namespace core {

namespace {

// Letters that carry their accent in themselves and so survive decomposition; Latin names meet
// them often enough that "lodz" should find Łódź.
QStringView plainLetters(QChar c)
{
    switch (c.unicode()) {
    case u'ß':
        return u"ss";
    case u'ł':
        return u"l";
    case u'ø':
        return u"o";
    case u'đ':
        return u"d";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

// Can each query word from `next` on start a distinct name word not yet `used`? Names have a few
// words, so trying every assignment costs nothing, and a greedy one would miss "a al" in "Al Ab".
bool assign(const QStringList &query, qsizetype next, const QStringList &name, QList<bool> &used)
{
    if (next == query.size())
        return true;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (used[i] || !name[i].startsWith(query[next]))
            continue;
        used[i] = true;
        if (assign(query, next + 1, name, used))
            return true;
        used[i] = false;
    }
    return false;
}

} // namespace

NameMatch::NameMatch(QStringView query)
    : m_whole(fold(query.trimmed()))
    , m_words(words(query))
{ }

QString NameMatch::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out += c;
    }
    out = out.toCaseFolded();
    for (qsizetype i = out.size() - 1; i >= 0; --i) {
        if (const QStringView plain = plainLetters(out[i]); !plain.isEmpty())
            out.replace(i, 1, plain.toString());
    }
    return out;
}

QStringList NameMatch::words(QStringView text)
{
    const QString folded = fold(text);
    QStringList out;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out.append(std::exchange(word, QString()));
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

bool NameMatch::matches(QStringView name) const
{
    if (m_whole.isEmpty())
        return false;
    if (m_words.isEmpty())
        return fold(name.trimmed()) == m_whole;
    const QStringList nameWords = words(name);
    if (nameWords.size() < m_words.size())
        return false;
    QList<bool> used(nameWords.size(), false);
    return assign(m_words, 0, nameWords, used);
}

bool NameMatch::matchesAny(const QStringList &names) const
{
    for (const QString &name : names) {
        if (matches(name))
            return true;
    }
    return false;
}

} // namespace core
