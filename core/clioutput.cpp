#include "clioutput.h"

#include "jsonwriter.h"

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

} // namespace core
