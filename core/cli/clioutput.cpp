// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/clioutput.h"

#include "core/cli/jsonwriter.h"
#include "core/cli/notejson.h"

namespace core {

QByteArray CliOutput::journalJson(const Journal::Entry &e)
{
    JsonWriter json;
    json.beginObject()
        .field("id", e.id)
        .field("batch", e.batch)
        .field("time", e.time.toString(Qt::ISODate))
        .field("path", e.path)
        .field("line", e.line)
        .field("old", e.oldText)
        .field("new", e.newText)
        .field("undone", e.undone);
    return json.endObject().take();
}

QString CliOutput::journalText(const Journal::Entry &e)
{
    return e.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ") + e.path
        + u':' + QString::number(e.line) + (e.undone ? QStringLiteral("  (undone)") : QString())
        + QStringLiteral("\n    - ") + e.oldText.trimmed() + QStringLiteral("\n    + ")
        + e.newText.trimmed();
}

QString CliOutput::humanTask(const Search::TaskHit &hit)
{
    const Task &t = hit.task;
    QString line = hit.path + u':' + QString::number(t.line) + QStringLiteral(": [") + t.status
        + QStringLiteral("] ") + t.text;
    if (t.owner)
        line += QStringLiteral(" @") + *t.owner;
    if (t.due)
        line += QStringLiteral(" due ") + *t.due;
    if (t.priority != u"normal")
        line += QStringLiteral(" (") + t.priority + u')';
    return line;
}

QByteArray CliOutput::taskJson(const Search::TaskHit &hit)
{
    JsonWriter json;
    json.beginObject()
        .field("path", hit.path)
        .field("note_title", hit.title)
        .field("note_date", hit.date);
    NoteJson::writeTask(json, hit.task);
    json.field("blocked", hit.blocked);
    return json.endObject().take();
}

QByteArray CliOutput::decisionJson(const DecisionLog::Entry &entry)
{
    JsonWriter json;
    json.beginObject()
        .field("path", entry.path)
        .field("title", entry.title)
        .field("date", entry.date)
        .field("people", entry.people)
        .field("text", entry.text)
        .field("merged", entry.merged)
        .endObject();
    return json.take();
}

QString CliOutput::decisionText(const DecisionLog::Entry &entry)
{
    QString line = entry.date.value_or(QStringLiteral("----------")) + QStringLiteral("  ") + entry.text;
    if (entry.merged > 1)
        line += QStringLiteral(" (stated ") + QString::number(entry.merged) + QStringLiteral(" times)");
    return line + QStringLiteral("  [") + entry.path + u']';
}

QByteArray CliOutput::personJson(const PeopleDirectory::Person &person)
{
    JsonWriter json;
    json.beginObject()
        .field("name", person.name)
        .field("me", person.isMe)
        .field("meetings", person.meetings)
        .field("last_meeting", person.lastMeeting)
        .field("open_owned", person.openOwned)
        .field("open_mine_with_them", person.openMineWithThem)
        .endObject();
    return json.take();
}

QString CliOutput::personText(const PeopleDirectory::Person &person)
{
    return person.name + (person.isMe ? QStringLiteral(" (me)") : QString()) + QStringLiteral(": ")
        + QString::number(person.meetings) + (person.meetings == 1 ? QStringLiteral(" meeting, last ") : QStringLiteral(" meetings, last "))
        + person.lastMeeting.value_or(QStringLiteral("never")) + QStringLiteral("; owns ")
        + QString::number(person.openOwned) + QStringLiteral(" open; I owe ")
        + QString::number(person.openMineWithThem) + QStringLiteral(" from our meetings");
}

QByteArray CliOutput::duplicatesJson(const DuplicateFinder::Group &group)
{
    JsonWriter json;
    json.beginObject().beginArray("tasks");
    for (const DuplicateFinder::Item &item : group.tasks)
        json.beginObject().field("path", item.path).field("line", item.line).field("text", item.text).endObject();
    json.endArray().endObject();
    return json.take();
}

QStringList CliOutput::duplicatesText(const DuplicateFinder::Group &group)
{
    QStringList lines { QString::number(group.tasks.size()) + QStringLiteral(" likely duplicates (similarity ")
                        + QString::number(group.score, 'f', 2) + u')' };
    for (const DuplicateFinder::Item &item : group.tasks) {
        const QString status = statusForState(item.state);
        QString line = QStringLiteral("  ") + item.path + u':' + QString::number(item.line) + QStringLiteral(": [")
            + (status.isEmpty() ? stateName(item.state) : status) + QStringLiteral("] ") + item.text;
        if (item.owner)
            line += QStringLiteral(" @") + *item.owner;
        if (item.due)
            line += QStringLiteral(" due ") + *item.due;
        lines.append(line);
    }
    return lines;
}

} // namespace core
