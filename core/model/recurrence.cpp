// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/recurrence.h"

#include <QByteArray>
#include <algorithm>
#include <cstdlib>
#include <libical/ical.h>
#include <memory>

namespace core {

namespace {

// How far Tasks' month and year fixes step back, a day at a time, before Vaultview gives up. Three
// steps take the 31st back to the 28th; Tasks steps on until it finds a date, which for a rare
// rule ("every year on the 53rd Monday") is years back.
constexpr int maxStepsBack = 4000;

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

} // namespace

Recurrence::Recurrence(const RecurrenceText::Rule &rule, bool whenDone)
    : m_rule(rule)
    , m_whenDone(whenDone)
{ }

std::optional<Recurrence> Recurrence::parse(QStringView text)
{
    // Tasks' /^([a-zA-Z0-9, !]+?)( when done)?$/i, then the rule text trimmed.
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
            || (u >= u'0' && u <= u'9') || u == u' ' || u == u',' || u == u'!';
        if (!allowed)
            return std::nullopt;
    }
    const QStringView suffix = u" when done";
    const bool whenDone = text.size() > suffix.size() && text.endsWith(suffix, Qt::CaseInsensitive);
    const QStringView ruleText = (whenDone ? text.chopped(suffix.size()) : text).trimmed();
    const std::optional<RecurrenceText::Rule> rule = RecurrenceText::parse(ruleText);
    if (!rule)
        return std::nullopt;
    return Recurrence(*rule, whenDone);
}

std::optional<Recurrence::Dates> Recurrence::next(const Dates &current, const QDate &today) const
{
    const std::optional<QDate> reference
        = current.due ? current.due : (current.scheduled ? current.scheduled : current.start);
    if (!reference)
        return Dates {}; // Occurrence.next without a reference date
    // An impossible reference date (2024-02-30) makes Tasks read no rule, and complete the task
    // without a next one; `when done` counts from today and does without it.
    if (!m_whenDone && !reference->isValid())
        return std::nullopt;
    const std::optional<QDate> nextReference = nextReferenceDate(m_whenDone ? today : *reference);
    if (!nextReference)
        return std::nullopt;
    // Occurrence.nextOccurrenceDate: the same distance in days to the reference date. A distance
    // to or from an impossible date is NaN to moment, which then adds nothing.
    const auto shifted = [&](const std::optional<QDate> &date) -> std::optional<QDate> {
        if (!date)
            return std::nullopt;
        if (!date->isValid() || !reference->isValid())
            return nextReference;
        return nextReference->addDays(reference->daysTo(*date));
    };
    return Dates { shifted(current.start), shifted(current.scheduled), shifted(current.due) };
}

bool Recurrence::whenDone() const
{
    return m_whenDone;
}

QString Recurrence::rrule() const
{
    return RecurrenceText::rrule(m_rule);
}

// Recurrence.nextAfter: the rule's first date after `after`, counted from `after`; then, for
// `every [N] month[s]` without " on " and for `every [N] year[s]`, where that skipped too far
// (the 31st has no February), the same from a day earlier, until it does not.
std::optional<QDate> Recurrence::nextReferenceDate(QDate after) const
{
    std::optional<QDate> next = firstAfter(after);
    if (const int months = monthsTasksAllows()) {
        for (int step = 0; next && monthsBetween(after, *next) > months; ++step) {
            if (step == maxStepsBack)
                return std::nullopt;
            after = after.addDays(-1);
            next = firstAfter(after);
        }
    }
    if (const int years = yearsTasksAllows()) {
        for (int step = 0; next && next->year() - after.year() > years; ++step) {
            if (step == maxStepsBack)
                return std::nullopt;
            after = after.addDays(-1);
            next = firstAfter(after);
        }
    }
    return next;
}

