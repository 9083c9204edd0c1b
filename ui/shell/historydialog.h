// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace ui {

class HistoryModel;
class TaskEditor;

// Edit ▸ History…: the last writes from core's journal, with Undo and Redo going through
// core::Journal (the same checks as the command line: a line changed since is refused, and the
// refusal is shown).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(TaskEditor *editor, QWidget *parent = nullptr);
    ~HistoryDialog() override;
    Q_DISABLE_COPY_MOVE(HistoryDialog)

    static constexpr int kEntries = 200;

    // Opens a non-modal dialog for `editor` (nothing without one); it deletes itself on close.
    static HistoryDialog *showFor(TaskEditor *editor, QWidget *parent);

    HistoryModel *model() const { return m_model; }
    QString messageText() const;
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }

public Q_SLOTS:
    void reload();
    bool undo();
    bool redo();

private:
    bool replay(bool undo);

    TaskEditor *m_editor = nullptr;
    HistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
};

} // namespace ui
