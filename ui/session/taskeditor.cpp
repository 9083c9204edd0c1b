// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/taskeditor.h"

#include "core/index/journal.h"
#include "core/model/task.h"
#include "core/write/ownerwriter.h"
#include "core/write/taskwriter.h"
#include "ui/session/editmessages.h"
#include "ui/session/logging.h"
#include "ui/session/taskstatuscommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace ui {

namespace {

QString actionLabel(const QString &status)
{
    switch (core::stateForStatus(status)) {
    case core::TaskState::Done:
        return QCoreApplication::translate("ui::TaskEditor", "Mark Done");
    case core::TaskState::Todo:
        return QCoreApplication::translate("ui::TaskEditor", "Mark To Do");
    case core::TaskState::InProgress:
        return QCoreApplication::translate("ui::TaskEditor", "Mark In Progress");
    case core::TaskState::Cancelled:
        return QCoreApplication::translate("ui::TaskEditor", "Cancel Task");
    case core::TaskState::Proposed:
        return QCoreApplication::translate("ui::TaskEditor", "Mark Proposed");
    case core::TaskState::Forwarded:
        return QCoreApplication::translate("ui::TaskEditor", "Mark Forwarded");
    case core::TaskState::Other:
        break;
    }
    return QCoreApplication::translate("ui::TaskEditor", "Set Status");
}

QString dueLabel(const core::DueChange &change)
{
    switch (change.kind()) {
    case core::DueChange::Kind::Set:
        return QCoreApplication::translate("ui::TaskEditor", "Set Due Date");
    case core::DueChange::Kind::Clear:
        return QCoreApplication::translate("ui::TaskEditor", "Remove Due Date");
    case core::DueChange::Kind::Postpone:
    case core::DueChange::Kind::NextMonday:
        break;
    }
    return QCoreApplication::translate("ui::TaskEditor", "Postpone");
}

bool isBusyMessage(const QString &text)
{
    return text.contains(QStringLiteral("database is locked"), Qt::CaseInsensitive)
        || text.contains(QStringLiteral("busy"), Qt::CaseInsensitive)
        || text.contains(QStringLiteral("is locked"), Qt::CaseInsensitive);
}

} // namespace

TaskEditor::Failure::Reason TaskEditor::reasonFor(const core::TaskWriter::Result &result)
{
    using Reason = Failure::Reason;
    switch (result.outcome) {
    case core::TaskWriter::Outcome::Conflict:
        return Reason::LineChanged;
    case core::TaskWriter::Outcome::NotATask:
        return Reason::NotATask;
    case core::TaskWriter::Outcome::OutsideVault:
        return Reason::Refused;
    case core::TaskWriter::Outcome::IoError:
        return isBusyMessage(result.message) ? Reason::Busy : Reason::WriteError;
    case core::TaskWriter::Outcome::Written:
    case core::TaskWriter::Outcome::Unchanged:
        break;
    }
    return Reason::Other;
}

namespace {

QString quotedShort(const QString &text)
{
    QString shortText = text;
    if (shortText.size() > 40)
        shortText = shortText.left(39).trimmed() + QChar(0x2026);
    return shortText.isEmpty() ? QString()
                               : QCoreApplication::translate("ui::TaskEditor", " “%1”").arg(shortText);
}

} // namespace

TaskEditor::TaskEditor(core::VaultIndex &index, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_writer(std::make_unique<core::TaskWriter>(index))
    , m_undoStack(new QUndoStack(this))
    , m_messages(new EditMessages(this))
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
    Q_EMIT editStarted();
    if (changes.isEmpty())
        return 0;
    m_writer->journal().beginBatch();
    QList<Written> written;
    int done = 0;
    for (const Change &change : changes) {
        const auto result = writeStatus(change);
        if (!result)
            continue;
        ++done;
        if (result->outcome == core::TaskWriter::Outcome::Written)
            written.append({ change.task.path, *result,
                actionLabel(change.status) + quotedShort(change.task.text) });
    }
    pushWritten(written, label);
    return done;
}

int TaskEditor::setOwners(const QList<TaskRef> &tasks, const QString &owner, const QString &label)
{
    Q_EMIT editStarted();
    if (tasks.isEmpty())
        return 0;
    m_writer->journal().beginBatch();
    QList<Written> written;
    int done = 0;
    for (const TaskRef &task : tasks) {
        const auto result = checkedWrite(task, "owner", [&](const QString &expected) {
            return core::OwnerWriter(*m_writer).setOwner(task.path, task.line, expected, owner);
        });
        if (!result)
            continue;
        ++done;
        if (result->outcome == core::TaskWriter::Outcome::Written)
            written.append({ task.path, *result, tr("Reassign to %1").arg(owner) });
    }
    pushWritten(written, label);
    return done;
}

