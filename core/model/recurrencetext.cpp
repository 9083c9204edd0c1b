// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/recurrencetext.h"

#include <QRegularExpression>
#include <QStringList>
#include <array>
#include <utility>
#include <vector>

namespace core {

namespace {

using Rule = RecurrenceText::Rule;
using Weekday = RecurrenceText::Weekday;
using Frequency = RecurrenceText::Frequency;

// Where rrule.js's parser throws (and Tasks, catching it, reads no rule), and where it reads a rule
// Vaultview does not follow: an exception keeps the port's control flow that of the original.
struct Failure
{
};

// rrule.js's English tokens, in its order: the longest match wins, the first of equals.
enum class Token {
    None,
    Skip,
    Number,
    NumberAsText,
    Every,
    Days,
    Weekdays,
    Weeks,
    Hours,
    Minutes,
    Months,
    Years,
    On,
    At,
    The,
    First,
    Second,
    Third,
    Nth,
    Last,
    For,
    Times,
    Until,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
    January,
    February,
    March,
    April,
    May,
    June,
    July,
    August,
    September,
    October,
    November,
    December,
    Comma,
};

struct TokenPattern
{
    Token token;
    QRegularExpression pattern;
};

const std::vector<TokenPattern> &tokenPatterns()
{
    static const std::vector<TokenPattern> patterns = [] {
        const std::array<std::pair<Token, const char16_t *>, 43> source { {
            { Token::Skip, u"^(?:[ \\r\\n\\t]+|\\.\\z)" },
            { Token::Number, u"^[1-9][0-9]*" },
            { Token::NumberAsText, u"^(one|two|three)" },
            { Token::Every, u"^every" },
            { Token::Days, u"^days?" },
            { Token::Weekdays, u"^weekdays?" },
            { Token::Weeks, u"^weeks?" },
            { Token::Hours, u"^hours?" },
            { Token::Minutes, u"^minutes?" },
            { Token::Months, u"^months?" },
            { Token::Years, u"^years?" },
            { Token::On, u"^(on|in)" },
            { Token::At, u"^(at)" },
            { Token::The, u"^the" },
            { Token::First, u"^first" },
            { Token::Second, u"^second" },
            { Token::Third, u"^third" },
            { Token::Nth, u"^([1-9][0-9]*)(\\.|th|nd|rd|st)" },
            { Token::Last, u"^last" },
            { Token::For, u"^for" },
            { Token::Times, u"^times?" },
            { Token::Until, u"^(un)?til" },
            { Token::Monday, u"^mo(n(day)?)?" },
            { Token::Tuesday, u"^tu(e(s(day)?)?)?" },
            { Token::Wednesday, u"^we(d(n(esday)?)?)?" },
            { Token::Thursday, u"^th(u(r(sday)?)?)?" },
            { Token::Friday, u"^fr(i(day)?)?" },
            { Token::Saturday, u"^sa(t(urday)?)?" },
            { Token::Sunday, u"^su(n(day)?)?" },
            { Token::January, u"^jan(uary)?" },
            { Token::February, u"^feb(ruary)?" },
            { Token::March, u"^mar(ch)?" },
            { Token::April, u"^apr(il)?" },
            { Token::May, u"^may" },
            { Token::June, u"^june?" },
            { Token::July, u"^july?" },
            { Token::August, u"^aug(ust)?" },
            { Token::September, u"^sep(t(ember)?)?" },
            { Token::October, u"^oct(ober)?" },
            { Token::November, u"^nov(ember)?" },
            { Token::December, u"^dec(ember)?" },
            { Token::Comma, u"^(,\\s*|(and|or)\\s*)+" },
        } };
        std::vector<TokenPattern> result;
        for (const auto &[token, pattern] : source)
            result.push_back({ token,
                QRegularExpression(
                    QString::fromUtf16(pattern), QRegularExpression::CaseInsensitiveOption) });
        return result;
    }();
    return patterns;
}

// rrule.js's Parser: the symbol at hand and the text after it.
class Tokens final
{
public:
    explicit Tokens(QString text)
        : m_text(std::move(text))
    { }
    bool start()
    {
        m_done = false;
        return nextSymbol();
    }
    bool nextSymbol();
    bool isDone() const { return m_done && m_symbol == Token::None; }
    Token symbol() const { return m_symbol; }
    const QRegularExpressionMatch &value() const { return m_value; }
    // The symbol's match when it is `token`, moving on to the next symbol; else nothing.
    std::optional<QRegularExpressionMatch> accept(Token token)
    {
        if (m_symbol != token)
            return std::nullopt;
        QRegularExpressionMatch match = m_value;
        nextSymbol();
        return match;
    }
    void expect(Token token)
    {
        if (!accept(token))
            throw Failure {};
    }

private:
    QString m_text;
    Token m_symbol = Token::None;
    QRegularExpressionMatch m_value;
    bool m_done = true;
};

bool Tokens::nextSymbol()
{
    m_symbol = Token::None;
    m_value = QRegularExpressionMatch();
    Token best = Token::None;
    QRegularExpressionMatch bestMatch;
    do {
        if (m_done)
            return false;
        best = Token::None;
        qsizetype bestLength = -1;
        for (const TokenPattern &candidate : tokenPatterns()) {
            QRegularExpressionMatch match = candidate.pattern.match(m_text);
            if (match.hasMatch() && match.capturedLength(0) > bestLength) {
                best = candidate.token;
                bestLength = match.capturedLength(0);
                bestMatch = match;
            }
        }
        if (best == Token::None) {
            m_done = true;
            return false;
        }
        m_text = m_text.mid(bestLength);
        if (m_text.isEmpty())
            m_done = true;
    } while (best == Token::Skip);
    m_symbol = best;
    m_value = bestMatch;
    return true;
}

int weekdayOf(Token token)
{
    if (token >= Token::Monday && token <= Token::Sunday)
        return int(token) - int(Token::Monday);
    return -1;
}

int monthOf(Token token)
{
    if (token >= Token::January && token <= Token::December)
        return int(token) - int(Token::January) + 1;
    return 0;
}

// A count of digits as rrule.js's parseInt reads it; past `limit`, a rule Vaultview does not
// follow.
int numberUpTo(const QString &digits, int limit)
{
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (!ok || value > limit)
        throw Failure {};
    return value;
}

QList<Weekday> workweek()
{
    return { { 0, 0 }, { 1, 0 }, { 2, 0 }, { 3, 0 }, { 4, 0 } };
}

// parseText's S, ON, AT, MDAYs, F and decode* functions, in its words.
class Grammar final
{
public:
    explicit Grammar(QString text)
        : m_tokens(std::move(text))
    { }
    std::optional<Rule> parse()
    {
        if (!m_tokens.start())
            return std::nullopt;
        every();
        return m_rule;
    }

private:
    void every();
    void weekdayList();
    void monthList();
    void on();
    void at();
    void monthDays();
    void ending() const;
    int nth();
    int weekday() const { return weekdayOf(m_tokens.symbol()); }
    int month() const { return monthOf(m_tokens.symbol()); }

