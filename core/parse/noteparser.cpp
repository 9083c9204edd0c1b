// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/noteparser.h"

#include "core/model/names.h"
#include "core/parse/bodyparser.h"
#include "core/parse/frontmatter.h"
#include "core/parse/mojibake.h"
#include "core/parse/tagscanner.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace core {

namespace {

const QString kMojibakeWarning = QStringLiteral(
    "mojibake repaired for display (UTF-8 that was once read as Mac Roman or Windows-1252)");
const QString kInvalidUtf8Warning = QStringLiteral("invalid UTF-8 replaced with U+FFFD");

QString fileStem(const QString &path)
{
    const QString name = path.section(u'/', -1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.first(dot) : name;
}

// A valid YYYY-MM-DD that starts the file name, whatever follows ("2025-10-28-standup.md"),
// unless it is more digits.
std::optional<QString> fileNameDate(const QString &path)
{
    const QString stem = fileStem(path);
    if (stem.size() > 10 && stem.at(10).isDigit())
        return std::nullopt;
    return NoteParser::dateOf(QStringView(stem).first(std::min<qsizetype>(stem.size(), 10)));
}

QStringList frontmatterTags(const QStringList &raw)
{
    QStringList out;
    for (QString tag : raw) {
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        if (!tag.isEmpty())
            out.append(tag);
    }
    return out;
}

// Each task's line as the file has it; a BOM is not part of the first line's text.
void attachRawLines(const QByteArray &bytes, QList<Task> &tasks)
{
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype start = bom;
    int line = 1;
    for (Task &task : tasks) {
        for (; line < task.line && start <= bytes.size(); ++line) {
            const qsizetype eol = bytes.indexOf('\n', start);
            start = eol < 0 ? bytes.size() + 1 : eol + 1;
        }
        if (start > bytes.size())
            break;
        qsizetype end = bytes.indexOf('\n', start);
        end = end < 0 ? bytes.size() : end;
        const qsizetype length = end - start - (end > start && bytes.at(end - 1) == '\r' ? 1 : 0);
        task.raw = QString::fromUtf8(bytes.constData() + start, length);
    }
}

} // namespace

QString NoteParser::decode(const QByteArray &bytes, bool *invalid)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(view);
    if (invalid)
        *invalid = decoder.hasError();
    return text;
}

std::optional<QString> NoteParser::dateOf(QStringView value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])"));
    const auto match = re.match(value.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.capturedView(1).toInt(), match.capturedView(2).toInt(),
                     match.capturedView(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return match.captured(0).left(10);
}

Note NoteParser::oversized(const QString &relativePath, qint64 size, qint64 maxBytes)
{
    Note note;
    note.path = relativePath;
    note.size = size;
    note.title = fileStem(relativePath);
    note.date = fileNameDate(relativePath);
    note.warnings.append(QStringLiteral("file is too large to index (%1 MB; the limit is %2 MB)")
                             .arg(size >> 20)
                             .arg(maxBytes >> 20));
    return note;
}

Note NoteParser::parse(const QString &relativePath, const QByteArray &bytes, qint64 maxBytes)
{
    if (bytes.size() > maxBytes)
        return oversized(relativePath, bytes.size(), maxBytes);
    Note note;
    note.path = relativePath;
    note.size = bytes.size();

    bool invalid = false;
    QString text = decode(bytes, &invalid);
    if (invalid)
        note.warnings.append(kInvalidUtf8Warning);
    if (Mojibake::repair(text))
        note.warnings.append(kMojibakeWarning);

    Frontmatter::Fields fields;
    qsizetype bodyStart = 0;
    int bodyFirstLine = 1;
    if (const auto block = Frontmatter::split(text)) {
        bodyStart = block->bodyStart;
        bodyFirstLine = block->bodyFirstLine;
        Frontmatter::Result result = Frontmatter::parse(block->yaml);
        if (!result.error.isEmpty())
            note.warnings.append(result.error);
        fields = std::move(result.fields);
    }

    BodyParser::Result body = BodyParser::parse(QStringView(text).sliced(bodyStart).toUtf8(), bodyFirstLine);
    if (body.truncated)
        note.warnings.append(QStringLiteral("the Markdown took too long to read; only its beginning is indexed"));

    if (fields.title && !fields.title->trimmed().isEmpty())
        note.title = fields.title->trimmed();
    else if (body.firstH1 && !body.firstH1->isEmpty())
        note.title = *body.firstH1;
    else
        note.title = fileStem(relativePath);

    if (fields.date)
        note.date = dateOf(*fields.date);
    if (!note.date)
        note.date = fileNameDate(relativePath);
    if (fields.type && !fields.type->trimmed().isEmpty())
        note.type = fields.type->trimmed();

    note.people = Names::canonical(fields.people + body.people);

    QStringList tags;
    TagScanner::mergeUnique(tags, frontmatterTags(fields.tags));
    TagScanner::mergeUnique(tags, body.tags);
    TagScanner::sortCaseInsensitive(tags);
    note.tags = tags;

    note.summary = std::move(body.summary);
    note.decisions = std::move(body.decisions);
    note.keyPoints = std::move(body.keyPoints);
    note.tasks = std::move(body.tasks);
    attachRawLines(bytes, note.tasks);
    note.body = std::move(body.plainText);
    return note;
}

} // namespace core
