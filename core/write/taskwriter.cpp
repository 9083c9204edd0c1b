// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/taskwriter.h"

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/index/vaultlock.h"
#include "core/index/vaultscanner.h"
#include "core/parse/mojibake.h"
#include "core/parse/noteparser.h"
#include "core/parse/tasklineparser.h"
#include "core/write/atomicreplace.h"
#include "core/write/completion.h"
#include "core/write/linefields.h"
#include "core/write/logging.h"
#include "core/write/notelines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace core {

namespace {

QString decodeLine(const QByteArray &line)
{
    return Mojibake::repaired(NoteParser::decode(line));
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

QString conflictMessage(const QString &path, int line, qsizetype copies)
{
    const QString where = copies == 0 ? QStringLiteral("it is nowhere else in the file")
                                      : QStringLiteral("%1 identical lines exist").arg(copies);
    return QStringLiteral("%1:%2 no longer holds the expected line, and %3; nothing was written")
        .arg(path)
        .arg(line)
        .arg(where);
}

constexpr int kAttempts = 5;

// Whether `text` (journal lines) stands in the note: the line the write named decides; a unique
// copy elsewhere only when that place reads neither (an outside edit moved it), never another
// task that happens to read the same. No lines stand where `other` is gone.
bool standsIn(const QByteArray &bytes, int line, const QString &text, const QString &other)
{
    const auto at = [&](const QString &t) {
        const QList<QByteArray> lines = NoteLines::split(t);
        const auto run = NoteLines::find(bytes, line, int(lines.size()));
        return run && !lines.isEmpty() && NoteLines::linesOf(bytes, *run) == lines;
    };
    const auto elsewhere = [&](const QString &t) {
        return !t.isEmpty() && NoteLines::relocate(bytes, line, NoteLines::split(t)).line != 0;
    };
    if (text.isEmpty())
        return !at(other) && !elsewhere(other);
    if (at(text))
        return true;
    return !at(other) && elsewhere(text);
}

} // namespace

TaskWriter::TaskWriter(VaultIndex &index, const QString &journalPath)
    : m_index(index)
    , m_journal(std::make_unique<Journal>(index.root(), journalPath))
    , m_lockTimeoutMs(VaultLock::kDefaultTimeoutMs)
{
}

TaskWriter::~TaskWriter() = default;

std::optional<QString> TaskWriter::statusCharacter(const QString &statusOrName)
{
    if (const auto state = stateFromName(statusOrName); state && *state != TaskState::Other)
        return statusForState(*state);
    const auto ucs4 = statusOrName.toUcs4();
    // One printable character; U+FFFD is what an invalid byte became, never what the user meant.
    if (ucs4.size() == 1 && (ucs4.front() == U' ' || (QChar::isPrint(ucs4.front()) && !QChar::isSpace(ucs4.front())))
        && ucs4.front() != U']' && ucs4.front() != 0xFFFD)
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
    QByteArray out = line;
    if (!newStatus || !task || !LineFields::setStatus(out, newStatus->toUtf8()))
        return std::nullopt;
    if (!options.doneDates)
        return out;

    const TaskState from = task->state;
    const TaskState to = stateForStatus(*newStatus);
    if (from == TaskState::Done && to != TaskState::Done)
        LineFields::removeDate(out, LineFields::Date::Done);
    if (from == TaskState::Cancelled && to != TaskState::Cancelled)
        LineFields::removeDate(out, LineFields::Date::Cancelled);
    // Added, never put over a date further left: that one is the description's text.
    if (to == TaskState::Done && from != TaskState::Done && !task->done)
        LineFields::addDate(out, LineFields::Date::Done, options.today);
    if (to == TaskState::Cancelled && from != TaskState::Cancelled && !task->cancelled)
        LineFields::addDate(out, LineFields::Date::Cancelled, options.today);
    return out;
}

// A located line of a note, read and checked, ready to be replaced.
struct TaskWriter::Target
{
    QString relative; // cleaned vault-relative path
    QString absolute;
    QByteArray bytes; // the whole file
    NoteLines::Run run; // the lines to replace
    QList<QByteArray> lines() const { return NoteLines::linesOf(bytes, run); }
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
    if (file.error() != QFile::NoError)
        return refuse(Outcome::IoError, QStringLiteral("cannot read ") + path + QStringLiteral(": ") + file.errorString());
    file.close();