    Tokens m_tokens;
    Rule m_rule;
};

void Grammar::every()
{
    m_tokens.expect(Token::Every);
    if (const auto n = m_tokens.accept(Token::Number))
        m_rule.interval = numberUpTo(n->captured(0), 32767); // libical's limit
    if (m_tokens.isDone())
        throw Failure {};
    switch (m_tokens.symbol()) {
    case Token::Days:
        m_rule.frequency = Frequency::Daily;
        if (m_tokens.nextSymbol()) {
            at();
            ending();
        }
        return;
    case Token::Weekdays:
        m_rule.frequency = Frequency::Weekly;
        m_rule.byDay = workweek();
        m_tokens.nextSymbol();
        at();
        ending();
        return;
    case Token::Weeks:
    case Token::Months:
    case Token::Years: {
        const Token unit = m_tokens.symbol();
        m_rule.frequency = unit == Token::Weeks ? Frequency::Weekly
            : unit == Token::Months             ? Frequency::Monthly
                                                : Frequency::Yearly;
        if (m_tokens.nextSymbol()) {
            on();
            if (unit == Token::Weeks)
                at();
            ending();
        }
        return;
    }
    default:
        break;
    }
    if (weekday() >= 0)
        weekdayList();
    else if (month() > 0)
        monthList();
    else
        throw Failure {}; // also hours and minutes, which Vaultview does not follow
}

void Grammar::weekdayList()
{
    m_rule.frequency = Frequency::Weekly;
    m_rule.byDay = { { weekday(), 0 } };
    if (!m_tokens.nextSymbol())
        return;
    while (m_tokens.accept(Token::Comma)) {
        if (m_tokens.isDone() || weekday() < 0)
            throw Failure {};
        m_rule.byDay.append({ weekday(), 0 });
        m_tokens.nextSymbol();
    }
    at();
    monthDays();
    ending();
}

void Grammar::monthList()
{
    m_rule.frequency = Frequency::Yearly;
    m_rule.byMonth = { month() };
    if (!m_tokens.nextSymbol())
        return;
    while (m_tokens.accept(Token::Comma)) {
        if (m_tokens.isDone() || month() == 0)
            throw Failure {};
        m_rule.byMonth.append(month());
        m_tokens.nextSymbol();
    }
    on();
    ending();
}

void Grammar::on()
{
    const bool on = m_tokens.accept(Token::On).has_value();
    const bool the = m_tokens.accept(Token::The).has_value();
    if (!on && !the)
        return;
    do {
        const int n = nth();
        const int day = weekday();
        const int monthNumber = month();
        if (n != 0) {
            if (day >= 0) {
                m_tokens.nextSymbol();
                m_rule.byDay.append({ day, n });
            } else {
                m_rule.byMonthDay.append(n);
                m_tokens.accept(Token::Days);
            }
        } else if (day >= 0) {
            m_tokens.nextSymbol();
            m_rule.byDay.append({ day, 0 });
        } else if (m_tokens.symbol() == Token::Weekdays) {
            m_tokens.nextSymbol();
            if (m_rule.byDay.isEmpty())
                m_rule.byDay = workweek();
        } else if (m_tokens.symbol() == Token::Weeks) {
            throw Failure {}; // "in week 5" (BYWEEKNO): not followed
        } else if (monthNumber > 0) {
            m_tokens.nextSymbol();
            m_rule.byMonth.append(monthNumber);
        } else {
            return;
        }
    } while (
        m_tokens.accept(Token::Comma) || m_tokens.accept(Token::The) || m_tokens.accept(Token::On));
}

void Grammar::at()
{
    if (!m_tokens.accept(Token::At))
        return;
    do {
        auto n = m_tokens.accept(Token::Number);
        if (!n)
            throw Failure {};
        // An hour past 23 moves rrule.js's date to the next day: not followed.
        m_rule.byHour = { numberUpTo(n->captured(0), 23) };
        while (m_tokens.accept(Token::Comma)) {
            n = m_tokens.accept(Token::Number);
            if (!n)
                throw Failure {};
            m_rule.byHour.append(numberUpTo(n->captured(0), 23));
        }
    } while (m_tokens.accept(Token::Comma) || m_tokens.accept(Token::At));
}

void Grammar::monthDays()
{
    m_tokens.accept(Token::On);
    m_tokens.accept(Token::The);
    int n = nth();
    if (n == 0)
        return;
    m_rule.byMonthDay = { n };
    m_tokens.nextSymbol(); // rrule.js skips the symbol after the first day, as here
    while (m_tokens.accept(Token::Comma)) {
        n = nth();
        if (n == 0)
            throw Failure {};
        m_rule.byMonthDay.append(n);
        m_tokens.nextSymbol();
    }
}

void Grammar::ending() const
{
    // "until <date>" and "for N times": Tasks documents both as unusable; not followed.
    if (m_tokens.symbol() == Token::Until || m_tokens.symbol() == Token::For)
        throw Failure {};
}

int Grammar::nth()
{
    switch (m_tokens.symbol()) {
    case Token::Last:
        m_tokens.nextSymbol();
        return -1;
    case Token::First:
        m_tokens.nextSymbol();
        return 1;
    case Token::Second:
        m_tokens.nextSymbol();
        return m_tokens.accept(Token::Last) ? -2 : 2;
    case Token::Third:
        m_tokens.nextSymbol();
        return m_tokens.accept(Token::Last) ? -3 : 3;
    case Token::Nth: {
        const int value = numberUpTo(m_tokens.value().captured(1), 366);
        m_tokens.nextSymbol();
        return m_tokens.accept(Token::Last) ? -value : value;
    }
    default:
        return 0;
    }
}

bool followed(Rule &rule)
{
    bool hasNth = false;
    for (Weekday &day : rule.byDay) {
        if (rule.frequency == Frequency::Weekly || rule.frequency == Frequency::Daily)
            day.nth = 0; // rrule.js drops the position of a weekday in a weekly rule
        hasNth = hasNth || day.nth != 0;
    }
    if (rule.frequency == Frequency::Weekly && !rule.byMonthDay.isEmpty() && rule.interval != 1)
        return false; // weeks counted and days of the month filtered: libical has no such rule
    if (rule.frequency == Frequency::Yearly && rule.byMonth.isEmpty() && !rule.byMonthDay.isEmpty()
        && hasNth)
        return false; // the nth weekday of the year on a day of the month: as above
    return true;
}

QString joined(const QList<int> &numbers)
{
    QStringList parts;
    for (const int number : numbers)
        parts.append(QString::number(number));
    return parts.join(u',');
}

} // namespace

std::optional<RecurrenceText::Rule> RecurrenceText::parse(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return std::nullopt; // Tasks' rule field is ASCII; so the tokens fold case as ASCII
    }
    try {
        std::optional<Rule> rule = Grammar(text.toString()).parse();
        if (rule && followed(*rule))
            return rule;
    } catch (const Failure &) { }
    return std::nullopt;
}

