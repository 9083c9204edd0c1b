// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/meeting/meetinglistmodel.h"
#include "ui/shell/launchoptions.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QProgressBar;
class QUndoGroup;

namespace ui {

class AsyncRequest;
class MainMenus;
class MeetingBrowser;
class MeetingListPane;
class MessageBar;
class MeetingView;
class SearchBar;
class Settings;
class VaultSession;
class VaultViews;
class ViewSwitcher;

// The window: the view switcher, the search field above the view on screen (the MeetingBrowser:
// the meeting list beside the meeting's panes), menus, and a status bar with indexing progress.
// The work is done by the panes and the VaultSession.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Settings &settings, const LaunchOptions &options, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Opens `path` (and its index), replacing the current vault; false with a message if it fails.
    bool openVault(const QString &path);
    VaultSession *session() const { return m_session.get(); }
    SearchBar *searchBar() const { return m_search; }
    MeetingListModel *meetingListModel() const { return m_listModel; }
    MeetingListPane *meetingList() const { return m_list; }
    MeetingView *meetingView() const { return m_meeting; }
    MeetingBrowser *meetingBrowser() const { return m_browser; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    MainMenus *menus() const { return m_menus; }
    ViewSwitcher *switcher() const { return m_switcher; }
    VaultViews *views() const { return m_views; }
    // True once the first scan of the vault finished, the selection was restored and the list
    // and the view on screen show the index.
    bool isReady() const { return m_ready; }
    QString lastError() const { return m_lastError; }
    void setQuery(const QString &text);
    void selectMeeting(const QString &path);
    void setSortOrder(MeetingListModel::Order order);
    void stepMeeting(int delta);
    void openCurrentInEditor();
    // Vault-relative `path` in Obsidian (obsidian://open).
    void openInObsidian(const QString &path);

Q_SIGNALS:
    void ready();
    void vaultOpened(const QString &root);

protected:
    void closeEvent(QCloseEvent *event) override;
    // Tab and Shift+Tab go round the search field, the meeting list and each pane.
    bool focusNextPrevChild(bool next) override;

private:
    void buildUi();
    QWidget *buildBrowser();
    void connectViews();
    void applyInitialView();
    void restoreLayout();
    void saveLayout();
    void connectSession();
    void onIndexChanged(bool scanFinished);
    void onCurrentPathChanged(const QString &path);
    void showMeeting(const QString &path);
    void applyInitialSelection();
    void finishLoading();
    void refreshVocabulary();
    void showStatus(const QString &text, int timeoutMs = 0);

    Settings &m_settings;
    LaunchOptions m_options;
    std::unique_ptr<VaultSession> m_session;
    MeetingListModel *m_listModel = nullptr;
    SearchBar *m_search = nullptr;
    MeetingListPane *m_list = nullptr;
    MeetingView *m_meeting = nullptr;
    MeetingBrowser *m_browser = nullptr;
    ViewSwitcher *m_switcher = nullptr;
    VaultViews *m_views = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_messages = nullptr; // a refused edit made outside the panes
    MainMenus *m_menus = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    AsyncRequest *m_vocabulary = nullptr; // completion words, read in the background
    QString m_pendingSelection;
    QString m_lastError;
    bool m_ready = false;
    bool m_scanned = false; // the first scan finished
    bool m_selectionApplied = false;
};

} // namespace ui
