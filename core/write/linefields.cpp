// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/linefields.h"

#include "core/parse/mojibake.h"
#include "core/parse/noteparser.h"
#include "core/parse/tasklineparser.h"

#include <QDate>
#include <QStringList>
#include <array>

namespace core {

namespace {

struct Spelling
{
    LineFields::Date field;
    const char16_t *emoji;
    const char *dataview;
};

// Every emoji Tasks reads for a date; the first of each is the one Vaultview writes.
const std::array kSpellings {
    Spelling { LineFields::Date::Due, u"📅", "due" },       Spelling { LineFields::Date::Due, u"📆", "due" },
    Spelling { LineFields::Date::Due, u"🗓", "due" },       Spelling { LineFields::Date::Scheduled, u"⏳", "scheduled" },
    Spelling { LineFields::Date::Scheduled, u"⌛", "scheduled" }, Spelling { LineFields::Date::Start, u"🛫", "start" },
    Spelling { LineFields::Date::Created, u"➕", "created" }, Spelling { LineFields::Date::Done, u"✅", "completion" },
    Spelling { LineFields::Date::Cancelled, u"❌", "cancelled" },
};

bool isDateAt(const QByteArray &s, qsizetype i)
{
    if (i < 0 || i + 10 > s.size())
        return false;
    for (int k = 0; k < 10; ++k) {
        const char c = s.at(i + k);
        if ((k == 4 || k == 7) ? c != '-' : !(c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

qsizetype skipSpaces(const QByteArray &line, qsizetype i)
{
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    return i;
}

// The field starts at `at`; it takes one space before it along when it goes.
LineFields::Span spanOf(const QByteArray &line, qsizetype at, qsizetype end, qsizetype value)
{
    const qsizetype start = at > 0 && line.at(at - 1) == ' ' ? at - 1 : at;
    return { start, end - start, value };
}

bool isLater(const std::optional<LineFields::Span> &a, const std::optional<LineFields::Span> &b)
{
    return a && (!b || a->value > b->value);
}

// The end of the text a new field goes after: before trailing blanks and a " ^block-id".
qsizetype appendPosition(const QByteArray &line)
{
    qsizetype end = line.size();
    while (end > 0 && isBlank(line.at(end - 1)))
        --end;
    qsizetype i = end;
    while (i > 0 && (std::isalnum(uchar(line.at(i - 1))) || line.at(i - 1) == '-'))
        --i;
    if (i < end && i >= 2 && line.at(i - 1) == '^' && isBlank(line.at(i - 2))) {
        i -= 2;
        while (i > 0 && isBlank(line.at(i - 1)))
            --i;
        return i;
    }
    return end;
}

} // namespace

// The rightmost date of any of the field's emoji spellings.
std::optional<LineFields::Span> LineFields::findEmojiDate(const QByteArray &line, Date field)
{
    std::optional<Span> best;
    const QStringList selectors = Mojibake::spellings(QStringLiteral("\uFE0F"));
    for (const Spelling &s : kSpellings) {
        if (s.field != field)
            continue;
        for (const QString &spelling : Mojibake::spellings(QString::fromUtf16(s.emoji))) {
            const QByteArray needle = spelling.toUtf8();
            for (qsizetype at = line.lastIndexOf(needle); at >= 0;
                 at = at > 0 ? line.lastIndexOf(needle, at - 1) : -1) {
                qsizetype end = at + needle.size();
                for (const QString &selector : selectors) {
                    if (line.mid(end).startsWith(selector.toUtf8())) {
                        end += selector.toUtf8().size();
                        break;
                    }
                }
                end = skipSpaces(line, end);
                if (isDateAt(line, end) && (!best || end > best->value)) {
                    best = spanOf(line, at, end + 10, end);
                    break;
                }
            }
        }
    }
    return best;
}

// "[key:: YYYY-MM-DD]": a field that holds anything but a date is the user's text, never ours.
std::optional<LineFields::Span> LineFields::findDataviewDate(const QByteArray &line, const QByteArray &key)
{
    const QByteArray opening = "[" + key + "::";
    for (qsizetype at = line.lastIndexOf(opening); at >= 0; at = at > 0 ? line.lastIndexOf(opening, at - 1) : -1) {
        const qsizetype value = skipSpaces(line, at + opening.size());
        if (!isDateAt(line, value))
            continue;
        const qsizetype close = skipSpaces(line, value + 10);
        if (close >= line.size() || line.at(close) != ']')
            continue;
        return spanOf(line, at, close + 1, value);
    }
    return std::nullopt;
}

const char *LineFields::dataviewKey(Date field)
{
    return std::find_if(kSpellings.cbegin(), kSpellings.cend(), [&](const Spelling &s) { return s.field == field; })
        ->dataview;
}

std::optional<LineFields::Span> LineFields::findDate(const QByteArray &line, Date field)
{
    const auto emoji = findEmojiDate(line, field);
    const auto dataview = findDataviewDate(line, dataviewKey(field));
    return isLater(dataview, emoji) ? dataview : emoji;
}

void LineFields::removeDate(QByteArray &line, Date field)
{
    // Both spellings go: a line that keeps "[completion:: …]" beside its ✅ would still be done.
    if (const auto emoji = findEmojiDate(line, field))
        line.remove(emoji->start, emoji->length);
    if (const auto span = findDataviewDate(line, dataviewKey(field)))
        line.remove(span->start, span->length);
}

qsizetype LineFields::insertPosition(const QByteArray &line, Date field)
{
    // Tasks writes created, start, scheduled, due, cancelled, done in that order: a new field goes
    // before the fields at the end of the line that Tasks writes after it. A date further left is
    // the description's text, never a place to write.
    static constexpr std::array kRank { 3, 2, 1, 0, 5, 4 }; // indexed by Date
    qsizetype position = appendPosition(line);
    for (bool moved = true; moved;) {
        moved = false;
        for (const Date later : { Date::Due, Date::Scheduled, Date::Start, Date::Created, Date::Done, Date::Cancelled }) {
            if (kRank[size_t(later)] <= kRank[size_t(field)])
                continue;
            if (const auto span = findDate(line, later); span && span->start + span->length == position) {
                position = span->start;
                moved = true;
            }
        }
    }
    return position;
}

void LineFields::setDate(QByteArray &line, Date field, const QDate &date)
{
    const QByteArray value = date.toString(Qt::ISODate).toLatin1();
    if (const auto span = findDate(line, field)) {
        line.replace(span->value, 10, value);
        return;
    }
    addDate(line, field, date);
}

void LineFields::addDate(QByteArray &line, Date field, const QDate &date)
{
    const QByteArray value = date.toString(Qt::ISODate).toLatin1();
    const auto spelling = std::find_if(kSpellings.cbegin(), kSpellings.cend(),
                                       [&](const Spelling &s) { return s.field == field; });
    line.insert(insertPosition(line, field), ' ' + QString::fromUtf16(spelling->emoji).toUtf8() + ' ' + value);
}

void LineFields::removeValueField(QByteArray &line, const QString &emoji, const QByteArray &key)
{
    const auto isIdChar = [&](qsizetype i) {
        return i < line.size() && (std::isalnum(uchar(line.at(i))) || line.at(i) == '_' || line.at(i) == '-');
    };
    for (const QString &spelling : Mojibake::spellings(emoji)) {
        const QByteArray needle = spelling.toUtf8();
        const qsizetype at = line.lastIndexOf(needle);
        const qsizetype valueStart = at < 0 ? -1 : skipSpaces(line, at + needle.size());
        if (at < 0 || !isIdChar(valueStart))
            continue;
        // "abc", or a list "abc,def" / "abc, def" as Tasks reads ⛔.
        qsizetype end = valueStart;
        for (;;) {
            while (isIdChar(end))
                ++end;
            const qsizetype comma = skipSpaces(line, end);
            const qsizetype next = skipSpaces(line, comma + 1);
            if (comma >= line.size() || line.at(comma) != ',' || !isIdChar(next))
                break;
            end = next;
        }
        const Span span = spanOf(line, at, end, valueStart);
        line.remove(span.start, span.length);
        return;
    }
    const QByteArray opening = "[" + key + "::";
    const qsizetype at = line.lastIndexOf(opening);
    const qsizetype close = at < 0 ? -1 : line.indexOf(']', at);
    if (close > at) {
        const Span span = spanOf(line, at, close + 1, at);
        line.remove(span.start, span.length);
    }
}

bool LineFields::setStatus(QByteArray &line, const QByteArray &status)
{
    const auto box = TaskLineParser::checkbox(Mojibake::repaired(NoteParser::decode(line)));
    if (!box)
        return false;
    // The prefix up to the status is ASCII, so its length in bytes equals its length in UTF-16;
    // the status itself is measured in the raw bytes (an invalid byte decodes to U+FFFD, whose
    // UTF-8 is longer), searching past it: the status may be ']' ("- []] …").
    line.replace(box->statusPos, line.indexOf(']', box->statusPos + 1) - box->statusPos, status);
    return true;
}

void LineFields::removeBlockId(QByteArray &line)
{
    const qsizetype end = appendPosition(line);
    qsizetype trailing = line.size();
    while (trailing > 0 && isBlank(line.at(trailing - 1)))
        --trailing;
    if (end < trailing)
        line.remove(end, trailing - end);
}

} // namespace core
