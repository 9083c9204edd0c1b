// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Whether what someone typed (`person:alon`, the People filter) names a person: every word typed
// is the start of a different word of the name, in any order ("alon", "horev", "alon h" and
// "h alon" all name Alon Horev), ignoring case and accents ("zoe" names Zoë). Words are runs of
// letters and digits, so "@Alon", "[[Alon Horev]]" and "Horev, Alon" read as Alon Horev too.
class NameMatch final
{
public:
    explicit NameMatch(QStringView query);

    // Nothing to match with: no letter or digit and nothing else either.
    bool isEmpty() const { return m_whole.isEmpty(); }
    bool matches(QStringView name) const;
    // One person known by several names (me and my aliases): any of them.
    bool matchesAny(const QStringList &names) const;

    // Compatibility-decomposed, combining marks dropped, case-folded: "Zoë" and "ZOE" are "zoe".
    static QString fold(QStringView text);
    // The folded words of `text`.
    static QStringList words(QStringView text);

private:
    QString m_whole; // the whole query, folded: a name with no words must be typed in full
    QStringList m_words;
};

} // namespace core
