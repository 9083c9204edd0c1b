// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/write/taskwriter.h"

#include <QUndoCommand>

namespace ui {

class TaskEditor;

// Undo and redo of one change of a task line (its status, owner or due date): each puts back the
// exact line (TaskWriter::replaceLine), so an undo leaves the file byte-identical. A step that
// cannot be applied because the line changed meanwhile is reported and dropped from the stack.
class TaskStatusCommand final : public QUndoCommand
{
public:
    // `written` is the result of the write that already happened.
    TaskStatusCommand(TaskEditor &editor, const QString &path,
        const core::TaskWriter::Result &written, const QString &text,
        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    bool apply(const QString &expected, const QString &replacement);

    TaskEditor &m_editor;
    QString m_path;
    int m_line = 0;
    QString m_before;
    QString m_after;
    bool m_skipFirstRedo = true;
    qint64 m_journalId = 0; // the journal entry of the write, marked undone/redone with this step
};

} // namespace ui
