// SPDX-License-Identifier: GPL-3.0-or-later
// Recurrence: the 🔁 rules Obsidian Tasks 7 reads (rrule.js's English grammar) and the next
// occurrence it writes when such a task is completed. The next-occurrence rows come from Tasks'
// own tests (tests/Task/Recurrence.test.ts, tests/Task/Task.test.ts "recurs correctly") and docs
// (docs/Getting Started/Recurring Tasks.md); the "rrule.js" rows were checked against rrule 2.8.1
// driven the way Tasks' Recurrence.ts drives it.

#include "core/model/recurrence.h"
#include "recurrencecases.h"

#include <QtTest>

using core::Recurrence;

Q_DECLARE_METATYPE(core::Recurrence::Dates)

using namespace recurrencecases;

namespace {

std::optional<QDate> date(const char *text)
{
    if (!text)
        return std::nullopt;
    return QDate::fromString(QLatin1StringView(text), Qt::ISODate); // 2022-02-30: an invalid QDate
}

QString text(const char *value)
{
    return value ? QString::fromLatin1(value) : QString();
}

QString format(const Recurrence::Dates &dates)
{
    const auto one = [](const std::optional<QDate> &day) {
        return day ? day->toString(Qt::ISODate) : QStringLiteral("-");
    };
    return one(dates.start) + u' ' + one(dates.scheduled) + u' ' + one(dates.due);
}

} // namespace

class TestRecurrence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void next_data();
    void next();
    void noNextOccurrence_data();
    void noNextOccurrence();
};

