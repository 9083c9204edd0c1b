// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/session/postponemenu.h"
#include "ui/widgets/pane.h"

#include <functional>
#include <optional>

class QTableView;
class QTimer;

namespace core {
struct Task;
}

namespace ui {

class TaskDueDelegate;
class TaskEditor;
class TaskStatusDelegate;
class TaskTableModel;

// The meeting's tasks in file order, with editable status and due date: a click on the glyph
// toggles done, Space toggles done, D marks done, A accepts a proposed task, R rejects it, / marks
// it in progress, P postpones (a menu: D a day, W a week, M next Monday), and the context menu or
// the delegate's editor (F2) sets any status. The Due cell opens a date editor (double-click, F2,
// Enter). Actions apply to the selected rows. Home and End go to the first and the last task; Tab
// leaves the table.
class TasksPane final : public Pane
{
    Q_OBJECT
public:
    explicit TasksPane(QWidget *parent = nullptr);
    ~TasksPane() override;
    Q_DISABLE_COPY_MOVE(TasksPane)

    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setEditor(TaskEditor *editor);
    void showTasks(const QString &path, const QList<core::Task> &tasks);
    void clear();

    // Acting on the selected rows (or the current one); false when nothing changed.
    bool toggleDone();
    bool acceptProposed();
    bool rejectProposed();
    bool toggleInProgress();
    bool setSelectedStatus(const QString &status);
    bool postponeSelected(PostponeMenu::Choice choice);
    // The Postpone menu under the current row (the P key); it deletes itself once closed.
    PostponeMenu *showPostponeMenu();

Q_SIGNALS:
    void openInEditorRequested();
    void openInObsidianRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> selectedLines() const;
    bool applyToSelection(const char *label,
        const std::function<std::optional<QString>(const core::Task &)> &statusFor);
    void showContextMenu(const QPoint &position);
    void updateHeader();
    void scheduleRowResize();

    QTableView *m_view = nullptr;
    TaskTableModel *m_model = nullptr;
    TaskStatusDelegate *m_delegate = nullptr;
    TaskDueDelegate *m_dueDelegate = nullptr;
    TaskEditor *m_editor = nullptr;
    QTimer *m_resizeTimer = nullptr;
};

} // namespace ui
