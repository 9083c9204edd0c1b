#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabBar;
class QTimer;
class QTreeView;

namespace ui {

class DuplicatesPanel;
class TaskBrowserModel;
class TaskFilterBar;
class TriagePanel;
class VaultSession;
struct TaskRef;

// The vault-wide Tasks view: every task in one grouped, sortable table with filter chips and the
// search field's query; bulk actions on a selection (A accept, R reject, D done, E reassign) as one
// undo step; triage of proposed tasks one at a time; likely duplicates; export as CSV or Markdown.
class TasksView final : public QWidget
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
    // True until the tasks of the current filter are in (they are read in the background, and
    // only once the view is shown).
    bool isLoading() const;
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

public Q_SLOTS:
    void refresh();
    void setQuery(const QString &query);

Q_SIGNALS:
    void openMeeting(const QString &path);
    void queryRequested(const QString &query);
    void loaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildListPage();
    QWidget *buildActionBar(QWidget *parent);
    void applyFilter();
    void onLoaded();
    void fillTriage();
    void scheduleRefresh();
    void askReassign();
    void chooseExportFile();
    QList<TaskRef> selectedRefs(bool proposedOnly = false) const;
    void updateCount();

    VaultSession *m_session = nullptr;
    TaskBrowserModel *m_model = nullptr;
    TaskFilterBar *m_filters = nullptr;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    TriagePanel *m_triage = nullptr;
    DuplicatesPanel *m_duplicates = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QString m_query;
    QElapsedTimer m_timer;
    int m_scroll = -1; // restored when a refresh is in
    bool m_stale = true; // read again when next shown
    bool m_triagePending = false; // fill the triage once the tasks are in
};

} // namespace ui