    // A write replaces one line; an undo or redo the lines the journal says it left.
    const QList<QByteArray> wanted = expected ? NoteLines::split(*expected) : QList<QByteArray>();
    const int count = expected ? int(wanted.size()) : 1;
    if (expected) {
        // The file may have moved on since the caller read it: accept only a unique identical run.
        const NoteLines::Found found = NoteLines::relocate(target.bytes, lineNumber, wanted);
        if (!found.line) {
            Indexer(m_index).updateFile(clean);
            return refuse(Outcome::Conflict, conflictMessage(path, lineNumber, found.copies));
        }
        result.line = found.line;
    }
    const auto run = NoteLines::find(target.bytes, result.line, count);
    if (!run)
        return refuse(Outcome::NotATask, QStringLiteral("%1:%2 is past the end of the file").arg(path).arg(lineNumber));
    target.run = *run;
    result.oldText = NoteLines::join(target.lines());

    // Only real tasks count: a task-like line in a code block or a comment is text.
    const Note parsed = NoteParser::parse(clean, target.bytes);
    for (int line = run->line; line < run->line + run->count; ++line) {
        if (std::none_of(parsed.tasks.cbegin(), parsed.tasks.cend(), [&](const Task &t) { return t.line == line; }))
            return refuse(Outcome::NotATask, QStringLiteral("%1:%2 is not a task").arg(path).arg(line));
    }
    return target;
}

bool TaskWriter::openJournal(QString &error)
{
    if (m_journalOpen)
        return true;
    m_journalOpen = m_journal->open();
    if (!m_journalOpen) {
        error = m_journal->error();
        return false;
    }
    // The index of older versions held the journal: carried over once, the first time.
    if (m_index.database().isOpen() && !m_journal->importFrom(m_index.database()))
        qCWarning(lcWriter) << m_journal->error();
    return true;
}

TaskWriter::Result TaskWriter::write(const QString &path, int lineNumber, const std::optional<QString> &expected,
                                     const Rewrite &rewrite, const Journaling &journaling)
{
    Result result;
    VaultLock lock(m_index.lockPath());
    QString error;
    if (!lock.acquire(m_lockTimeoutMs) || !openJournal(error)) {
        result.line = lineNumber;
        result.message = (error.isEmpty() ? lock.error() : error) + QStringLiteral("; nothing was written");
        return result;
    }
    reconcileLocked();
    std::optional<QString> wanted = expected;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        result = Result();
        const auto target = locate(path, lineNumber, wanted, result);
        if (!target)
            return result;
        // A retry looks for the line as first read, wherever an outside edit has moved it.
        wanted = result.oldText;
        const auto newLines = rewrite(*target);
        if (!newLines) {
            result.outcome = Outcome::NotATask;
            result.message = QStringLiteral("%1:%2 is not a task").arg(path).arg(target->run.line);
            return result;
        }
        result.newText = NoteLines::join(*newLines);
        if (*newLines == target->lines()) {
            result.outcome = Outcome::Unchanged;
            return result;
        }
        if (commit(*target, *newLines, result, journaling) == Step::Done)
            return result;
        qCInfo(lcWriter) << "the note changed while it was being written; reading it again:" << path;
    }
    result.outcome = Outcome::Conflict;
    result.message = path + QStringLiteral(" kept changing while it was being written; nothing was written");
    Indexer(m_index).updateFile(QDir::cleanPath(path));
    return result;
}