std::optional<core::TaskWriter::Result> TaskEditor::setDue(
    const TaskRef &task, const core::DueChange &change)
{
    Q_EMIT editStarted();
    m_writer->journal().beginBatch();
    const auto result = checkedWrite(task, "due date", [&](const QString &expected) {
        core::TaskWriter::Options options;
        options.expectedLine = expected;
        options.today = today();
        return m_writer->setDue(task.path, task.line, change, options);
    });
    if (result && result->outcome == core::TaskWriter::Outcome::Written)
        pushWritten({ { task.path, *result, dueLabel(change) + quotedShort(task.text) } }, {});
    return result;
}

int TaskEditor::setDues(
    const QList<TaskRef> &tasks, const core::DueChange &change, const QString &label)
{
    Q_EMIT editStarted();
    if (tasks.size() == 1)
        return setDue(tasks.first(), change) ? 1 : 0;
    if (tasks.isEmpty())
        return 0;
    m_writer->journal().beginBatch();
    core::TaskWriter::Options options;
    options.today = today();
    QList<Written> written;
    int done = 0;
    for (const TaskRef &task : tasks) {
        const auto result = checkedWrite(task, "due date", [&](const QString &expected) {
            options.expectedLine = expected;
            return m_writer->setDue(task.path, task.line, change, options);
        });
        if (!result)
            continue;
        ++done;
        if (result->outcome == core::TaskWriter::Outcome::Written)
            written.append({ task.path, *result, dueLabel(change) + quotedShort(task.text) });
    }
    pushWritten(written, label);
    return done;
}

void TaskEditor::pushWritten(const QList<Written> &written, const QString &label)
{
    if (written.isEmpty())
        return;
    auto group = written.size() > 1 ? std::make_unique<QUndoCommand>(label) : nullptr;
    for (const Written &one : written) {
        auto *command = new TaskStatusCommand(*this, one.path, one.result, one.label, group.get());
        if (!group)
            m_undoStack->push(command);
        reportWritten(one.path);
    }
    if (group)
        m_undoStack->push(group.release());
}

std::optional<core::TaskWriter::Result> TaskEditor::checkedWrite(const TaskRef &task,
    const char *what, const std::function<Result(const QString &expected)> &write)
{
    if (!task.expectedLine) {
        reportFailure({ Failure::Reason::Stale, task.path,
            tr("%1 changed on disk since it was read; it is being reloaded, try again.")
                .arg(task.path) });
        Q_EMIT staleNote(task.path);
        return std::nullopt;
    }
    const Result result = write(*task.expectedLine);
    if (!result.ok()) {
        qCWarning(lcEdit) << what << "not written:" << result.message;
        reportFailure({ reasonFor(result), task.path, result.message });
        if (result.outcome == core::TaskWriter::Outcome::Conflict)
            reportWritten(task.path); // the writer re-indexed the file: show what it holds now
        return std::nullopt;
    }
    qCDebug(lcEdit) << "wrote" << what << task.path << result.line << result.newText;
    // Written, with a caveat the user must see: a 🔁 rule that gave no next occurrence.
    if (!result.warnings.isEmpty())
        reportFailure({ Failure::Reason::Warning, task.path, result.warnings.join(u'\n') });
    return result;
}

std::optional<core::TaskWriter::Result> TaskEditor::writeStatus(const Change &change)
{
    const auto character = core::TaskWriter::statusCharacter(change.status);
    if (!character) {
        reportFailure({ Failure::Reason::Other, change.task.path,
            tr("Unknown task status: %1").arg(change.status) });
        return std::nullopt;
    }
    return checkedWrite(change.task, "status", [&](const QString &expected) {
        core::TaskWriter::Options options;
        options.expectedLine = expected;
        options.today = today();
        return m_writer->setStatus(change.task.path, change.task.line, *character, options);
    });
}

void TaskEditor::reportWritten(const QString &path)
{
    Q_EMIT noteChanged(path);
}

void TaskEditor::reportFailure(const Failure &failure)
{
    Q_EMIT failed(failure.detail);
    Q_EMIT refused(failure);
}

QString TaskEditor::journalPath() const
{
    return m_writer->journal().path();
}

} // namespace ui
