// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/session/postponemenu.h"
#include "ui/session/vaultview.h"

#include <QList>
#include <optional>
#include <utility>

class QLabel;
class QStackedWidget;
class QTabBar;
class QTimer;
class QTreeView;

namespace ui {

class DuplicatesPanel;
class MessageBar;
class TaskBrowserModel;
class TaskFilterBar;
class TriagePanel;
struct TaskRef;

// The vault-wide Tasks view: every task in one grouped, sortable table with filter chips and the
// search field's query; bulk actions on a selection (A accept, R reject, D done, E reassign,
// P postpone) as one undo step, also in the context menu; the Due cell's date editor; triage of
// proposed tasks one at a time; likely duplicates; export as CSV or Markdown. A refresh keeps the
// selected tasks selected, wherever they moved.
class TasksView final : public VaultView
{
    Q_OBJECT
public:
    enum class Mode { List, Triage, Duplicates };
    enum class Format { Csv, Markdown };

    explicit TasksView(VaultSession *session, QWidget *parent = nullptr);
    ~TasksView() override;
    Q_DISABLE_COPY_MOVE(TasksView)

    TaskBrowserModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    TaskFilterBar *filterBar() const { return m_filters; }
    TriagePanel *triagePanel() const { return m_triage; }
    DuplicatesPanel *duplicatesPanel() const { return m_duplicates; }
    QString countText() const;
    Mode mode() const;
    void setMode(Mode mode);
    // Triage the selected proposed tasks, or every proposed task passing the filter.
    void startTriage();
    // The tasks in view (all groups) as text.
    QString exportText(Format format) const;
    bool exportToFile(const QString &path, Format format) const;
    void exportToClipboard(Format format) const;
    // Bulk actions on the selected tasks; each is one undo step. How many were written.
    int setSelectedStatus(const QString &status);
    int reassignSelected(const QString &owner);
    int postponeSelected(PostponeMenu::Choice choice);
    // The Postpone menu under the current row (the P key); it deletes itself once closed.
    PostponeMenu *showPostponeMenu();
    // Asks for the new owner of the selected tasks (the E key).
    void askReassign();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The tasks of the current filter, read in the background.
    void reload() override;
    bool isReading() const override;
    void queryChanged(bool changed) override;

private:
    QWidget *buildListPage();
    QWidget *buildActionBar(QWidget *parent);
    void showContextMenu(const QPoint &position);
    void rememberSelection();
    void restoreSelection();
    void onFilterChanged();
    void applyFilter();
    void onLoaded();
    void fillTriage();
    void scheduleRefresh();
    void chooseExportFile();
    QList<TaskRef> selectedRefs(bool proposedOnly = false) const;
    void updateCount();

    TaskBrowserModel *m_model = nullptr;
    TaskFilterBar *m_filters = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    MessageBar *m_messages = nullptr; // a refused edit of a task listed here
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    TriagePanel *m_triage = nullptr;
    DuplicatesPanel *m_duplicates = nullptr;
    QTimer *m_refreshTimer = nullptr;
    int m_scroll = -1; // restored when a refresh is in
    // The selected tasks and the current one (path, line), found again when a refresh is in.
    QList<std::pair<QString, int>> m_selected;
    std::optional<std::pair<QString, int>> m_current;
    bool m_filterChanged = true; // applied (and read) when next shown; the first time too
    bool m_triagePending = false; // fill the triage once the tasks are in
};

} // namespace ui
