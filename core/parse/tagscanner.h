// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Finds Obsidian inline tags: '#' after the start of a line or whitespace, then letters, digits,
// '_', '-' or '/', with at least one non-digit ("#2025", "C#" and "page#anchor" are not tags).
class TagScanner final
{
public:
    // `before` is the character preceding text[0]; '\n' when text starts a line.
    static void scan(QStringView text, QChar before, QStringList &tags);
    static QStringList scan(QStringView text)
    {
        QStringList tags;
        scan(text, u'\n', tags);
        return tags;
    }
    // Whether the whole of `token` is one tag, '#' included.
    static bool isTag(QStringView token);
    // Adds `tags` to `into`, skipping any already there in another case.
    static void mergeUnique(QStringList &into, const QStringList &tags);
    static void sortCaseInsensitive(QStringList &tags);

private:
    // Length of the tag body starting at `from` (just after '#'); 0 when there is none.
    static qsizetype tagLength(QStringView text, qsizetype from);
};

} // namespace core
