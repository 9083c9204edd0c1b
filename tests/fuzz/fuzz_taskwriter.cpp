// SPDX-License-Identifier: GPL-3.0-or-later
// Any line and any status: TaskWriter::rewriteLine must give exactly the bytes of a second, plain
// implementation of its rule, written here without the writer's code:
// - a line that starts with a BOM, or that TaskLineParser does not read as a task, is refused;
// - the status between the checkbox's brackets is replaced;
// - with done dates, a done task that becomes anything else loses its rightmost
//   "✅[U+FE0F] YYYY-MM-DD" (✅ and U+FE0F in any of their spellings, spaces before the date) and
//   its rightmost "[completion:: YYYY-MM-DD]", each with one space before it; a cancelled one the
//   same with ❌ and [cancelled::];
// - a task that becomes done from another state, and has no done date, gets " ✅ <today>" before a
//   trailing " ^blockid" and trailing blanks; likewise ❌ for cancelled, which also goes before a
//   done date that ends there (Tasks writes ✅ after ❌).
// Every other byte stays. Any difference aborts.
#include "core/parse/mojibake.h"
#include "core/parse/noteparser.h"
#include "core/parse/tasklineparser.h"
#include "core/write/taskwriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace {

const char kToday[] = "2026-01-02";

// The UTF-8 bytes of each character as itself, as Mac Roman mojibake and as Windows-1252 mojibake.
const char *const kDoneSpellings[]
    = { "\xE2\x9C\x85", "\xE2\x80\x9A\xC3\xBA\xC3\x96", "\xC3\xA2\xC5\x93\xE2\x80\xA6" };
const char *const kCancelledSpellings[]
    = { "\xE2\x9D\x8C", "\xE2\x80\x9A\xC3\xB9\xC3\xA5", "\xC3\xA2\xC2\x9D\xC5\x92" };
const char *const kSelectorSpellings[]
    = { "\xEF\xB8\x8F", "\xC3\x94\xE2\x88\x8F\xC3\xA8", "\xC3\xAF\xC2\xB8\xC2\x8F" };

using Spellings = const char *const (&)[3];

// The length of `text` when `line` holds it at `at`, else 0.
qsizetype matchAt(const QByteArray &line, qsizetype at, const char *text)
{
    const qsizetype size = qsizetype(std::strlen(text));
    return at + size <= line.size() && std::memcmp(line.constData() + at, text, size_t(size)) == 0
        ? size
        : 0;
}

qsizetype matchAny(const QByteArray &line, qsizetype at, Spellings spellings)
{
    for (const char *spelling : spellings) {
        if (const qsizetype size = matchAt(line, at, spelling))
            return size;
    }
    return 0;
}

