// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/taskstatuscommand.h"

#include "ui/session/logging.h"
#include "ui/session/taskeditor.h"

namespace ui {

TaskStatusCommand::TaskStatusCommand(TaskEditor &editor, const QString &path,
    const core::TaskWriter::Result &written, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
    , m_path(path)
    , m_line(written.line)
    , m_before(written.oldText)
    , m_after(written.newText)
    , m_journalId(written.journalId)
{ }

void TaskStatusCommand::undo()
{
    apply(m_after, m_before);
}

void TaskStatusCommand::redo()
{
    // QUndoStack::push() calls redo(); the write has already been done by TaskEditor.
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    apply(m_before, m_after);
}

bool TaskStatusCommand::apply(const QString &expected, const QString &replacement)
{
    // Journaled as the undo (or redo) of the original write, so that the CLI's undo agrees.
    const core::TaskWriter::Result result = m_editor.writer().replaceLine(
        m_path, m_line, expected, replacement, { m_journalId, replacement == m_before });
    if (!result.ok()) {
        qCWarning(lcEdit) << "undo/redo refused:" << result.message;
        setObsolete(true);
        m_editor.reportFailure({ TaskEditor::reasonFor(result), m_path, result.message });
        m_editor.reportWritten(m_path);
        return false;
    }
    m_line = result.line;
    m_editor.reportWritten(m_path);
    return true;
}

} // namespace ui
