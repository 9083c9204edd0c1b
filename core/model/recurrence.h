// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recurrencetext.h"

#include <QDate>
#include <QString>
#include <optional>

namespace core {

// A Tasks recurrence rule ("every week on Monday when done") and the dates it leads to: the next
// occurrence Obsidian Tasks 7 (default settings) writes when a task with a 🔁 rule is completed
// (its Recurrence.ts and Occurrence.ts), the calendar counted by libical.
class Recurrence final
{
public:
    struct Dates
    {
        std::optional<QDate> start;
        std::optional<QDate> scheduled;
        std::optional<QDate> due;
        bool operator==(const Dates &) const = default;
    };
    // nullopt: a rule Vaultview cannot read (Tasks would not read it either, or we do not
    // support it).
    static std::optional<Recurrence> parse(QStringView text);
    // The dates of the next occurrence of a task that has `current` dates and is completed on
    // `today`. The reference date is due, else scheduled, else start; the next reference date
    // follows the rule from it (`when done`: from today); the other dates keep their distance in
    // days to it. A task with no dates gets Dates{} (a next occurrence without dates). nullopt when
    // Tasks would create no next occurrence (its reference date is not a date), or the rule leads
    // to no date (libical counts to the year 2582).
    std::optional<Dates> next(const Dates &current, const QDate &today) const;
    bool whenDone() const;
    // The RFC 5545 rule it stands for, e.g. "FREQ=WEEKLY;BYDAY=MO" (for tests and logs).
    QString rrule() const;

private:
    Recurrence(const RecurrenceText::Rule &rule, bool whenDone);
    std::optional<QDate> nextReferenceDate(QDate after) const;
    std::optional<QDate> firstAfter(const QDate &day) const;
    QByteArray libicalRule(const QDate &day, QDate &start) const;
    int monthsTasksAllows() const;
    int yearsTasksAllows() const;

    RecurrenceText::Rule m_rule;
    bool m_whenDone = false;
};

} // namespace core