bool dateAt(const QByteArray &line, qsizetype at)
{
    if (at + 10 > line.size())
        return false;
    for (qsizetype k = 0; k < 10; ++k) {
        const char c = line.at(at + k);
        const bool ok = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

qsizetype skipSpaces(const QByteArray &line, qsizetype at)
{
    while (at < line.size() && line.at(at) == ' ')
        ++at;
    return at;
}

// Removes [start, end) and the one space before it, if there is one.
void cut(QByteArray &line, qsizetype start, qsizetype end)
{
    if (start > 0 && line.at(start - 1) == ' ')
        --start;
    line.remove(start, end - start);
}

struct Field
{
    qsizetype start = 0; // the field's first byte
    qsizetype end = 0; // one past its last byte
    qsizetype value = 0; // where its date starts
};

// The rightmost "<emoji>[U+FE0F] <spaces>YYYY-MM-DD".
std::optional<Field> findEmojiDate(const QByteArray &line, Spellings emoji)
{
    for (qsizetype at = line.size() - 1; at >= 0; --at) {
        const qsizetype size = matchAny(line, at, emoji);
        if (size == 0)
            continue;
        qsizetype end = at + size;
        end += matchAny(line, end, kSelectorSpellings);
        end = skipSpaces(line, end);
        if (dateAt(line, end))
            return Field { at, end + 10, end };
    }
    return std::nullopt;
}

// The rightmost "<opening><spaces>YYYY-MM-DD<spaces>]".
std::optional<Field> findDataviewDate(const QByteArray &line, const char *opening)
{
    for (qsizetype at = line.size() - 1; at >= 0; --at) {
        const qsizetype size = matchAt(line, at, opening);
        if (size == 0)
            continue;
        const qsizetype date = skipSpaces(line, at + size);
        if (!dateAt(line, date))
            continue;
        const qsizetype close = skipSpaces(line, date + 10);
        if (close < line.size() && line.at(close) == ']')
            return Field { at, close + 1, date };
    }
    return std::nullopt;
}

void removeEmojiDate(QByteArray &line, Spellings emoji)
{
    if (const auto field = findEmojiDate(line, emoji))
        cut(line, field->start, field->end);
}

void removeDataviewDate(QByteArray &line, const char *opening)
{
    if (const auto field = findDataviewDate(line, opening))
        cut(line, field->start, field->end);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlockIdCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// Before a trailing " ^blockid" and blanks; a cancelled date also before a done date that ends
// there, the rightmost one of either spelling, since Tasks writes the done date after it.
void appendField(QByteArray &line, const char *emoji, bool beforeDone)
{
    qsizetype end = line.size();
    while (end > 0 && isBlank(line.at(end - 1)))
        --end;
    qsizetype id = end;
    while (id > 0 && isBlockIdCharacter(line.at(id - 1)))
        --id;
    qsizetype at = end;
    if (id < end && id >= 2 && line.at(id - 1) == '^' && isBlank(line.at(id - 2))) {
        at = id - 1;
        while (at > 0 && isBlank(line.at(at - 1)))
            --at;
    }
    if (beforeDone) {
        const auto emojiDone = findEmojiDate(line, kDoneSpellings);
        const auto dataviewDone = findDataviewDate(line, "[completion::");
        const auto done = dataviewDone && (!emojiDone || dataviewDone->value > emojiDone->value)
            ? dataviewDone
            : emojiDone;
        if (done && done->end == at)
            at = done->start > 0 && line.at(done->start - 1) == ' ' ? done->start - 1 : done->start;
    }
    line.insert(at, QByteArray(QByteArray(" ") + emoji + ' ' + kToday));
}

bool isDone(char status)
{
    return status == 'x' || status == 'X';
}

std::optional<QByteArray> expected(const QByteArray &line, char status, bool doneDates)
{
    if (line.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const auto task
        = core::TaskLineParser::parse(core::Mojibake::repaired(core::NoteParser::decode(line)));
    if (!task)
        return std::nullopt;
    // Nothing before the checkbox can be a '['; the status is one character, which may be ']'.
    const qsizetype open = line.indexOf('[');
    const qsizetype close = line.at(open + 1) == ']' ? open + 2 : line.indexOf(']', open + 1);
    QByteArray out = line.left(open + 1) + status + line.mid(close);
    if (!doneDates)
        return out;
    const bool wasDone = task->state == core::TaskState::Done;
    const bool wasCancelled = task->state == core::TaskState::Cancelled;
    if (wasDone && !isDone(status)) {
        removeEmojiDate(out, kDoneSpellings);
        removeDataviewDate(out, "[completion::");
    }
    if (wasCancelled && status != '-') {
        removeEmojiDate(out, kCancelledSpellings);
        removeDataviewDate(out, "[cancelled::");
    }
    if (isDone(status) && !wasDone && !task->done)
        appendField(out, kDoneSpellings[0], false);
    if (status == '-' && !wasCancelled && !task->cancelled)
        appendField(out, kCancelledSpellings[0], true);
    return out;
}

void show(const char *what, const std::optional<QByteArray> &line)
{
    std::fprintf(stderr, "%s: %s\n", what,
        line ? line->toPercentEncoding(" []!\"#$&'()*+,/:;<=>?@\\^`{|}").constData() : "(refused)");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // Each way to ask, with the character it must write.
    static const struct
    {
        const char *asked;
        char written;
    } statuses[] = { { " ", ' ' }, { "x", 'x' }, { "X", 'X' }, { "/", '/' }, { "-", '-' },
        { "?", '?' }, { ">", '>' }, { "done", 'x' }, { "cancelled", '-' }, { "!", '!' } };
    const auto &status = statuses[data[0] % 10];
    QByteArray line(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    line.replace('\n', ' ');
    core::TaskWriter::Options options;
    static const QDate today = QDate::fromString(QString::fromLatin1(kToday), Qt::ISODate);
    options.today = today;
    options.doneDates = (data[0] & 0x80) == 0;
    const auto rewritten
        = core::TaskWriter::rewriteLine(line, QString::fromLatin1(status.asked), options);
    const auto wanted = expected(line, status.written, options.doneDates);
    if (rewritten != wanted) {
        std::fprintf(stderr, "status \"%s\", done dates %s\n", status.asked,
            options.doneDates ? "on" : "off");
        show("line     ", line);
        show("written  ", rewritten);
        show("expected ", wanted);
        std::abort();
    }
    return 0;
}
