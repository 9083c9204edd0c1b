// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Person names as written in frontmatter and "**With**:" lines: "[[Name|Alias]]", "@Name", "Name".
class Names final
{
public:
    static QString normalize(QStringView name);
    // Splits a comma-separated list and normalizes each name.
    static QStringList splitPeople(QStringView list);
    // Normalizes, drops empties, deduplicates case-insensitively (first spelling wins) and sorts.
    static QStringList canonical(const QStringList &names);
};

} // namespace core
