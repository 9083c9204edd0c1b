#include "taskwriter.h"

#include "indexer.h"
#include "journal.h"
#include "logging.h"
#include "mojibake.h"
#include "noteparser.h"
#include "tasklineparser.h"
#include "vaultindex.h"
#include "vaultscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <qplatformdefs.h>

namespace core {

namespace {

struct Line
{
    qsizetype start = 0; // byte offset in the file
    qsizetype length = 0; // without '\r\n' / '\n'
};

std::optional<Line> findLine(const QByteArray &bytes, int number)
{
    if (number < 1)
        return std::nullopt;
    qsizetype start = 0;
    for (int n = 1; n < number; ++n) {
        const qsizetype eol = bytes.indexOf('\n', start);
        if (eol < 0)
            return std::nullopt;
        start = eol + 1;
    }
    if (start > bytes.size() || (start == bytes.size() && number > 1))
        return std::nullopt;
    qsizetype end = bytes.indexOf('\n', start);
    if (end < 0)
        end = bytes.size();
    if (end > start && bytes.at(end - 1) == '\r')
        --end;
    return Line { start, end - start };
}

QString decodeLine(const QByteArray &line)
{
    return Mojibake::repaired(NoteParser::decode(line));
}

bool isDateAt(const QByteArray &s, qsizetype i)
{
    if (i + 10 > s.size())
        return false;
    for (int k = 0; k < 10; ++k) {
        const char c = s.at(i + k);
        if ((k == 4 || k == 7) ? c != '-' : !(c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

// Removes the rightmost "<emoji>[FE0F] YYYY-MM-DD" (in any of its spellings) and one space before it.
void removeEmojiDate(QByteArray &line, const QString &emoji)
{
    qsizetype bestStart = -1;
    qsizetype bestEnd = -1;
    const QStringList selectors = Mojibake::spellings(QStringLiteral("\uFE0F"));
    for (const QString &spelling : Mojibake::spellings(emoji)) {
        const QByteArray needle = spelling.toUtf8();
        for (qsizetype at = line.lastIndexOf(needle); at >= 0; at = at > 0 ? line.lastIndexOf(needle, at - 1) : -1) {
            qsizetype end = at + needle.size();
            for (const QString &selector : selectors) {
                if (line.mid(end).startsWith(selector.toUtf8())) {
                    end += selector.toUtf8().size();
                    break;
                }
            }
            while (end < line.size() && line.at(end) == ' ')
                ++end;
            if (isDateAt(line, end) && at > bestStart) {
                bestStart = at;
                bestEnd = end + 10;
            }
        }
    }
    if (bestStart < 0)
        return;
    if (bestStart > 0 && line.at(bestStart - 1) == ' ')
        --bestStart;
    line.remove(bestStart, bestEnd - bestStart);
}

// Removes the rightmost "[key:: YYYY-MM-DD]" and one space before it. A field that holds anything
// but a date is the user's text, not a date this write owns: it stays.
void removeDataviewDate(QByteArray &line, const QByteArray &key)
{
    const QByteArray opening = "[" + key + "::";
    for (qsizetype at = line.lastIndexOf(opening); at >= 0; at = at > 0 ? line.lastIndexOf(opening, at - 1) : -1) {
        qsizetype i = at + opening.size();
        while (i < line.size() && line.at(i) == ' ')
            ++i;
        if (!isDateAt(line, i))
            continue;
        i += 10;
        while (i < line.size() && line.at(i) == ' ')
            ++i;
        if (i >= line.size() || line.at(i) != ']')
            continue;
        const qsizetype start = at > 0 && line.at(at - 1) == ' ' ? at - 1 : at;
        line.remove(start, i + 1 - start);
        return;
    }
}

// Where a new field goes: the end of the line, before a trailing " ^blockid" and trailing blanks.
qsizetype appendPosition(const QByteArray &line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == ' ' || line.at(end - 1) == '\t'))
        --end;
    qsizetype i = end;
    while (i > 0 && (std::isalnum(uchar(line.at(i - 1))) || line.at(i - 1) == '-'))
        --i;
    if (i < end && i >= 2 && line.at(i - 1) == '^' && (line.at(i - 2) == ' ' || line.at(i - 2) == '\t')) {
        i -= 2;
        while (i > 0 && (line.at(i - 1) == ' ' || line.at(i - 1) == '\t'))
            --i;
        return i;
    }
    return end;
}

void appendField(QByteArray &line, const QString &emoji, const QDate &today)
{
    const QByteArray field = ' ' + emoji.toUtf8() + ' ' + today.toString(Qt::ISODate).toLatin1();
    line.insert(appendPosition(line), field);
}

struct Refusal
{
    TaskWriter::Outcome outcome;
    QString message;
};

// Why `path` may not be written: outside the vault, not one of its notes, reached through a link, missing.
std::optional<Refusal> pathRefusal(const QString &root, const QString &path, const QString &clean)
{
    using Outcome = TaskWriter::Outcome;
    if (QDir::isAbsolutePath(path) || clean == u".." || clean.startsWith(QStringLiteral("../")))
        return Refusal { Outcome::OutsideVault, QStringLiteral("refusing to write outside the vault: ") + path };
    if (!VaultScanner::isNotePath(clean))
        return Refusal { Outcome::OutsideVault,
                         QStringLiteral("not a note of the vault (hidden, or not a .md file): ") + path };
    const QString absolute = root + u'/' + clean;
    const QFileInfo info(absolute);
    if (!info.exists())
        return Refusal { Outcome::IoError, QStringLiteral("no such note: ") + path };
    // A link anywhere on the path: the scanner does not follow it, so neither does the writer.
    if (info.canonicalFilePath() != absolute)
        return Refusal { Outcome::OutsideVault, QStringLiteral("refusing to write through a symbolic link: ") + path };
    if (!info.isFile())
        return Refusal { Outcome::IoError, QStringLiteral("no such note: ") + path };
    return std::nullopt;
}

bool lineReads(const QByteArray &bytes, const Line &line, const QByteArray &wanted)
{
    const QByteArray text = bytes.mid(line.start, line.length);
    return text == wanted || (line.start == 0 && text == "\xEF\xBB\xBF" + wanted);
}

struct Found
{
    int line = 0; // 0 when no single line fits
    qsizetype copies = 0;
};

// The line the caller meant: `number` while it still reads `expected`, else the one identical line.
Found relocate(const QByteArray &bytes, int number, const QByteArray &expected)
{
    if (const auto line = findLine(bytes, number); line && lineReads(bytes, *line, expected))
        return { number, 1 };
    Found found;
    for (int n = 1;; ++n) {
        const auto candidate = findLine(bytes, n);
        if (!candidate)
            break;
        if (lineReads(bytes, *candidate, expected)) {
            found.line = found.copies == 0 ? n : 0;
            ++found.copies;
        }
    }
    return found;
}

QString conflictMessage(const QString &path, int line, qsizetype copies)
{
    const QString where = copies == 0 ? QStringLiteral("it is nowhere else in the file")
                                      : QStringLiteral("%1 identical lines exist").arg(copies);
    return QStringLiteral("%1:%2 no longer holds the expected line, and %3; nothing was written")
        .arg(path)
        .arg(line)
        .arg(where);
}

} // namespace

TaskWriter::TaskWriter(VaultIndex &index)
    : m_index(index)
    , m_journal(std::make_unique<Journal>(index.database()))
{
}

TaskWriter::~TaskWriter() = default;

std::optional<QString> TaskWriter::statusCharacter(const QString &statusOrName)
{
    if (const auto state = stateFromName(statusOrName); state && *state != TaskState::Other)
        return statusForState(*state);
    const auto ucs4 = statusOrName.toUcs4();
    if (ucs4.size() == 1 && QChar::category(ucs4.front()) != QChar::Other_Control && ucs4.front() != U']')
        return statusOrName;
    return std::nullopt;
}

std::optional<QByteArray> TaskWriter::rewriteLine(const QByteArray &line, const QString &status,
                                                  const Options &options)
{
    // A BOM is the caller's to strip (it belongs to the file); U+FEFF before a list marker is text.
    if (line.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const auto newStatus = statusCharacter(status);
    const QString text = decodeLine(line);
    const auto task = TaskLineParser::parse(text);
    const auto box = TaskLineParser::checkbox(text);
    if (!newStatus || !task || !box)
        return std::nullopt;
    // The prefix up to the status is ASCII, so its length in bytes equals its length in UTF-16.
    QByteArray out = line;
    // Measured in the raw bytes: an invalid byte decodes to U+FFFD, whose UTF-8 is longer.
    out.replace(box->statusPos, line.indexOf(']', box->statusPos) - box->statusPos, newStatus->toUtf8());
    if (!options.doneDates)
        return out;

    const TaskState from = task->state;
    const TaskState to = stateForStatus(*newStatus);
    if (from == TaskState::Done && to != TaskState::Done) {
        removeEmojiDate(out, QStringLiteral("✅"));
        removeDataviewDate(out, "completion");
    }
    if (from == TaskState::Cancelled && to != TaskState::Cancelled) {
        removeEmojiDate(out, QStringLiteral("❌"));
        removeDataviewDate(out, "cancelled");
    }
    if (to == TaskState::Done && from != TaskState::Done && !task->done)
        appendField(out, QStringLiteral("✅"), options.today);
    if (to == TaskState::Cancelled && from != TaskState::Cancelled && !task->cancelled)
        appendField(out, QStringLiteral("❌"), options.today);
    return out;
}

// A located line of a note, read and checked, ready to be replaced.
struct TaskWriter::Target
{
    QString relative; // cleaned vault-relative path
    QString absolute;
    QByteArray bytes; // the whole file
    qsizetype start = 0; // byte offset of the line's text (after a BOM on line 1)
    qsizetype length = 0; // without the line ending
    int line = 0;
    qint64 size = 0; // of the file as read, to notice a change before replacing it
    QDateTime modified;
    QByteArray text() const { return bytes.mid(start, length); }
};

std::optional<TaskWriter::Target> TaskWriter::locate(const QString &path, int lineNumber,
                                                     const std::optional<QString> &expected, Result &result)
{
    result.line = lineNumber;
    const auto refuse = [&](Outcome outcome, const QString &message) {
        result.outcome = outcome;
        result.message = message;
        return std::nullopt;
    };
    const QString clean = QDir::cleanPath(path);
    if (const auto refusal = pathRefusal(m_index.root(), path, clean))
        return refuse(refusal->outcome, refusal->message);

    Target target;
    target.relative = clean;
    target.absolute = m_index.root() + u'/' + clean;
    QFile file(target.absolute);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Outcome::IoError, QStringLiteral("cannot read ") + path + QStringLiteral(": ") + file.errorString());
    target.bytes = file.readAll();
    const QFileInfo info(file);
    target.size = info.size();
    target.modified = info.lastModified();
    file.close();

    if (expected) {
        // The file may have moved on since the caller read it: accept only a unique identical line.
        const Found found = relocate(target.bytes, lineNumber, expected->toUtf8());
        if (!found.line) {
            Indexer(m_index).updateFile(clean);
            return refuse(Outcome::Conflict, conflictMessage(path, lineNumber, found.copies));
        }
        result.line = found.line;
    }
    const auto line = findLine(target.bytes, result.line);
    if (!line)
        return refuse(Outcome::NotATask, QStringLiteral("%1:%2 is past the end of the file").arg(path).arg(lineNumber));

    // A BOM belongs to the file, not to the first line's text.
    const qsizetype bom = (line->start == 0 && target.bytes.startsWith("\xEF\xBB\xBF")) ? 3 : 0;
    target.start = line->start + bom;
    target.length = line->length - bom;
    target.line = result.line;
    result.oldText = NoteParser::decode(target.text());

    // Only a real task counts: a task-like line in a code block is text.
    const Note parsed = NoteParser::parse(clean, target.bytes);
    const bool isTask = std::any_of(parsed.tasks.cbegin(), parsed.tasks.cend(),
                                    [&](const Task &t) { return t.line == target.line; });
    if (!isTask)
        return refuse(Outcome::NotATask, QStringLiteral("%1:%2 is not a task").arg(path).arg(target.line));
    return target;
}

// What must stop a replace that would otherwise succeed: QSaveFile renames a new file over the
// old one, which would ignore a read-only file, split a hard link, or resurrect a deleted note.
std::optional<QString> TaskWriter::writeRefusal(const Target &target, Outcome &outcome) const
{
    QT_STATBUF st;
    const QByteArray native = QFile::encodeName(target.absolute);
    outcome = Outcome::IoError;
    if (QT_LSTAT(native.constData(), &st) != 0)
        return target.relative + QStringLiteral(" was deleted before it could be written; nothing was written");
    const QFileInfo info(target.absolute);
    if (info.size() != target.size || info.lastModified() != target.modified) {
        outcome = Outcome::Conflict;
        return target.relative + QStringLiteral(" changed on disk while it was being written; nothing was written");
    }
    if (!(info.permissions() & QFileDevice::WriteOwner))
        return target.relative + QStringLiteral(" is read-only; nothing was written");
    if (st.st_nlink > 1)
        return target.relative + QStringLiteral(" is hard-linked (%1 names); replacing it would break the link, "
                                                 "so nothing was written")
                                     .arg(qulonglong(st.st_nlink));
    return std::nullopt;
}

TaskWriter::Result TaskWriter::commit(Target &target, const QByteArray &newLine, Result result, Journaling journaling)
{
    result.newText = NoteParser::decode(newLine);
    if (newLine == target.text()) {
        result.outcome = Outcome::Unchanged;
        return result;
    }
    if (const auto refusal = writeRefusal(target, result.outcome)) {
        result.message = *refusal;
        qCWarning(lcWriter) << result.message;
        return result;
    }
    target.bytes.replace(target.start, target.length, newLine);
    QSaveFile out(target.absolute);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly) || out.write(target.bytes) != target.bytes.size() || !out.commit()) {
        result.outcome = Outcome::IoError;
        result.message = QStringLiteral("cannot write ") + target.relative + QStringLiteral(": ") + out.errorString()
            + QStringLiteral("; the note is unchanged");
        qCWarning(lcWriter) << result.message;
        return result;
    }
    result.outcome = Outcome::Written;
    if (journaling == Journaling::Record && !m_journal->record(target.relative, target.line, result.oldText, result.newText))
        qCWarning(lcWriter) << "written, but not journaled:" << m_journal->error();
    Indexer indexer(m_index);
    if (!indexer.updateFile(target.relative))
        qCWarning(lcWriter) << "written, but the index was not updated:" << indexer.error();
    return result;
}

TaskWriter::Result TaskWriter::setStatus(const QString &path, int lineNumber, const QString &status,
                                         const Options &options)
{
    Result result;
    auto target = locate(path, lineNumber, options.expectedLine, result);
    if (!target)
        return result;
    const auto newLine = rewriteLine(target->text(), status, options);
    if (!newLine) {
        result.outcome = Outcome::NotATask;
        result.message = QStringLiteral("%1:%2 is not a task").arg(path).arg(target->line);
        return result;
    }
    return commit(*target, *newLine, result, Journaling::Record);
}

TaskWriter::Result TaskWriter::replaceLine(const QString &path, int lineNumber, const QString &expected,
                                           const QString &replacement, Journaling journaling)
{
    Result result;
    auto target = locate(path, lineNumber, expected, result);
    if (!target)
        return result;
    const auto before = TaskLineParser::checkbox(Mojibake::repaired(expected));
    const auto after = TaskLineParser::checkbox(Mojibake::repaired(replacement));
    if (!before || !after || replacement.contains(u'\n') || replacement.contains(u'\r')) {
        result.outcome = Outcome::NotATask;
        result.message = QStringLiteral("the replacement for %1:%2 is not a task line").arg(path).arg(target->line);
        return result;
    }
    return commit(*target, replacement.toUtf8(), result, journaling);
}

} // namespace core
