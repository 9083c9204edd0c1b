// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/notejson.h"

#include "core/cli/jsonwriter.h"
#include "core/model/note.h"

namespace core {

namespace {

void writeNoteFields(JsonWriter &json, const Note &note)
{
    json.field("path", note.path)
        .field("title", note.title)
        .field("date", note.date)
        .field("type", note.type)
        .field("people", note.people)
        .field("tags", note.tags)
        .field("summary", note.summary)
        .field("decisions", note.decisions)
        .field("key_points", note.keyPoints)
        .field("warnings", note.warnings);
}

} // namespace

void NoteJson::writeTask(JsonWriter &json, const Task &task)
{
    json.field("line", task.line)
        .field("status", task.status)
        .field("state", stateName(task.state))
        .field("text", task.text)
        .field("owner", task.owner)
        .field("due", task.due)
        .field("scheduled", task.scheduled)
        .field("start", task.start)
        .field("created", task.created)
        .field("done", task.done)
        .field("cancelled", task.cancelled)
        .field("recurrence", task.recurrence)
        .field("priority", task.priority)
        .field("id", task.id)
        .field("depends_on", task.dependsOn)
        .field("on_completion", task.onCompletion)
        .field("tags", task.tags)
        .field("section", task.section)
        .field("warnings", task.warnings);
}

QByteArray NoteJson::note(const Note &note)
{
    JsonWriter json;
    json.beginObject();
    writeNoteFields(json, note);
    json.beginArray("tasks");
    for (const Task &task : note.tasks) {
        json.beginObject();
        writeTask(json, task);
        json.endObject();
    }
    json.endArray().endObject();
    return json.take();
}

QByteArray NoteJson::noteSummary(const Note &note, int openTasks)
{
    JsonWriter json;
    json.beginObject();
    writeNoteFields(json, note);
    json.field("open_tasks", openTasks);
    return json.endObject().take();
}

} // namespace core
