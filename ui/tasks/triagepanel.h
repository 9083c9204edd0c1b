// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/session/postponemenu.h"
#include "ui/tasks/taskbrowsermodel.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QTextBrowser;

namespace ui {

class TaskEditor;

// Proposed tasks one at a time, with the summary of their meeting beside them: A accepts (? → ' '),
// R rejects (→ - with a ❌ date), D marks done, E reassigns (type the owner, Enter), S skips.
// Each key is one write and one undo step; the panel then moves on ("3 of 12 proposed").
// P postpones (a menu: D a day, W a week, M next Monday): the task's due date moves and the panel
// stays on it, still to be decided. The context menu offers the same.
class TriagePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TriagePanel(QWidget *parent = nullptr);
    ~TriagePanel() override;
    Q_DISABLE_COPY_MOVE(TriagePanel)

    void setEditor(TaskEditor *editor);
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    // The tasks to go through, in order (a snapshot: later index changes do not reorder them).
    void setTasks(const QList<TaskBrowserModel::Row> &tasks);
    int position() const { return m_position; }
    int count() const { return int(m_tasks.size()); }
    const QList<TaskBrowserModel::Row> &tasks() const { return m_tasks; }
    QString progressText() const;
    QLineEdit *ownerEdit() const { return m_ownerEdit; }

    void accept();
    void reject();
    void markDone();
    void startReassign();
    void skip();
    void postpone(PostponeMenu::Choice choice);
    // The Postpone menu under the task (the P key); it deletes itself once closed.
    PostponeMenu *showPostponeMenu();

Q_SIGNALS:
    void finished();
    void openMeeting(const QString &path);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildUi();
    void buildNotices();
    void apply(const QString &status);
    // The current task as the index now holds it, after a write to `path` (or its undo).
    void refreshCurrent(const QString &path);
    void showContextMenu(const QPoint &position);
    void reassign(const QString &owner);
    void advance();
    void showCurrent();
    QString summaryOf(const QString &path) const;
    QString upNextHtml() const;
    // What the task waits for and what is wrong with its line, with their sign; hidden for none.
    void showNotices(const TaskBrowserModel::Row *row);

    static constexpr int kUpNext = 8;

    QPointer<TaskEditor> m_editor;
    QSqlDatabase m_db;
    QList<TaskBrowserModel::Row> m_tasks;
    int m_position = 0;
    QLabel *m_progress = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_task = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_line = nullptr;
    QWidget *m_notices = nullptr;
    QLabel *m_noticeSign = nullptr;
    QLabel *m_noticeText = nullptr;
    QLabel *m_upNext = nullptr;
    QLineEdit *m_ownerEdit = nullptr;
    QTextBrowser *m_summary = nullptr;
};

} // namespace ui
