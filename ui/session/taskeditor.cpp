#include "ui/session/taskeditor.h"

#include "core/index/journal.h"
#include "core/model/task.h"
#include "core/write/ownerwriter.h"
#include "core/write/taskwriter.h"
#include "ui/session/logging.h"
#include "ui/session/taskstatuscommand.h"

#include <QUndoStack>

namespace ui {

namespace {

QString actionLabel(const QString &status)
{
    switch (core::stateForStatus(status)) {
    case core::TaskState::Done:
        return QStringLiteral("Mark Done");
    case core::TaskState::Todo:
        return QStringLiteral("Mark To Do");
    case core::TaskState::InProgress:
        return QStringLiteral("Mark In Progress");
    case core::TaskState::Cancelled:
        return QStringLiteral("Cancel Task");
    case core::TaskState::Proposed:
        return QStringLiteral("Mark Proposed");
    case core::TaskState::Forwarded:
        return QStringLiteral("Mark Forwarded");
    case core::TaskState::Other:
        break;
    }
    return QStringLiteral("Set Status");
}

QString quotedShort(const QString &text)
{
    QString shortText = text;
    if (shortText.size() > 40)
        shortText = shortText.left(39).trimmed() + QChar(0x2026);
    return shortText.isEmpty() ? QString()
                               : QString(QStringLiteral(" “") + shortText + QStringLiteral("”"));
}

} // namespace

TaskEditor::TaskEditor(core::VaultIndex &index, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_writer(std::make_unique<core::TaskWriter>(index))
    , m_undoStack(new QUndoStack(this))
{
    // The window waits a little for the indexer or a CLI run, then says so, rather than freezing.
    m_writer->setLockTimeout(kLockTimeoutMs);
}

TaskEditor::~TaskEditor()
{
    // Commands refer to this editor: drop them first.
    m_undoStack->clear();
}

bool TaskEditor::setStatus(const TaskRef &task, const QString &status)
{
    return setStatuses({ { task, status } }, QString()) == 1;
}

int TaskEditor::setStatuses(const QList<Change> &changes, const QString &label)
{
    if (changes.isEmpty())
        return 0;
    m_writer->journal().beginBatch();
    // Several changes become children of one command, pushed only if something was written.
    const bool grouped = changes.size() > 1;
    auto group = grouped ? std::make_unique<QUndoCommand>(label) : nullptr;
    int done = 0;
    for (const Change &change : changes) {
        const auto result = write(change);
        if (!result)
            continue;
        ++done;
        if (result->outcome != core::TaskWriter::Outcome::Written)
            continue;
        auto *command = new TaskStatusCommand(*this, change.task.path, *result,
            actionLabel(change.status) + quotedShort(change.task.text), group.get());
        if (!grouped)
            m_undoStack->push(command);
        reportWritten(change.task.path);
    }
    if (group && group->childCount() > 0)
        m_undoStack->push(group.release());
    return done;
}

int TaskEditor::setOwners(const QList<TaskRef> &tasks, const QString &owner, const QString &label)
{
    if (tasks.isEmpty())
        return 0;
    m_writer->journal().beginBatch();
    QList<std::pair<QString, core::TaskWriter::Result>> written;
    int done = 0;
    for (const TaskRef &task : tasks) {
        const auto result = writeOwner(task, owner);
        if (!result)
            continue;
        ++done;
        if (result->outcome == core::TaskWriter::Outcome::Written)
            written.append({ task.path, *result });
    }
    pushWritten(written, label, QStringLiteral("Reassign to ") + owner);
    return done;
}

void TaskEditor::pushWritten(const QList<std::pair<QString, core::TaskWriter::Result>> &written,
    const QString &label, const QString &singleLabel)
{
    if (written.isEmpty())
        return;
    auto group = written.size() > 1 ? std::make_unique<QUndoCommand>(label) : nullptr;
    for (const auto &[path, result] : written) {
        auto *command = new TaskStatusCommand(*this, path, result, singleLabel, group.get());
        if (!group)
            m_undoStack->push(command);
        reportWritten(path);
    }
    if (group)
        m_undoStack->push(group.release());
}

std::optional<core::TaskWriter::Result> TaskEditor::writeOwner(const TaskRef &task, const QString &owner)
{
    if (!task.expectedLine) {
        reportFailure(QStringLiteral("%1 changed on disk since it was read; try again.").arg(task.path));
        Q_EMIT staleNote(task.path);
        return std::nullopt;
    }
    const core::TaskWriter::Result result
        = core::OwnerWriter(*m_writer).setOwner(task.path, task.line, *task.expectedLine, owner);
    if (!result.ok()) {
        qCWarning(lcEdit) << "owner not written:" << result.message;
        reportFailure(result.message);
        if (result.outcome == core::TaskWriter::Outcome::Conflict)
            reportWritten(task.path);
        return std::nullopt;
    }
    qCDebug(lcEdit) << "reassigned" << task.path << result.line << result.newText;
    return result;
}

std::optional<core::TaskWriter::Result> TaskEditor::write(const Change &change)
{
    const TaskRef &task = change.task;
    const auto character = core::TaskWriter::statusCharacter(change.status);
    if (!character) {
        reportFailure(QStringLiteral("Unknown task status: ") + change.status);
        return std::nullopt;
    }
    if (!task.expectedLine) {
        reportFailure(
            QStringLiteral("%1 changed on disk since it was read; it is being reloaded, try again.")
                .arg(task.path));
        Q_EMIT staleNote(task.path);
        return std::nullopt;
    }
    core::TaskWriter::Options options;
    options.expectedLine = task.expectedLine;
    const core::TaskWriter::Result result
        = m_writer->setStatus(task.path, task.line, *character, options);
    if (!result.ok()) {
        qCWarning(lcEdit) << "status not written:" << result.message;
        reportFailure(result.message);
        if (result.outcome == core::TaskWriter::Outcome::Conflict)
            reportWritten(task.path); // the writer re-indexed the file: show what it holds now
        return std::nullopt;
    }
    qCDebug(lcEdit) << "wrote" << task.path << result.line << result.newText;
    return result;
}

void TaskEditor::reportWritten(const QString &path)
{
    Q_EMIT noteChanged(path);
}

void TaskEditor::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
}

} // namespace ui
