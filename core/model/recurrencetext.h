// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace core {

// rrule.js's English rule grammar (RRule.parseText, src/nlp/parsetext.ts), which Obsidian Tasks
// reads 🔁 rules with, ported token for token: its longest-match tokens without word boundaries,
// and its leniency ("every day, please" is "every day": the parse stops at a word it does not
// know) are what decides which rules Tasks accepts.
class RecurrenceText final
{
public:
    enum class Frequency { Yearly, Monthly, Weekly, Daily };
    struct Weekday
    {
        int day = 0; // 0 Monday … 6 Sunday, as rrule.js counts
        int nth = 0; // 2: the second in the month (or year); -1: the last; 0: every
        bool operator==(const Weekday &) const = default;
    };
    // The rule as rrule.js's parser leaves its options; empty lists are options it did not set.
    struct Rule
    {
        Frequency frequency = Frequency::Daily;
        int interval = 1;
        QList<int> byMonth; // 1…12
        QList<int> byMonthDay; // 1…31, -1 the last
        QList<Weekday> byDay;
        QList<int> byHour; // "at 9": a time of day, which moves no date
        bool operator==(const Rule &) const = default;
    };

    // nullopt for text rrule.js does not read, and for what Vaultview does not follow: hourly and
    // minutely rules, "for N times", "until …", week numbers, hours past 23, intervals past 32767,
    // days of the month in a rule of every N > 1 weeks, and the nth weekday of a year on a day of
    // the month. Days no month has ("the 32nd", "the 6th Friday") are kept, as rrule.js keeps them.
    static std::optional<Rule> parse(QStringView text);
    // "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1,15", in the order FREQ, INTERVAL, BYMONTH, BYMONTHDAY,
    // BYDAY, BYHOUR.
    static QString rrule(const Rule &rule);
};

} // namespace core
