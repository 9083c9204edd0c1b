// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The recurrence vectors of Obsidian Tasks' own tests and docs (see tst_recurrence.cpp), shared by
// the engine's test and the command line's round trip.

namespace recurrencecases {

// One completion: the rule, the task's dates, the day it is done, and the next task's dates.
struct Completion
{
    const char *name = nullptr;
    const char *rule = nullptr;
    const char *start = nullptr;
    const char *scheduled = nullptr;
    const char *due = nullptr;
    const char *today = nullptr; // only `when done` reads it
    const char *nextStart = nullptr;
    const char *nextScheduled = nullptr;
    const char *nextDue = nullptr;
};

// clang-format off
inline const Completion tasksTests[] = {
    // tests/Task/Recurrence.test.ts
    { .name = "tasks: every week without dates makes a next task without dates", .rule = "every week" },
    { .name = "tasks: every month from Jan 31 clamps to Feb 28", .rule = "every month", .due = "2022-01-31", .nextDue = "2022-02-28" },
    { .name = "tasks: every 3 months from Jan 31 clamps to Apr 30", .rule = "every 3 months", .due = "2022-01-31", .nextDue = "2022-04-30" },
    { .name = "tasks: every 2 months from Dec 31 across the year to Feb 29", .rule = "every 2 months", .due = "2023-12-31", .nextDue = "2024-02-29" },
    { .name = "tasks: every 2 years from Feb 29 clamps to Feb 28", .rule = "every 2 years", .due = "2024-02-29", .nextDue = "2026-02-28" },
    { .name = "tasks: every 11 months from Mar 31 clamps to Feb 28", .rule = "every 11 months", .due = "2020-03-31", .nextDue = "2021-02-28" },
    { .name = "tasks: every 13 months from Jan 31 clamps to Feb 28", .rule = "every 13 months", .due = "2020-01-31", .nextDue = "2021-02-28" },
    { .name = "tasks: an impossible lower date takes the new reference date", .rule = "every day", .scheduled = "2022-02-30", .due = "2022-02-27", .nextScheduled = "2022-02-28", .nextDue = "2022-02-28" },
    // tests/Task/Task.test.ts, "recurs correctly"
    { .name = "tasks: every 7 days", .rule = "every 7 days", .due = "2021-02-21", .nextDue = "2021-02-28" },
    { .name = "tasks: every 7 days when done, early", .rule = "every 7 days when done", .due = "2021-02-21", .today = "2021-02-18", .nextDue = "2021-02-25" },
    { .name = "tasks: every 7 days when done, late", .rule = "every 7 days when done", .due = "2021-02-21", .today = "2021-02-22", .nextDue = "2021-03-01" },
    { .name = "tasks: every day", .rule = "every day", .due = "2021-02-21", .nextDue = "2021-02-22" },
    { .name = "tasks: every day when done, a year late", .rule = "every day when done", .due = "2021-02-21", .today = "2022-01-04", .nextDue = "2022-01-05" },
    { .name = "tasks: every 4 weeks from 2021-10-15", .rule = "every 4 weeks", .due = "2021-10-15", .nextDue = "2021-11-12" },
    { .name = "tasks: every 4 weeks from 2021-10-12", .rule = "every 4 weeks", .due = "2021-10-12", .nextDue = "2021-11-09" },
    { .name = "tasks: every 4 weeks from 2022-10-12", .rule = "every 4 weeks", .due = "2022-10-12", .nextDue = "2022-11-09" },
    { .name = "tasks: every 4 weeks from 2033-10-12", .rule = "every 4 weeks", .due = "2033-10-12", .nextDue = "2033-11-09" },
    { .name = "tasks: every 3 weeks when done, a year early", .rule = "every 3 weeks when done", .due = "2022-01-10", .today = "2021-01-14", .nextDue = "2021-02-04" },
    { .name = "tasks: every month on the 15th", .rule = "every month", .due = "2021-10-15", .nextDue = "2021-11-15" },
    { .name = "tasks: every month on the 18th", .rule = "every month", .due = "2021-10-18", .nextDue = "2021-11-18" },
    { .name = "tasks: every month when done, early", .rule = "every month when done", .due = "2021-10-18", .today = "2021-10-16", .nextDue = "2021-11-16" },
    { .name = "tasks: every month when done, late", .rule = "every month when done", .due = "2021-10-18", .today = "2021-10-24", .nextDue = "2021-11-24" },
    { .name = "tasks: every month on the 2nd Wednesday", .rule = "every month on the 2nd Wednesday", .due = "2021-09-08", .nextDue = "2021-10-13" },
    { .name = "tasks: 2nd Wednesday when done, a week late", .rule = "every month on the 2nd Wednesday when done", .due = "2021-09-08", .today = "2021-09-15", .nextDue = "2021-10-13" },
    { .name = "tasks: 2nd Wednesday when done, the day before the next", .rule = "every month on the 2nd Wednesday when done", .due = "2021-09-08", .today = "2021-10-12", .nextDue = "2021-10-13" },
    { .name = "tasks: 2nd Wednesday when done, on the next", .rule = "every month on the 2nd Wednesday when done", .due = "2021-09-08", .today = "2021-10-13", .nextDue = "2021-11-10" },
    { .name = "tasks: every 3 months on the 3rd Thursday from April", .rule = "every 3 months on the 3rd Thursday", .due = "2021-04-15", .nextDue = "2021-07-15" },
    { .name = "tasks: every 3 months on the 3rd Thursday from August", .rule = "every 3 months on the 3rd Thursday", .due = "2021-08-19", .nextDue = "2021-11-18" },
    { .name = "tasks: every 3 months on the 3rd Thursday from September", .rule = "every 3 months on the 3rd Thursday", .due = "2021-09-16", .nextDue = "2021-12-16" },
    { .name = "tasks: every week on Monday, Wednesday, Friday", .rule = "every week on Monday, Wednesday, Friday", .due = "2022-01-24", .nextDue = "2022-01-26" },
    { .name = "tasks: Monday, Wednesday, Friday when done on Tuesday", .rule = "every week on Monday, Wednesday, Friday when done", .due = "2022-01-24", .today = "2022-01-25", .nextDue = "2022-01-26" },
    { .name = "tasks: Monday, Wednesday, Friday when done on Wednesday", .rule = "every week on Monday, Wednesday, Friday when done", .due = "2022-01-24", .today = "2022-01-26", .nextDue = "2022-01-28" },
    { .name = "tasks: every 5 days from only a start date", .rule = "every 5 days", .start = "2021-10-10", .nextStart = "2021-10-15" },
    { .name = "tasks: every 5 days from only a scheduled date", .rule = "every 5 days", .scheduled = "2021-10-10", .nextScheduled = "2021-10-15" },
    { .name = "tasks: every 5 days, start a day before due", .rule = "every 5 days", .start = "2021-10-10", .due = "2021-10-11", .nextStart = "2021-10-15", .nextDue = "2021-10-16" },
    { .name = "tasks: every 5 days, scheduled a day before due", .rule = "every 5 days", .scheduled = "2021-10-10", .due = "2021-10-11", .nextScheduled = "2021-10-15", .nextDue = "2021-10-16" },
    { .name = "tasks: every 5 days, start, scheduled and due keep their distances", .rule = "every 5 days", .start = "2021-10-09", .scheduled = "2021-10-10", .due = "2021-10-11", .nextStart = "2021-10-14", .nextScheduled = "2021-10-15", .nextDue = "2021-10-16" },
    { .name = "tasks: every 10 days when done before the start", .rule = "every 10 days when done", .start = "2021-10-05", .scheduled = "2021-10-07", .due = "2021-10-09", .today = "2021-10-04", .nextStart = "2021-10-10", .nextScheduled = "2021-10-12", .nextDue = "2021-10-14" },
    { .name = "tasks: every 10 days when done between start and scheduled", .rule = "every 10 days when done", .start = "2021-10-05", .scheduled = "2021-10-07", .due = "2021-10-09", .today = "2021-10-06", .nextStart = "2021-10-12", .nextScheduled = "2021-10-14", .nextDue = "2021-10-16" },
    { .name = "tasks: every 10 days when done between scheduled and due", .rule = "every 10 days when done", .start = "2021-10-05", .scheduled = "2021-10-07", .due = "2021-10-09", .today = "2021-10-08", .nextStart = "2021-10-14", .nextScheduled = "2021-10-16", .nextDue = "2021-10-18" },
    { .name = "tasks: every 10 days when done after due", .rule = "every 10 days when done", .start = "2021-10-05", .scheduled = "2021-10-07", .due = "2021-10-09", .today = "2021-10-10", .nextStart = "2021-10-16", .nextScheduled = "2021-10-18", .nextDue = "2021-10-20" },
    { .name = "tasks: due is the reference date over scheduled and start", .rule = "every month on the 15th", .start = "2025-08-06", .scheduled = "2025-08-11", .due = "2025-08-16", .nextStart = "2025-09-05", .nextScheduled = "2025-09-10", .nextDue = "2025-09-15" },
    { .name = "tasks: scheduled is the reference date over start", .rule = "every month on the 15th", .start = "2025-08-05", .scheduled = "2025-08-10", .nextStart = "2025-08-10", .nextScheduled = "2025-08-15" },
    { .name = "tasks: every month from Mar 31 clamps to Apr 30", .rule = "every month", .due = "2021-03-31", .nextDue = "2021-04-30" },
    { .name = "tasks: every month from Jan 29 clamps to Feb 28", .rule = "every month", .due = "2021-01-29", .nextDue = "2021-02-28" },
    { .name = "tasks: every month on the 31st skips February", .rule = "every month on the 31st", .due = "2021-01-31", .nextDue = "2021-03-31" },
    { .name = "tasks: every year on February the 29th waits for a leap year", .rule = "every year on February the 29th", .due = "2021-01-01", .nextDue = "2024-02-29" },
    { .name = "tasks: every year from Feb 29 clamps to Feb 28", .rule = "every year", .due = "2020-02-29", .nextDue = "2021-02-28" },
    { .name = "tasks: every month when done on Aug 31 clamps to Sep 30", .rule = "every month when done", .scheduled = "1999-01-23", .today = "2021-08-31", .nextScheduled = "2021-09-30" },
    { .name = "tasks: every 2 years when done on Feb 29 clamps to Feb 28", .rule = "every 2 years when done", .start = "1999-01-23", .today = "2020-02-29", .nextStart = "2022-02-28" },
    { .name = "tasks: every day with a custom status", .rule = "every day", .due = "2023-01-19", .nextDue = "2023-01-20" },
    { .name = "tasks: every day without dates (custom status rows)", .rule = "every day" },
    { .name = "tasks: rule written after the due date", .rule = "every day", .due = "2021-09-12", .nextDue = "2021-09-13" },
    { .name = "tasks: every day drops id and dependsOn, dates move on", .rule = "every day", .due = "2024-02-13", .nextDue = "2024-02-14" },
};

inline const Completion docsExamples[] = {
    { .name = "docs: every Sunday", .rule = "every Sunday", .due = "2021-04-25", .nextDue = "2021-05-02" },
    { .name = "docs: every week from the old scheduled date", .rule = "every week", .scheduled = "2021-02-06", .today = "2022-02-13", .nextScheduled = "2021-02-13" },
    { .name = "docs: every week when done from today", .rule = "every week when done", .scheduled = "2021-02-06", .today = "2022-02-13", .nextScheduled = "2022-02-20" },
    { .name = "docs: every month on the last, Jan 31 to Feb 28", .rule = "every month on the last", .due = "2022-01-31", .nextDue = "2022-02-28" },
    { .name = "docs: every month on the last, Feb 28 to Mar 31", .rule = "every month on the last", .due = "2022-02-28", .nextDue = "2022-03-31" },
    { .name = "docs: every month on the last, Mar 31 to Apr 30", .rule = "every month on the last", .due = "2022-03-31", .nextDue = "2022-04-30" },
    { .name = "docs: every month on the last, May 31 to Jun 30", .rule = "every month on the last", .due = "2022-05-31", .nextDue = "2022-06-30" },
    { .name = "docs: every month, Oct 31 to Nov 30", .rule = "every month", .due = "2021-10-31", .nextDue = "2021-11-30" },
    { .name = "docs: every month, Nov 30 to Dec 30", .rule = "every month", .due = "2021-11-30", .nextDue = "2021-12-30" },
    { .name = "docs: every month, Dec 30 to Jan 30", .rule = "every month", .due = "2021-12-30", .nextDue = "2022-01-30" },
    { .name = "docs: every month, Jan 30 to Feb 28", .rule = "every month", .due = "2022-01-30", .nextDue = "2022-02-28" },
    { .name = "docs: every month, Feb 28 to Mar 28", .rule = "every month", .due = "2022-02-28", .nextDue = "2022-03-28" },
    { .name = "docs: every month on the 31st, Mar 31 to May 31", .rule = "every month on the 31st", .due = "2022-03-31", .nextDue = "2022-05-31" },
    { .name = "docs: every month on the 31st, May 31 to Jul 31", .rule = "every month on the 31st", .due = "2022-05-31", .nextDue = "2022-07-31" },
    { .name = "docs: every month on the 31st, Jul 31 to Aug 31", .rule = "every month on the 31st", .due = "2022-07-31", .nextDue = "2022-08-31" },
    { .name = "docs: every 2 weeks keeps scheduled two days before due", .rule = "every 2 weeks", .scheduled = "2021-10-28", .due = "2021-10-30", .nextScheduled = "2021-11-11", .nextDue = "2021-11-13" },
    { .name = "docs: every 3 months from Jan 31 moves back to Apr 30", .rule = "every 3 months", .due = "2022-01-31", .nextDue = "2022-04-30" },
    { .name = "docs: every 3 months from Apr 30 stays on the 30th", .rule = "every 3 months", .due = "2022-04-30", .nextDue = "2022-07-30" },
};

inline const Completion rruleChecks[] = {
    { .name = "rrule.js: every weekday from a Friday is Monday", .rule = "every weekday", .due = "2024-01-05", .nextDue = "2024-01-08" },
    { .name = "rrule.js: every weekday when done on a Saturday is Monday", .rule = "every weekday when done", .due = "2024-01-01", .today = "2024-01-06", .nextDue = "2024-01-08" },
    { .name = "rrule.js: every week on Monday, Friday from Monday", .rule = "every week on Monday, Friday", .due = "2024-01-08", .nextDue = "2024-01-12" },
    { .name = "rrule.js: every week on Monday and Friday from Friday", .rule = "every week on Monday and Friday", .due = "2024-01-12", .nextDue = "2024-01-15" },
    { .name = "rrule.js: every Mon from a Wednesday", .rule = "every Mon", .due = "2024-01-10", .nextDue = "2024-01-15" },
    { .name = "rrule.js: every month on the last Friday", .rule = "every month on the last Friday", .due = "2024-01-26", .nextDue = "2024-02-23" },
    { .name = "rrule.js: every month on the 2nd last Friday", .rule = "every month on the 2nd last Friday", .due = "2024-01-19", .nextDue = "2024-02-16" },
    { .name = "rrule.js: every month on the 1st and 15th", .rule = "every month on the 1st and 15th", .due = "2024-01-15", .nextDue = "2024-02-01" },
    { .name = "rrule.js: every 6 months on the 2nd Wednesday", .rule = "every 6 months on the 2nd Wednesday", .due = "2024-01-10", .nextDue = "2024-07-10" },
    { .name = "rrule.js: every January on the 15th from that day", .rule = "every January on the 15th", .due = "2024-01-15", .nextDue = "2025-01-15" },
    { .name = "rrule.js: every January on the 15th from March", .rule = "every January on the 15th", .due = "2024-03-01", .nextDue = "2025-01-15" },
    { .name = "rrule.js: every February on the last", .rule = "every February on the last", .due = "2024-02-29", .nextDue = "2025-02-28" },
    { .name = "rrule.js: every April and December on the 1st and 24th", .rule = "every April and December on the 1st and 24th", .due = "2024-04-24", .nextDue = "2024-12-01" },
    { .name = "rrule.js: every year from Feb 29 clamps to Feb 28", .rule = "every year", .due = "2024-02-29", .nextDue = "2025-02-28" },
    { .name = "rrule.js: every 4 years from Feb 29 keeps Feb 29", .rule = "every 4 years", .due = "2024-02-29", .nextDue = "2028-02-29" },
    { .name = "rrule.js: every 12 months from Feb 29 clamps to Feb 28", .rule = "every 12 months", .due = "2024-02-29", .nextDue = "2025-02-28" },
    { .name = "rrule.js: every month from Jan 30 in a leap year is Feb 29", .rule = "every month", .due = "2024-01-30", .nextDue = "2024-02-29" },
    { .name = "rrule.js: every 2 weeks", .rule = "every 2 weeks", .due = "2024-01-03", .nextDue = "2024-01-17" },
    { .name = "rrule.js: every 2 weeks on Tuesday counts weeks from Monday", .rule = "every 2 weeks on Tuesday", .due = "2024-01-03", .nextDue = "2024-01-16" },
    { .name = "rrule.js: every 3 weeks on Sunday keeps the Sunday of this week", .rule = "every 3 weeks on Sunday", .start = "2021-05-04", .nextStart = "2021-05-09" },
    { .name = "rrule.js: every 2 weekdays", .rule = "every 2 weekdays", .due = "2024-01-05", .nextDue = "2024-01-15" },
    { .name = "rrule.js: every week on the 2nd Tuesday is every Tuesday", .rule = "every week on the 2nd Tuesday", .due = "2024-01-03", .nextDue = "2024-01-09" },
    { .name = "rrule.js: every Friday on the 13th", .rule = "every Friday on the 13th", .due = "2024-01-10", .nextDue = "2024-09-13" },
    { .name = "rrule.js: every week on the 13th is monthly", .rule = "every week on the 13th", .due = "2024-01-20", .nextDue = "2024-02-13" },
    { .name = "rrule.js: every year on Friday the 13th", .rule = "every year on Friday the 13th", .due = "2024-09-14", .nextDue = "2024-12-13" },
    { .name = "rrule.js: every year on the 15th is every month's", .rule = "every year on the 15th", .due = "2024-01-10", .nextDue = "2024-01-15" },
    { .name = "rrule.js: every year on the last Friday", .rule = "every year on the last Friday", .due = "2024-12-27", .nextDue = "2025-12-26" },
    { .name = "rrule.js: every year in January keeps the day", .rule = "every year in January", .due = "2024-05-10", .nextDue = "2025-01-10" },
    { .name = "rrule.js: every month in January is yearly", .rule = "every month in January", .due = "2024-01-31", .nextDue = "2025-01-31" },
    { .name = "rrule.js: the year fix steps back to a year with a 53rd Monday", .rule = "every year on the 53rd Monday", .due = "2021-03-05", .nextDue = "2018-12-31" },
    { .name = "rrule.js: every day at 9 moves the date a day", .rule = "every day at 9", .due = "2024-01-10", .nextDue = "2024-01-11" },
    { .name = "rrule.js: every day, please reads as every day", .rule = "every day, please", .due = "2024-01-10", .nextDue = "2024-01-11" },
    { .name = "rrule.js: upper case when done", .rule = "EVERY WEEK ON MONDAY WHEN DONE", .due = "2024-01-01", .today = "2024-01-10", .nextDue = "2024-01-15" },
    { .name = "rrule.js: when done keeps start's distance to due", .rule = "every 3 weeks when done", .start = "2024-01-01", .due = "2024-01-10", .today = "2024-01-03", .nextStart = "2024-01-15", .nextDue = "2024-01-24" },
    { .name = "rrule.js: when done without dates", .rule = "every day when done", .today = "2024-03-01" },
    { .name = "rrule.js: when done from an impossible due date moves every date to the new one", .rule = "every day when done", .start = "2022-02-20", .due = "2022-02-30", .today = "2022-03-01", .nextStart = "2022-03-02", .nextDue = "2022-03-02" },
};
// clang-format on

} // namespace recurrencecases
