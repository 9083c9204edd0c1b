// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// Walks a note body with md4c and collects what the note model needs from its structure:
// headings, the named sections, tasks (list items only, never code), inline tags and people lines.
// Nothing inside an HTML comment or an Obsidian "%% … %%" comment counts (see ObsidianComments).
class BodyParser final
{
public:
    struct Result
    {
        std::optional<QString> firstH1;
        std::optional<QString> summary;
        QStringList decisions;
        QStringList keyPoints;
        QStringList tags;
        QStringList people; // from "**With**:" style lines before the first level-2 heading
        QList<Task> tasks;
        QByteArray plainText; // UTF-8, for the full-text index
        bool truncated = false; // parsing stopped at the time budget (the thread's CPU time)

    };

    static constexpr qint64 kTimeBudgetMs = 5000;

    // `body` is UTF-8; `firstLine` is the file line number of its first byte.
    static Result parse(const QByteArray &body, int firstLine, qint64 timeBudgetMs = kTimeBudgetMs);
};

} // namespace core
