// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace ui {

class AsyncRequest;
class BackgroundReader;
class DuplicatesModel;
class TaskEditor;

// Likely duplicates, grouped, with one action to resolve a group: keep the selected task and
// cancel the others (one write per task, one undo step, one journal batch).
class DuplicatesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DuplicatesPanel(QWidget *parent = nullptr);
    ~DuplicatesPanel() override;
    Q_DISABLE_COPY_MOVE(DuplicatesPanel)

    void setEditor(TaskEditor *editor) { m_editor = editor; }
    void setDatabase(const QSqlDatabase &db);
    // Searches on the reader's thread; without one, on this thread.
    void setReader(BackgroundReader *reader);
    bool isLoading() const;
    DuplicatesModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Runs core::DuplicateFinder over the index, with the identity set in the People view.
    void refresh();
    // Keeps the current task of its group and cancels the others still open; how many changed.
    // The group leaves the list at once, and the next group's first task becomes current.
    int keepCurrent();
    // K, on the panel and everything in it (the tree's type-ahead search would take a key press).
    QAction *keepAction() const { return m_keep; }
    QString statusText() const;

Q_SIGNALS:
    void loaded();

private:
    std::optional<QString> rawLine(const QString &path, int line) const;
    void showGroup(int group);
    void showCount();

    QPointer<TaskEditor> m_editor;
    QSqlDatabase m_db;
    DuplicatesModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_keep = nullptr;
    AsyncRequest *m_request = nullptr;
};

} // namespace ui
