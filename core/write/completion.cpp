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

std::optional<Recurrence::Dates> Completion::currentDates(const QByteArray &line, const Task &task)
{
    // A field whose value is not a calendar date ("2022-02-30") is an invalid QDate: as the
    // reference date Tasks then creates no next occurrence; as another date it takes the new
    // reference date.
    const auto dateOf = [&](const std::optional<QString> &value, LineFields::Date field) -> std::optional<QDate> {
        if (value)
            return QDate::fromString(*value, Qt::ISODate);
        return LineFields::findDate(line, field) ? std::optional(QDate()) : std::nullopt;
    };
    const Recurrence::Dates dates { dateOf(task.start, LineFields::Date::Start),
                                    dateOf(task.scheduled, LineFields::Date::Scheduled),
                                    dateOf(task.due, LineFields::Date::Due) };
    for (const auto *reference : { &dates.due, &dates.scheduled, &dates.start }) {
        if (*reference)
            return (*reference)->isValid() ? std::optional(dates) : std::nullopt;
    }
    return dates;
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
        const auto dates = currentDates(before, *from);
        if (!rule) {
            outcome.warnings.append(QStringLiteral("the rule \"%1\" is not one Vaultview can follow: the task was "
                                                   "completed without a next occurrence")
                                        .arg(*from->recurrence));
        } else if (!dates) {
            outcome.warnings.append(QStringLiteral("the task's date is not a calendar date: it was completed without "
                                                   "a next occurrence"));
        } else if (const auto next = rule->next(*dates, today)) {
            outcome.lines.prepend(nextOccurrence(before, *next));
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
    const auto box = TaskLineParser::checkbox(Mojibake::repaired(NoteParser::decode(line)));
    if (box) // the prefix up to the status is ASCII: its offsets are the same in bytes
        out.replace(box->statusPos, line.indexOf(']', box->statusPos + 1) - box->statusPos, " ");
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
