// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/notelines.h"

#include "core/parse/noteparser.h"

namespace core {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

QByteArray joined(const QList<QByteArray> &lines, const QByteArray &separator)
{
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += (i > 0 ? separator : QByteArray()) + lines.at(i);
    return out;
}

} // namespace

std::optional<qsizetype> NoteLines::lineStart(const QByteArray &bytes, int line)
{
    if (line < 1)
        return std::nullopt;
    qsizetype start = 0;
    for (int n = 1; n < line; ++n) {
        const qsizetype eol = bytes.indexOf('\n', start);
        if (eol < 0)
            return std::nullopt;
        start = eol + 1;
    }
    return start;
}

std::optional<NoteLines::Run> NoteLines::find(const QByteArray &bytes, int line, int count)
{
    auto start = lineStart(bytes, line);
    if (count == 0) {
        // After a last line without a final newline, lines are added at the very end.
        if (!start && line > 1 && lineStart(bytes, line - 1) && !bytes.endsWith('\n'))
            start = bytes.size();
        if (!start)
            return std::nullopt;
        const qsizetype bom = *start == 0 && bytes.startsWith(kBom) ? kBom.size() : 0;
        return Run { *start + bom, 0, line, 0 };
    }
    if (!start || (*start == bytes.size() && line > 1))
        return std::nullopt;
    qsizetype end = *start;
    for (int n = 0; n < count; ++n) {
        if (n > 0) {
            if (end >= bytes.size())
                return std::nullopt;
            ++end;
        }
        end = bytes.indexOf('\n', end);
        if (end < 0)
            end = bytes.size();
    }
    if (end > *start && bytes.at(end - 1) == '\r')
        --end;
    const qsizetype bom = *start == 0 && bytes.startsWith(kBom) ? kBom.size() : 0;
    return Run { *start + bom, std::max<qsizetype>(end - *start - bom, 0), line, count };
}

QList<QByteArray> NoteLines::linesOf(const QByteArray &bytes, const Run &run)
{
    QList<QByteArray> lines;
    if (run.count == 0)
        return lines;
    for (QByteArray line : bytes.mid(run.start, run.length).split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
    }
    return lines;
}

NoteLines::Found NoteLines::relocate(const QByteArray &bytes, int line, const QList<QByteArray> &expected)
{
    const int count = int(expected.size());
    if (const auto run = find(bytes, line, count); run && linesOf(bytes, *run) == expected)
        return { line, 1 };
    Found found;
    if (count == 0)
        return found;
    QList<QByteArray> all;
    for (qsizetype n = 1;; ++n) {
        const auto one = find(bytes, int(n), 1);
        if (!one)
            break;
        all.append(bytes.mid(one->start, one->length));
    }
    for (qsizetype n = 0; n + count <= all.size(); ++n) {
        if (std::equal(expected.cbegin(), expected.cend(), all.cbegin() + n)) {
            found.line = found.copies == 0 ? int(n + 1) : 0;
            ++found.copies;
        }
    }
    return found;
}

QByteArray NoteLines::lineEnding(const QByteArray &bytes, const Run &run)
{
    // The run's own ending, else the note's first: a CRLF note gets CRLF lines.
    qsizetype eol = bytes.indexOf('\n', run.start + run.length);
    if (eol < 0)
        eol = bytes.indexOf('\n');
    return eol > 0 && bytes.at(eol - 1) == '\r' ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

QByteArray NoteLines::splice(const QByteArray &bytes, const Run &run, const QList<QByteArray> &lines)
{
    const QByteArray eol = lineEnding(bytes, run);
    QByteArray out = bytes;
    if (run.count == 0) {
        if (lines.isEmpty())
            return out;
        if (run.start == out.size() && !out.isEmpty() && !out.endsWith('\n'))
            return out + eol + joined(lines, eol);
        return out.insert(run.start, joined(lines, eol) + (out.isEmpty() ? QByteArray() : eol));
    }
    if (!lines.isEmpty())
        return out.replace(run.start, run.length, joined(lines, eol));
    qsizetype from = run.start;
    qsizetype to = run.start + run.length;
    if (to < out.size()) {
        to += out.at(to) == '\r' ? 2 : 1;
    } else if (from > 0 && out.at(from - 1) == '\n') {
        // The last line, without a final newline: the ending before it goes, so none is added.
        from -= from > 1 && out.at(from - 2) == '\r' ? 2 : 1;
    }
    return out.remove(from, to - from);
}

QString NoteLines::join(const QList<QByteArray> &lines)
{
    QStringList decoded;
    for (const QByteArray &line : lines)
        decoded.append(NoteParser::decode(line));
    return decoded.join(u'\n');
}

QList<QByteArray> NoteLines::split(const QString &text)
{
    QList<QByteArray> lines;
    if (text.isEmpty())
        return lines;
    for (const QString &line : text.split(u'\n'))
        lines.append(line.toUtf8());
    return lines;
}

} // namespace core
