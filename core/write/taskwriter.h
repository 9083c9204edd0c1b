// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/journal.h"
#include "core/write/duechange.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QList>
#include <QtGlobal>
#include <functional>
#include <memory>
#include <optional>

namespace core {

class VaultIndex;

// The one write path: changes the status of one task line and nothing else in the file,
// atomically, then re-indexes that file. Used by the CLI and the GUI alike.
//
// Every write holds the vault lock (so writers in any process queue, one after the other),
// records its intent in the undo journal before the note is replaced and confirms it after
// (AtomicReplace refuses to replace bytes it has not read, so an outside edit is never lost;
// the writer then reads the note again and retries, or refuses). A write killed half-way is
// settled by the next writer, which looks at the file (reconcile()).
class TaskWriter final
{
public:
    enum class Outcome { Written, Unchanged, NotATask, Conflict, OutsideVault, IoError };

    struct Options
    {
        bool doneDates = true; // add ✅/❌ dates like Obsidian Tasks does
        std::optional<QString> expectedLine; // the line's text as the caller saw it
        QDate today = QDate::currentDate();
    };

    struct Result
    {
        Outcome outcome = Outcome::IoError;
        QString message;
        int line = 0; // where the task was found (may differ from the request with expectedLine)
        QString oldText; // the line before, decoded, without its line ending
        // The lines after, joined by '\n': one, two when a completion added the next occurrence
        // above, none when 🏁 delete removed the completed line.
        QString newText;
        QStringList warnings; // e.g. a 🔁 rule Vaultview cannot follow (the task was still completed)
        qint64 journalId = 0; // the journal entry of a write, for its undo
        bool ok() const { return outcome == Outcome::Written || outcome == Outcome::Unchanged; }
    };

    // How a write is journaled: a new entry, or the undo or redo of entry `replayOf`.
    struct Journaling
    {
        qint64 replayOf = 0;
        bool undo = false;
    };

    // What undo() and redo() did.
    struct Replay
    {
        bool ok = false;
        bool refused = false; // the file changed: a conflict, not an error
        QString message;
        QList<Journal::Entry> entries; // what was undone or redone
    };

    // `journalPath` empty: the vault's journal in the XDG data folder.
    explicit TaskWriter(VaultIndex &index, const QString &journalPath = {});
    ~TaskWriter();
    Q_DISABLE_COPY_MOVE(TaskWriter)

    // The journal of this writer's vault; call beginBatch() on it to make several writes one undo step.
    Journal &journal() { return *m_journal; }
    // Undoes the newest batch still applied, or redoes the oldest undone one, through the same
    // checks as any write: a line changed since is refused.
    Replay undo() { return replay(true); }
    Replay redo() { return replay(false); }
    // The journal, newest first, after settling what a killed writer left (and carrying over the
    // journal older versions kept in the index); nullopt with the reason in journal().error().
    std::optional<QList<Journal::Entry>> history(int limit = 100);
    // Settles journal entries that a killed writer left pending, by looking at their notes, and
    // removes its temporary files. Takes the vault lock.
    bool reconcile();
    // How long a write waits for other writers of the vault (the window waits less than the CLI).
    void setLockTimeout(int milliseconds) { m_lockTimeoutMs = milliseconds; }

    // `status` is one character (" ", "x", "/", "-", "?", ">" …) or a state name ("done").
    Result setStatus(const QString &path, int line, const QString &status, const Options &options);
    Result setStatus(const QString &path, int line, const QString &status)
    {
        return setStatus(path, line, status, Options());
    }

    // Moves the due date: only the date's ten characters change, or " 📅 DATE" is added where
    // Tasks writes it, or the field goes (DueChange::clear()).
    Result setDue(const QString &path, int line, const DueChange &change, const Options &options);

    // Puts back a line exactly as it was (undo and redo): applied only when the line, or its unique
    // identical copy elsewhere in the file, still reads `expected`.
    Result replaceLine(const QString &path, int line, const QString &expected, const QString &replacement,
                       const Journaling &journaling);
    Result replaceLine(const QString &path, int line, const QString &expected, const QString &replacement)
    {
        return replaceLine(path, line, expected, replacement, Journaling());
    }

    // The new bytes of one line (without its line ending); pure, for tests and previews.
    // nullopt when the line is not a task. Bytes other than the status and date fields are kept.
    static std::optional<QByteArray> rewriteLine(const QByteArray &line, const QString &status,
                                                 const Options &options);
    static std::optional<QByteArray> rewriteDue(const QByteArray &line, const DueChange &change, const QDate &today);
    static std::optional<QString> statusCharacter(const QString &statusOrName);

private:
    struct Target;
    using Rewrite = std::function<std::optional<QList<QByteArray>>(const Target &)>;
    enum class Step { Done, Retry };

    std::optional<Target> locate(const QString &path, int line, const std::optional<QString> &expected,
                                 Result &result);
    Result write(const QString &path, int line, const std::optional<QString> &expected, const Rewrite &rewrite,
                 const Journaling &journaling);
    Step commit(const Target &target, const QList<QByteArray> &newLines, Result &result, const Journaling &journaling);
    bool openJournal(QString &error);
    bool reconcileLocked();
    Replay replay(bool undo);

    VaultIndex &m_index;
    std::unique_ptr<Journal> m_journal;
    bool m_journalOpen = false;
    int m_lockTimeoutMs;
};

} // namespace core