void TestRecurrence::parse_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("rrule");
    QTest::addColumn<bool>("whenDone");
    const auto row = [](const char *name, const char *rule, const char *rrule, bool whenDone) {
        QTest::newRow(name) << text(rule) << text(rrule) << whenDone;
    };
    // clang-format off
    row("every day", "every day", "FREQ=DAILY", false);
    row("every N days", "every 3 days", "FREQ=DAILY;INTERVAL=3", false);
    row("every week", "every week", "FREQ=WEEKLY", false);
    row("every N weeks", "every 2 weeks", "FREQ=WEEKLY;INTERVAL=2", false);
    row("every month", "every month", "FREQ=MONTHLY", false);
    row("every N months", "every 6 months", "FREQ=MONTHLY;INTERVAL=6", false);
    row("every year", "every year", "FREQ=YEARLY", false);
    row("every N years", "every 2 years", "FREQ=YEARLY;INTERVAL=2", false);
    row("every 1 day is interval 1", "every 1 day", "FREQ=DAILY", false);
    row("every weekday", "every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", false);
    row("every N weekdays", "every 2 weekdays", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR", false);
    row("week on one day", "every week on Sunday", "FREQ=WEEKLY;BYDAY=SU", false);
    row("week on days with commas", "every week on Tuesday, Friday", "FREQ=WEEKLY;BYDAY=TU,FR", false);
    row("week on days with and", "every week on Monday and Friday", "FREQ=WEEKLY;BYDAY=MO,FR", false);
    row("week on three days", "every week on Monday, Wednesday, Friday", "FREQ=WEEKLY;BYDAY=MO,WE,FR", false);
    row("week on abbreviated days", "every week on Mon, Fri", "FREQ=WEEKLY;BYDAY=MO,FR", false);
    row("week on two-letter days", "every week on tu, th", "FREQ=WEEKLY;BYDAY=TU,TH", false);
    row("every Monday", "every Monday", "FREQ=WEEKLY;BYDAY=MO", false);
    row("every Tue or Thu", "every Tue or Thu", "FREQ=WEEKLY;BYDAY=TU,TH", false);
    row("every N weeks on a day", "every 3 weeks on Friday", "FREQ=WEEKLY;INTERVAL=3;BYDAY=FR", false);
    row("weekly drops a weekday's position", "every week on the 2nd Tuesday", "FREQ=WEEKLY;BYDAY=TU", false);
    row("month on the 1st", "every month on the 1st", "FREQ=MONTHLY;BYMONTHDAY=1", false);
    row("month on the 15th", "every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15", false);
    row("month on the 1st and 15th", "every month on the 1st and 15th", "FREQ=MONTHLY;BYMONTHDAY=1,15", false);
    row("month on the last", "every month on the last", "FREQ=MONTHLY;BYMONTHDAY=-1", false);
    row("month on the last Friday", "every month on the last Friday", "FREQ=MONTHLY;BYDAY=-1FR", false);
    row("month on the 2nd last Friday", "every month on the 2nd last Friday", "FREQ=MONTHLY;BYDAY=-2FR", false);
    row("month on the 2nd Tuesday", "every month on the 2nd Tuesday", "FREQ=MONTHLY;BYDAY=2TU", false);
    row("month on the second Tuesday", "every month on the second Tuesday", "FREQ=MONTHLY;BYDAY=2TU", false);
    row("month on the first Monday", "every month on the first Monday", "FREQ=MONTHLY;BYDAY=1MO", false);
    row("N months on the 2nd Wednesday", "every 6 months on the 2nd Wednesday", "FREQ=MONTHLY;INTERVAL=6;BYDAY=2WE", false);
    row("month on the 32nd is kept", "every month on the 32nd", "FREQ=MONTHLY;BYMONTHDAY=32", false);
    row("January on the 15th", "every January on the 15th", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15", false);
    row("February on the last", "every February on the last", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", false);
    row("months and days", "every April and December on the 1st and 24th", "FREQ=YEARLY;BYMONTH=4,12;BYMONTHDAY=1,24", false);
    row("year on February the 29th", "every year on February the 29th", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", false);
    row("year on the last Friday", "every year on the last Friday", "FREQ=YEARLY;BYDAY=-1FR", false);
    row("Friday on the 13th", "every Friday on the 13th", "FREQ=WEEKLY;BYMONTHDAY=13;BYDAY=FR", false);
    row("when done", "every day when done", "FREQ=DAILY", true);
    row("when done, upper case", "EVERY WEEK ON MONDAY WHEN DONE", "FREQ=WEEKLY;BYDAY=MO", true);
    row("when done after two spaces", "every day  when done", "FREQ=DAILY", true);
    row("spaces around", "  every day  ", "FREQ=DAILY", false);
    row("at an hour", "every day at 9", "FREQ=DAILY;BYHOUR=9", false);
    row("rrule.js tokens need no word break", "everyday", "FREQ=DAILY", false);
    row("rrule.js stops at a word it does not know", "every day, please", "FREQ=DAILY", false);
    row("rrule.js stops at an exclamation mark", "every week!", "FREQ=WEEKLY", false);
    // clang-format on
}

void TestRecurrence::parse()
{
    QFETCH(QString, rule);
    QFETCH(QString, rrule);
    QFETCH(bool, whenDone);
    const std::optional<Recurrence> recurrence = Recurrence::parse(rule);
    QVERIFY(recurrence);
    QCOMPARE(recurrence->rrule(), rrule);
    QCOMPARE(recurrence->whenDone(), whenDone);
}

void TestRecurrence::rejects_data()
{
    QTest::addColumn<QString>("rule");
    const auto row = [](const char *name, QString rule) { QTest::newRow(name) << rule; };
    row("empty", QString());
    row("blank", QStringLiteral("   "));
    row("every alone", QStringLiteral("every"));
    row("every blue moon", QStringLiteral("every blue moon"));
    row("every 0 days", QStringLiteral("every 0 days"));
    row("a leading zero", QStringLiteral("every 01 days"));
    row("numbers in words", QStringLiteral("every two weeks"));
    row("one in words", QStringLiteral("every one day"));
    row("no every", QStringLiteral("daily"));
    row("when done alone", QStringLiteral("when done"));
    row("an ordinal alone", QStringLiteral("every 2nd"));
    row("the without a unit", QStringLiteral("every the 15th"));
    row("a list without its end", QStringLiteral("every Monday and"));
    row("at without an hour", QStringLiteral("every day at noon"));
    row("a day past 366", QStringLiteral("every month on the 367th"));
    row("a full stop is not Tasks' rule text", QStringLiteral("every day."));
    row("a semicolon", QStringLiteral("every day; every week"));
    row("non-ASCII letters", QStringLiteral("every d\u00e1y"));
    row("an emoji", QStringLiteral("every day \u2705"));
    row("gibberish", QStringLiteral("xq zzv 77"));
    // Tasks reads these; Vaultview does not follow them.
    row("unsupported: hourly", QStringLiteral("every hour"));
    row("unsupported: every N hours", QStringLiteral("every 2 hours"));
    row("unsupported: minutely", QStringLiteral("every minute"));
    row("unsupported: for N times", QStringLiteral("every day for 3 times"));
    row("unsupported: until a date", QStringLiteral("every day until January 1, 2030"));
    row("unsupported: week numbers", QStringLiteral("every year in week 5"));
    row("unsupported: an hour past 23", QStringLiteral("every weekday at 25"));
    row("unsupported: an interval past 32767", QStringLiteral("every 40000 days"));
    row("unsupported: every N weeks on a day of the month",
        QStringLiteral("every 2 weeks on the 13th"));
    row("unsupported: the nth weekday of a year on a day of the month",
        QStringLiteral("every year on the 15th and 2nd Tuesday"));
}

void TestRecurrence::rejects()
{
    QFETCH(QString, rule);
    QCOMPARE(Recurrence::parse(rule).has_value(), false);
}

void TestRecurrence::next_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Recurrence::Dates>("current");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");
    const auto add = [](const auto &completions) {
        for (const Completion &c : completions) {
            const Recurrence::Dates current { date(c.start), date(c.scheduled), date(c.due) };
            const Recurrence::Dates expected { date(c.nextStart), date(c.nextScheduled),
                date(c.nextDue) };
            const QDate today = c.today ? *date(c.today) : QDate(2023, 6, 26);
            QTest::newRow(c.name) << text(c.rule) << current << today << format(expected);
        }
    };
    add(tasksTests);
    add(docsExamples);
    add(rruleChecks);
}

void TestRecurrence::next()
{
    QFETCH(QString, rule);
    QFETCH(Recurrence::Dates, current);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    const std::optional<Recurrence> recurrence = Recurrence::parse(rule);
    QVERIFY(recurrence);
    const std::optional<Recurrence::Dates> next = recurrence->next(current, today);
    QVERIFY(next);
    QCOMPARE(format(*next), expected);
}

void TestRecurrence::noNextOccurrence_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Recurrence::Dates>("current");
    const auto row = [](const char *name, const char *rule, const char *start,
                         const char *scheduled, const char *due) {
        QTest::newRow(name) << text(rule)
                            << Recurrence::Dates { date(start), date(scheduled), date(due) };
    };
    row("tasks: an impossible reference date loses the rule", "every day", nullptr, nullptr,
        "2022-02-30");
    row("docs: an impossible due date over valid start and scheduled", "every year", "2024-02-27",
        "2024-02-28", "2024-02-30");
    row("rrule.js: every 2 years on February the 29th never meets a leap year",
        "every 2 years on February the 29th", nullptr, nullptr, "2021-01-01");
    row("rrule.js: the month fix steps back into a month the rule never reaches",
        "every 2 months in January", nullptr, nullptr, "2024-01-10");
    row("rrule.js: the 32nd of no month", "every month on the 32nd", nullptr, nullptr,
        "2024-01-10");
    row("rrule.js: the 6th Friday of no month", "every month on the 6th Friday", nullptr, nullptr,
        "2024-01-10");
    row("rrule.js: a Friday on the 32nd", "every Friday on the 32nd", nullptr, nullptr,
        "2024-01-10");
    row("libical: past the year 2582", "every 100 years", nullptr, nullptr, "2500-01-01");
}

void TestRecurrence::noNextOccurrence()
{
    QFETCH(QString, rule);
    QFETCH(Recurrence::Dates, current);
    const std::optional<Recurrence> recurrence = Recurrence::parse(rule);
    QVERIFY(recurrence);
    QCOMPARE(recurrence->next(current, QDate(2023, 6, 26)).has_value(), false);
}

QTEST_APPLESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