TaskWriter::Step TaskWriter::commit(const Target &target, const QList<QByteArray> &newLines, Result &result,
                                    const Journaling &journaling)
{
    const QByteArray bytes = NoteLines::splice(target.bytes, target.run, newLines);
    const QString temporary = AtomicReplace::temporaryPathFor(target.absolute);
    // Write-ahead: the intent is on disk before the note changes.
    // An undo or redo whose entry a later write has dropped is journaled as a write of its own.
    const bool replay = journaling.replayOf != 0 && m_journal->beginReplay(journaling.replayOf, journaling.undo, temporary);
    std::optional<qint64> id = journaling.replayOf;
    if (!replay && !(id = m_journal->begin(target.relative, target.run.line, result.oldText, result.newText, temporary))) {
        result.outcome = Outcome::IoError;
        result.message = m_journal->error() + QStringLiteral("; nothing was written");
        return Step::Done;
    }
    const auto replaced = AtomicReplace::replace(target.absolute, temporary, target.bytes, bytes);
    const bool landed = replaced.status == AtomicReplace::Status::Replaced;
    const bool settled = replay ? m_journal->settle(*id, landed == journaling.undo)
                                : (landed ? m_journal->confirm(*id) : m_journal->forget(*id));
    if (!settled)
        qCWarning(lcWriter) << "the journal entry stays pending (the next write settles it):" << m_journal->error();
    switch (replaced.status) {
    case AtomicReplace::Status::Replaced:
        break;
    case AtomicReplace::Status::Changed:
        return Step::Retry;
    case AtomicReplace::Status::Refused:
    case AtomicReplace::Status::Failed:
        result.outcome = Outcome::IoError;
        result.message = replaced.status == AtomicReplace::Status::Refused
            ? QString(target.relative + QStringLiteral(": ") + replaced.reason + QStringLiteral("; nothing was written"))
            : QString(QStringLiteral("cannot write ") + target.relative + QStringLiteral(": ") + replaced.reason
                      + QStringLiteral("; the note is unchanged"));
        qCWarning(lcWriter) << result.message;
        return Step::Done;
    }
    result.outcome = Outcome::Written;
    result.journalId = *id;
    Indexer indexer(m_index);
    if (!indexer.updateFile(target.relative))
        qCWarning(lcWriter) << "written, but the index was not updated:" << indexer.error();
    return Step::Done;
}

TaskWriter::Result TaskWriter::setStatus(const QString &path, int lineNumber, const QString &status,
                                         const Options &options)
{
    QStringList warnings;
    const Rewrite rewrite = [&](const Target &target) -> std::optional<QList<QByteArray>> {
        const QByteArray line = target.lines().value(0);
        const auto after = rewriteLine(line, status, options);
        if (!after)
            return std::nullopt;
        Completion::Outcome completion = Completion::apply(line, *after, options.today);
        warnings = completion.warnings;
        return completion.lines;
    };
    Result result = write(path, lineNumber, options.expectedLine, rewrite, {});
    if (result.outcome == Outcome::Written)
        result.warnings = warnings;
    return result;
}

std::optional<QByteArray> TaskWriter::rewriteDue(const QByteArray &line, const DueChange &change, const QDate &today)
{
    if (line.startsWith("\xEF\xBB\xBF"))
        return std::nullopt;
    const auto task = TaskLineParser::parse(decodeLine(line));
    if (!task)
        return std::nullopt;
    const auto current = task->due ? std::optional(QDate::fromString(*task->due, Qt::ISODate)) : std::nullopt;
    // The line's due field is the one the parser read, or one it read by its shape alone
    // ("2022-02-30"); a date further left in the description is text, never touched.
    const bool hasField = task->due
        || std::any_of(task->warnings.cbegin(), task->warnings.cend(),
                       [](const QString &w) { return w.startsWith(QStringLiteral("due date ")); });
    QByteArray out = line;
    const auto due = change.resolve(current, today);
    if (due && hasField)
        LineFields::setDate(out, LineFields::Date::Due, *due);
    else if (due)
        LineFields::addDate(out, LineFields::Date::Due, *due);
    else if (hasField)
        LineFields::removeDate(out, LineFields::Date::Due);
    return out;
}

TaskWriter::Result TaskWriter::setDue(const QString &path, int lineNumber, const DueChange &change,
                                      const Options &options)
{
    const Rewrite rewrite = [&](const Target &target) -> std::optional<QList<QByteArray>> {
        const auto line = rewriteDue(target.lines().value(0), change, options.today);
        return line ? std::optional(QList<QByteArray> { *line }) : std::nullopt;
    };
    return write(path, lineNumber, options.expectedLine, rewrite, {});
}