QString RecurrenceText::rrule(const Rule &rule)
{
    static const std::array<const char *, 4> frequencies { "YEARLY", "MONTHLY", "WEEKLY", "DAILY" };
    static const std::array<const char *, 7> days { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
    QStringList parts { QStringLiteral("FREQ=")
        + QLatin1StringView(frequencies.at(std::size_t(rule.frequency))) };
    if (rule.interval != 1)
        parts.append(QStringLiteral("INTERVAL=") + QString::number(rule.interval));
    if (!rule.byMonth.isEmpty())
        parts.append(QStringLiteral("BYMONTH=") + joined(rule.byMonth));
    if (!rule.byMonthDay.isEmpty())
        parts.append(QStringLiteral("BYMONTHDAY=") + joined(rule.byMonthDay));
    if (!rule.byDay.isEmpty()) {
        QStringList byDay;
        for (const Weekday &day : rule.byDay)
            byDay.append((day.nth != 0 ? QString::number(day.nth) : QString())
                + QLatin1StringView(days.at(std::size_t(day.day))));
        parts.append(QStringLiteral("BYDAY=") + byDay.join(u','));
    }
    if (!rule.byHour.isEmpty())
        parts.append(QStringLiteral("BYHOUR=") + joined(rule.byHour));
    return parts.join(u';');
}

} // namespace core