// The first date of the rule, started on `day`, that comes after it.
std::optional<QDate> Recurrence::firstAfter(const QDate &day) const
{
    if (!day.isValid() || day.year() < 1 || day.year() > 9999)
        return std::nullopt;
    QDate first = day;
    const QByteArray text = libicalRule(day, first);
    if (text.isEmpty())
        return std::nullopt;
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.constData());
    if (rule.freq == ICAL_NO_RECURRENCE)
        return std::nullopt;
    icaltimetype start = icaltime_null_time(); // icaltime_null_date() has its hours at -1
    start.is_date = 1;
    start.year = first.year();
    start.month = first.month();
    start.day = first.day();
    const std::unique_ptr<icalrecur_iterator, decltype(&icalrecur_iterator_free)> iterator(
        icalrecur_iterator_new(rule, start), &icalrecur_iterator_free);
    if (!iterator)
        return std::nullopt; // a rule no date fits, such as February the 30th
    // The days from the start to `day`, some twice when the rule names them twice.
    for (int skipped = 0; skipped < 64; ++skipped) {
        const icaltimetype time = icalrecur_iterator_next(iterator.get());
        if (icaltime_is_null_time(time))
            return std::nullopt;
        const QDate date(time.year, time.month, time.day);
        if (date > day)
            return date;
    }
    return std::nullopt;
}

// The rule as libical counts rrule.js's, started on `day`: weeks start on Monday; a time of day
// moves no date; days no month has never come (empty when nothing is left); a yearly rule on days
// of the month has them in every month; every week on days of the month is every month on them,
// as libical allows no days of the month in weekly rules. A weekly rule starts (`start`) on its
// first weekday in the week of `day`: started on a day the rule does not name, libical loses the
// Sunday of the first week of "every 3 weeks on Sunday".
QByteArray Recurrence::libicalRule(const QDate &day, QDate &start) const
{
    using Frequency = RecurrenceText::Frequency;
    RecurrenceText::Rule rule = m_rule;
    rule.byHour.clear();
    const bool monthly = rule.frequency == Frequency::Monthly || !rule.byMonth.isEmpty();
    const auto impossibleDay = [monthly](const RecurrenceText::Weekday &weekday) {
        return std::abs(weekday.nth) > (monthly ? 5 : 53);
    };
    if (rule.byDay.removeIf(impossibleDay) > 0 && rule.byDay.isEmpty())
        return {};
    if (rule.byMonthDay.removeIf([](int monthDay) { return std::abs(monthDay) > 31; }) > 0
        && rule.byMonthDay.isEmpty())
        return {};
    if (rule.frequency == Frequency::Weekly && !rule.byMonthDay.isEmpty()) {
        rule.frequency = Frequency::Monthly;
    } else if (rule.frequency == Frequency::Weekly) {
        const int weekday = day.dayOfWeek() - 1;
        if (rule.byDay.isEmpty())
            rule.byDay = { { weekday, 0 } };
        const auto earliest = std::min_element(rule.byDay.cbegin(), rule.byDay.cend(),
            [](const auto &a, const auto &b) { return a.day < b.day; });
        start = day.addDays(earliest->day - weekday);
    }
    if (rule.frequency == Frequency::Yearly && rule.byMonth.isEmpty() && !rule.byMonthDay.isEmpty())
        rule.byMonth = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
    return (RecurrenceText::rrule(rule) + u";WKST=MO").toLatin1();
}

// Tasks finds these from the rule's English (rrule.js's toText): "every 2 months" but not "every
// 2 months on the 31st", nor "every January" (a yearly rule); 0 where no fix applies.
int Recurrence::monthsTasksAllows() const
{
    if (m_rule.frequency != RecurrenceText::Frequency::Monthly)
        return 0;
    const bool saysEveryMonth = m_rule.byMonth.isEmpty() || m_rule.interval != 1;
    const bool saysOn = !m_rule.byMonthDay.isEmpty() || !m_rule.byDay.isEmpty();
    return saysEveryMonth && !saysOn ? m_rule.interval : 0;
}

int Recurrence::yearsTasksAllows() const
{
    if (m_rule.frequency != RecurrenceText::Frequency::Yearly)
        return 0;
    const bool saysEveryYear = m_rule.byMonth.isEmpty() || m_rule.interval != 1;
    return saysEveryYear ? m_rule.interval : 0;
}

} // namespace core
