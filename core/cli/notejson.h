// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace core {

struct Note;
struct Task;
class JsonWriter;

// The JSON shapes of `vaultview-cli`: a note for `export`, a task for `tasks --json`.
class NoteJson final
{
public:
    static QByteArray note(const Note &note);
    static void writeTask(JsonWriter &json, const Task &task);
    // A note summary for search results: everything but tasks.
    static QByteArray noteSummary(const Note &note, int openTasks);
};

} // namespace core
