// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/write/duechange.h"
#include "core/write/taskwriter.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace core {
class VaultIndex;
} // namespace core

namespace ui {

class EditMessages;

// A task as the GUI showed it: where it is and the exact line text it was read from.
struct TaskRef
{
    QString path; // vault-relative
    int line = 0;
    std::optional<QString> expectedLine; // nullopt when the file changed since it was indexed
    QString text; // the task's description, for undo labels
};

// The GUI's one way to change a task: every change goes through core::TaskWriter (atomic write,
// re-index of the file, core's journal) and lands on an undo stack whose commands put back exact
// lines. One user action (one key, one click, one menu choice on a selection) is one undo step
// and one journal batch.
class TaskEditor final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLockTimeoutMs = 5000;
    struct Change
    {
        TaskRef task;
        QString status; // a status character or a state name
    };

    // Why nothing (or not all) was written, for a message the user can act on (EditMessages).
    struct Failure
    {
        enum class Reason {
            Stale, // the note changed since it was read: it is being re-read
            LineChanged, // the line no longer holds what was shown (or is there several times)
            NotATask, // the line is no longer a task
            Busy, // the vault or the index is locked by another writer
            Refused, // outside the vault, through a link: never written
            WriteError, // the file could not be read or written
            Warning, // written, with a caveat
            Other,
        };
        Reason reason = Reason::Other;
        QString path;
        QString detail; // core's own words
    };

    explicit TaskEditor(core::VaultIndex &index, QObject *parent = nullptr);
    static Failure::Reason reasonFor(const core::TaskWriter::Result &refusal);
    ~TaskEditor() override;
    Q_DISABLE_COPY_MOVE(TaskEditor)

    QUndoStack *undoStack() const { return m_undoStack; }
    // Where failures are shown: the message bar of the pane the edit came from.
    EditMessages *messages() const { return m_messages; }
    core::VaultIndex &index() const { return m_index; }
    core::TaskWriter &writer() const { return *m_writer; }
    // Where the undo journal of this vault lives (user data, unlike the index).
    QString journalPath() const;

    // False (and failed()) when nothing was written.
    bool setStatus(const TaskRef &task, const QString &status);
    // Several changes as one undo step named `label`; returns how many were written.
    int setStatuses(const QList<Change> &changes, const QString &label);
    // Reassigns tasks (their trailing @owner, core::OwnerWriter) as one undo step.
    int setOwners(const QList<TaskRef> &tasks, const QString &owner, const QString &label);
    // Moves the due date of one task (set, remove, postpone); the write as done (its new line and
    // where it was found), or nullopt (and failed()) when nothing was written.
    std::optional<core::TaskWriter::Result> setDue(
        const TaskRef &task, const core::DueChange &change);
    // The same change to several tasks as one undo step named `label`; how many were written.
    int setDues(const QList<TaskRef> &tasks, const core::DueChange &change, const QString &label);

    // The day that postponing counts from and done dates name; a null date (the default) is the
    // real today. Tests pin it.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // Called by TaskStatusCommand after its own writes.
    void reportWritten(const QString &path);
    void reportFailure(const Failure &failure);
    // Reads `path` again from disk (after a refusal): staleNote() asks the session to.
    void reloadNote(const QString &path) { Q_EMIT staleNote(path); }

Q_SIGNALS:
    void noteChanged(const QString &path); // the file and its index entry changed
    void failed(const QString &message); // core's words, for the log and tests
    void refused(const ui::TaskEditor::Failure &failure); // the same, for a message bar
    void editStarted(); // a user's action begins: it supersedes the message of the last one
    void staleNote(const QString &path); // the note must be re-indexed before it can be edited

private:
    using Result = core::TaskWriter::Result;
    struct Written
    {
        QString path;
        Result result;
        QString label; // of its undo step, when it is the only one
    };

    // Runs `write` with the line the GUI saw and reports a refusal; the result of a write that
    // went through (Written or Unchanged), nullopt after a refusal.
    std::optional<Result> checkedWrite(const TaskRef &task, const char *what,
        const std::function<Result(const QString &expected)> &write);
    std::optional<Result> writeStatus(const Change &change);
    // Pushes the written results as one step (several become children of a macro).
    void pushWritten(const QList<Written> &written, const QString &label);

    core::VaultIndex &m_index;
    std::unique_ptr<core::TaskWriter> m_writer;
    QUndoStack *m_undoStack = nullptr;
    EditMessages *m_messages = nullptr;
    QDate m_today;
};

} // namespace ui
