// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QMenuBar;

namespace ui {

class MainWindow;
class Settings;
class TaskMenu;

// The menu bar of the main window: File (vaults, recent vaults, the note on the desktop), Edit
// (undo, redo, find), View (sorting, moving between meetings), Task (status changes, postponing)
// and Help.
class MainMenus final : public QObject
{
    Q_OBJECT
public:
    MainMenus(MainWindow &window, Settings &settings);
    ~MainMenus() override;
    Q_DISABLE_COPY_MOVE(MainMenus)

    QMenu *recentMenu() const { return m_recentMenu; }
    TaskMenu *taskMenu() const { return m_taskMenu; }
    void updateRecentMenu();

private:
    void buildFileMenu(QMenuBar *bar);
    void buildEditMenu(QMenuBar *bar);
    void buildViewMenu(QMenuBar *bar);
    void buildTaskMenu(QMenuBar *bar);
    void buildHelpMenu(QMenuBar *bar);

    MainWindow &m_window;
    Settings &m_settings;
    QMenu *m_recentMenu = nullptr;
    TaskMenu *m_taskMenu = nullptr;
};

} // namespace ui
