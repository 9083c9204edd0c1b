// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"

#include <optional>

namespace core {

// Reads one Markdown line as an Obsidian Tasks task: the checkbox, then the emoji and Dataview
// fields, tags and trailing @owner read from the end of the line, as the Tasks plugin does.
class TaskLineParser final
{
public:
    struct Checkbox
    {
        qsizetype statusPos = 0; // index of the status character in the line
        qsizetype statusLen = 0; // 1, or 2 for a surrogate pair
        qsizetype descriptionPos = 0; // index just after ']'
    };

    // The list marker and "[c]" followed by whitespace or the end of the line; nullopt otherwise.
    static std::optional<Checkbox> checkbox(QStringView line);
    // Parses a line whose text is already repaired; `line`/`section` are left for the caller.
    static std::optional<Task> parse(QStringView line);
    // Fills every field of `task` from its description (the text after the checkbox).
    static void parseDescription(QStringView description, Task &task);
};

} // namespace core
