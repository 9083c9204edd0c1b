// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/completion.h"

#include "core/model/task.h"
#include "core/parse/mojibake.h"
#include "core/parse/noteparser.h"
#include "core/parse/tasklineparser.h"
#include "core/write/linefields.h"
#include "core/write/logging.h"

#include <QDate>

namespace core {

namespace {

std::optional<Task> parsed(const QByteArray &line)
{
    return TaskLineParser::parse(Mojibake::repaired(NoteParser::decode(line)));
}

} // namespace

Recurrence::Dates Completion::currentDates(const QByteArray &line, const Task &task)
{
    // A field whose value is not a calendar date ("2022-02-30") is an invalid QDate, which the
    // engine treats as Tasks does: as the reference date it leads nowhere, as another date it
    // takes the new reference date.
    const auto dateOf = [&](const std::optional<QString> &value, LineFields::Date field) -> std::optional<QDate> {
        if (value)
            return QDate::fromString(*value, Qt::ISODate);
        return LineFields::findDate(line, field) ? std::optional(QDate()) : std::nullopt;
    };
    return { dateOf(task.start, LineFields::Date::Start), dateOf(task.scheduled, LineFields::Date::Scheduled),
             dateOf(task.due, LineFields::Date::Due) };
}

Completion::Outcome Completion::apply(const QByteArray &before, const QByteArray &after, const QDate &today)
{
    Outcome outcome { { after }, {} };
    const auto from = parsed(before);
    const auto to = parsed(after);
    if (!from || !to || from->state == TaskState::Done || to->state != TaskState::Done)
        return outcome;
    if (from->recurrence) {
        const auto rule = Recurrence::parse(*from->recurrence);
        const auto next = rule ? rule->next(currentDates(before, *from), today) : std::nullopt;
        if (next) {
            outcome.lines.prepend(nextOccurrence(before, *next));
        } else {
            const QString why = rule ? QStringLiteral("from its dates (is one of them not a calendar date?)")
                                     : QStringLiteral("because Vaultview cannot read its rule");
            outcome.warnings.append(QStringLiteral("\"%1\" gives no next occurrence %2: the task was completed "
                                                   "without one")
                                        .arg(*from->recurrence, why));
        }
    }
    if (from->onCompletion == u"delete")
        outcome.lines.removeLast();
    for (const QString &warning : std::as_const(outcome.warnings))
        qCInfo(lcWriter) << warning;
    return outcome;
}

QByteArray Completion::nextOccurrence(const QByteArray &line, const Recurrence::Dates &dates)
{
    QByteArray out = line;
    LineFields::setStatus(out, " ");
    const struct
    {
        LineFields::Date field;
        const std::optional<QDate> &value;
    } moved[] = { { LineFields::Date::Start, dates.start },
                  { LineFields::Date::Scheduled, dates.scheduled },
                  { LineFields::Date::Due, dates.due } };
    for (const auto &date : moved) {
        if (date.value && date.value->isValid())
            LineFields::setDate(out, date.field, *date.value);
    }
    for (const auto field : { LineFields::Date::Done, LineFields::Date::Cancelled, LineFields::Date::Created })
        LineFields::removeDate(out, field);
    LineFields::removeValueField(out, QStringLiteral("🆔"), "id");
    LineFields::removeValueField(out, QStringLiteral("⛔"), "dependsOn");
    LineFields::removeBlockId(out);
    return out;
}

} // namespace core