TaskWriter::Result TaskWriter::replaceLine(const QString &path, int lineNumber, const QString &expected,
                                           const QString &replacement, const Journaling &journaling)
{
    // Only task lines are put back (a completion may have left two, or none).
    const auto allTasks = [](const QString &text) {
        const QStringList lines = text.isEmpty() ? QStringList() : text.split(u'\n');
        return std::all_of(lines.cbegin(), lines.cend(), [](const QString &line) {
            return !line.contains(u'\r') && TaskLineParser::checkbox(Mojibake::repaired(line));
        });
    };
    if (!allTasks(expected) || !allTasks(replacement) || (expected.isEmpty() && replacement.isEmpty())) {
        Result result;
        result.line = lineNumber;
        result.outcome = Outcome::NotATask;
        result.message = QStringLiteral("the replacement for %1:%2 is not a task line").arg(path).arg(lineNumber);
        return result;
    }
    const QList<QByteArray> lines = NoteLines::split(replacement);
    return write(path, lineNumber, expected, [&](const Target &) { return std::optional(lines); }, journaling);
}

std::optional<QList<Journal::Entry>> TaskWriter::history(int limit)
{
    QString error;
    if (!openJournal(error))
        return std::nullopt;
    reconcile();
    return m_journal->history(limit);
}

bool TaskWriter::reconcile()
{
    if (!QFileInfo::exists(m_journal->path()))
        return true; // no journal, nothing pending: nothing to create for a look
    VaultLock lock(m_index.lockPath());
    QString error;
    if (!lock.acquire(m_lockTimeoutMs) || !openJournal(error)) {
        qCWarning(lcWriter) << "cannot settle the journal:" << (error.isEmpty() ? lock.error() : error);
        return false;
    }
    return reconcileLocked();
}

// Under the vault lock no write is under way, so a pending entry is one whose writer died: the
// file says whether its write landed.
bool TaskWriter::reconcileLocked()
{
    const auto pending = m_journal->pending();
    if (!pending)
        return false;
    for (const Journal::Entry &e : *pending) {
        if (!e.temporary.isEmpty() && AtomicReplace::isTemporaryName(QFileInfo(e.temporary).fileName()))
            QFile::remove(e.temporary);
        QFile file(m_index.root() + u'/' + e.path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const bool hasNew = standsIn(bytes, e.line, e.newText, e.oldText);
        const bool hasOld = standsIn(bytes, e.line, e.oldText, e.newText);
        bool ok = true;
        switch (e.pending) {
        case Journal::Pending::Write:
            ok = hasNew ? m_journal->confirm(e.id) : m_journal->forget(e.id);
            break;
        case Journal::Pending::Undo:
            ok = m_journal->settle(e.id, hasOld && !hasNew);
            break;
        case Journal::Pending::Redo:
            ok = m_journal->settle(e.id, !hasNew);
            break;
        case Journal::Pending::None:
            break;
        }
        qCInfo(lcWriter) << "settled a write left pending by a stopped Vaultview:" << e.path << e.line;
        if (!ok) {
            qCWarning(lcWriter) << "cannot settle the journal:" << m_journal->error();
            return false;
        }
        Indexer(m_index).updateFile(e.path);
    }
    return true;
}

TaskWriter::Replay TaskWriter::replay(bool undo)
{
    Replay outcome;
    QString error;
    // One lock from choosing the batch to its last line: two undos never pick the same batch.
    VaultLock lock(m_index.lockPath());
    if (!lock.acquire(m_lockTimeoutMs) || !openJournal(error) || !reconcileLocked()) {
        outcome.message = !error.isEmpty() ? error : !lock.error().isEmpty() ? lock.error() : m_journal->error();
        return outcome;
    }
    const auto entries = m_journal->nextReplay(undo);
    if (!entries) {
        outcome.message = m_journal->error();
        return outcome;
    }
    if (entries->isEmpty()) {
        outcome.refused = true;
        outcome.message = undo ? QStringLiteral("nothing to undo") : QStringLiteral("nothing to redo");
        return outcome;
    }
    for (const Journal::Entry &e : *entries) {
        const Journaling journaling { e.id, undo };
        const auto result = undo ? replaceLine(e.path, e.line, e.newText, e.oldText, journaling)
                                 : replaceLine(e.path, e.line, e.oldText, e.newText, journaling);
        if (!result.ok()) {
            outcome.refused = result.outcome == Outcome::Conflict || result.outcome == Outcome::NotATask;
            outcome.message = result.message;
            return outcome;
        }
        outcome.entries.append(e);
    }
    outcome.ok = true;
    return outcome;
}

} // namespace core
