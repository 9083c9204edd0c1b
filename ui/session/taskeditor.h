#pragma once

#include "core/write/taskwriter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QUndoStack;

namespace core {
class VaultIndex;
} // namespace core

namespace ui {

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

    explicit TaskEditor(core::VaultIndex &index, QObject *parent = nullptr);
    ~TaskEditor() override;
    Q_DISABLE_COPY_MOVE(TaskEditor)

    QUndoStack *undoStack() const { return m_undoStack; }
    core::VaultIndex &index() const { return m_index; }
    core::TaskWriter &writer() const { return *m_writer; }

    // False (and failed()) when nothing was written.
    bool setStatus(const TaskRef &task, const QString &status);
    // Several changes as one undo step named `label`; returns how many were written.
    int setStatuses(const QList<Change> &changes, const QString &label);
    // Reassigns tasks (their trailing @owner, core::OwnerWriter) as one undo step.
    int setOwners(const QList<TaskRef> &tasks, const QString &owner, const QString &label);

    // Called by TaskStatusCommand after its own writes.
    void reportWritten(const QString &path);
    void reportFailure(const QString &message);

Q_SIGNALS:
    void noteChanged(const QString &path); // the file and its index entry changed
    void failed(const QString &message); // for the status bar
    void staleNote(const QString &path); // the note must be re-indexed before it can be edited

private:
    // The result of a write that went through (Written or Unchanged); nullopt after a refusal.
    std::optional<core::TaskWriter::Result> write(const Change &change);
    std::optional<core::TaskWriter::Result> writeOwner(const TaskRef &task, const QString &owner);
    // Pushes the written results as one step (several become children of a macro).
    void pushWritten(const QList<std::pair<QString, core::TaskWriter::Result>> &written,
        const QString &label, const QString &singleLabel);

    core::VaultIndex &m_index;
    std::unique_ptr<core::TaskWriter> m_writer;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace ui
