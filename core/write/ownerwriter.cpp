// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/ownerwriter.h"

#include "core/parse/tasklineparser.h"

namespace core {

namespace {

// Where the owner (without its '@') sits in `line`, and how long it is; or where to insert one.
struct Slot
{
    qsizetype pos = 0;
    qsizetype length = 0;
    bool hasOwner = false;
};

std::optional<Slot> ownerSlot(const QString &line, const Task &task, qsizetype descriptionPos)
{
    if (task.owner) {
        const qsizetype at = line.lastIndexOf(QStringLiteral(" @") + *task.owner);
        if (at < descriptionPos - 1)
            return std::nullopt;
        return Slot { at + 2, task.owner->size(), true };
    }
    if (task.text.isEmpty())
        return Slot { descriptionPos, 0, false };
    const qsizetype at = line.indexOf(task.text, descriptionPos);
    if (at < 0)
        return std::nullopt;
    return Slot { at + task.text.size(), 0, false };
}

} // namespace

OwnerWriter::OwnerWriter(TaskWriter &writer)
    : m_writer(writer)
{
}

std::optional<QString> OwnerWriter::rewriteLine(const QString &line, const QString &owner)
{
    const QString name = owner.trimmed().startsWith(u'@') ? owner.trimmed().mid(1).trimmed() : owner.trimmed();
    const auto box = TaskLineParser::checkbox(line);
    const auto task = TaskLineParser::parse(line);
    if (!box || !task || name.isEmpty() || name.contains(u'\n'))
        return std::nullopt;
    const auto slot = ownerSlot(line, *task, box->descriptionPos);
    if (!slot)
        return std::nullopt;
    QString result = line;
    if (slot->hasOwner)
        result.replace(slot->pos, slot->length, name);
    else
        result.insert(slot->pos, QStringLiteral(" @") + name);
    // Only a line that reads back with the new owner and the same text is written.
    const auto check = TaskLineParser::parse(result);
    if (!check || check->owner != name || check->text != task->text || check->status != task->status)
        return std::nullopt;
    return result;
}

TaskWriter::Result OwnerWriter::setOwner(const QString &path, int line, const QString &expectedLine,
                                         const QString &owner)
{
    const auto replacement = rewriteLine(expectedLine, owner);
    if (!replacement) {
        TaskWriter::Result result;
        result.outcome = TaskWriter::Outcome::NotATask;
        result.line = line;
        result.message = QStringLiteral("cannot make \"%1\" the owner of %2:%3").arg(owner, path).arg(line);
        return result;
    }
    if (*replacement == expectedLine) {
        TaskWriter::Result result;
        result.outcome = TaskWriter::Outcome::Unchanged;
        result.line = line;
        result.oldText = result.newText = expectedLine;
        return result;
    }
    return m_writer.replaceLine(path, line, expectedLine, *replacement);
}

} // namespace core
