// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainmenus.h"

#include "ui/meeting/meetinglistmodel.h"
#include "ui/meeting/meetingview.h"
#include "ui/session/settings.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/desktopintegration.h"
#include "ui/shell/historydialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/meetingbrowser.h"
#include "ui/shell/searchbar.h"
#include "ui/shell/taskmenu.h"
#include "ui/shell/viewswitcher.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoGroup>

namespace ui {

MainMenus::MainMenus(MainWindow &window, Settings &settings)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
{
    QMenuBar *bar = window.menuBar();
    buildFileMenu(bar);
    buildEditMenu(bar);
    buildViewMenu(bar);
    buildTaskMenu(bar);
    buildHelpMenu(bar);
    updateRecentMenu();
}

MainMenus::~MainMenus() = default;

void MainMenus::buildFileMenu(QMenuBar *bar)
{
    MainWindow *w = &m_window;
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(tr("&Open Vault…"), QKeySequence::Open, w, [w] {
        const QString start = w->session() ? w->session()->root() : QDir::homePath();
        const QString path
            = QFileDialog::getExistingDirectory(w, tr("Open Vault"), start);
        if (!path.isEmpty())
            w->openVault(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("Open Note in &Editor"), QKeySequence(Qt::CTRL | Qt::Key_E), w,
        &MainWindow::openCurrentInEditor);
    file->addAction(tr("Open Note in O&bsidian"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), w,
        [w] { w->openInObsidian(w->meetingView()->currentPath()); });
    file->addAction(tr("Reveal in File &Manager"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), w, [w] {
            const QString current = w->meetingView()->currentPath();
            if (w->session() && !current.isEmpty())
                DesktopIntegration::reveal(w->session()->absolutePath(current));
        });
    file->addAction(tr("Re&index Vault"), QKeySequence::Refresh, w, [w] {
        if (w->session())
            w->session()->rescan();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, w, &QWidget::close)
        ->setMenuRole(QAction::QuitRole);
}

void MainMenus::buildEditMenu(QMenuBar *bar)
{
    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *undo = m_window.undoGroup()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_window.undoGroup()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addActions({ undo, redo });
    edit->addAction(
        tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), &m_window, [w = &m_window] {
            HistoryDialog::showFor(w->session() ? w->session()->editor() : nullptr, w);
        });
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_window.searchBar(),
        &SearchBar::focusSearch);
    edit->addAction(tr("&Clear Search"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &m_window,
        [w = &m_window] { w->setQuery(QString()); });
}

void MainMenus::buildViewMenu(QMenuBar *bar)
{
    MainWindow *w = &m_window;
    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(tr("Sort by &Date"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D),
        w, [w] { w->setSortOrder(MeetingListModel::Order::Date); });
    view->addAction(tr("Sort by &Title"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T),
        w, [w] { w->setSortOrder(MeetingListModel::Order::Title); });
    view->addSeparator();
    view->addAction(tr("&Next Meeting"), QKeySequence(Qt::ALT | Qt::Key_Down), w,
        [w] { w->stepMeeting(1); });
    view->addAction(tr("&Previous Meeting"), QKeySequence(Qt::ALT | Qt::Key_Up), w,
        [w] { w->stepMeeting(-1); });
    view->addSeparator();
    view->addActions(w->switcher()->actions()); // Ctrl+1…5
    view->addSeparator();
    // Alt+1…5: a pane of the meeting; Tab and Shift+Tab go round them all.
    using Stop = MeetingBrowser::Stop;
    const QList<std::pair<QString, Stop>> panes = { { tr("Focus &Meetings"), Stop::MeetingList },
        { tr("Focus T&asks"), Stop::Tasks }, { tr("Focus S&ummary"), Stop::Summary },
        { tr("Focus D&ecisions"), Stop::Decisions }, { tr("Focus Peop&le"), Stop::People } };
    for (qsizetype at = 0; at < panes.size(); ++at) {
        view->addAction(panes.at(at).first, QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + at)), w,
            [w, stop = panes.at(at).second] {
                w->switcher()->setCurrent(ViewSwitcher::Meetings);
                w->meetingBrowser()->focusStop(stop);
            });
    }
    view->addSeparator();
    // The index is a cache: throwing it away loses nothing (the undo journal is kept apart).
    view->addAction(tr("Re&build Index"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5), w, [w] {
        if (w->session())
            w->session()->rebuildIndex(tr("rebuilt on request"));
    });
}

void MainMenus::buildTaskMenu(QMenuBar *bar)
{
    m_taskMenu = new TaskMenu(m_window, bar);
    bar->addMenu(m_taskMenu);
}

void MainMenus::buildHelpMenu(QMenuBar *bar)
{
    QMenu *help = bar->addMenu(tr("&Help"));
    MainWindow *w = &m_window;
    help->addAction(tr("Search &Syntax"), QKeySequence::HelpContents, w, [w] {
        QMessageBox::information(
            w, tr("Search Syntax"), w->searchBar()->lineEdit()->toolTip());
    });
    help->addAction(tr("&About Vaultview"), w,
            [this, w] {
                VaultSession *session = w->session();
                AboutDialog about({ session ? session->indexPath() : QString(),
                                      session ? session->editor()->journalPath() : QString(),
                                      m_settings.fileName() },
                    w);
                about.exec();
            })
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainMenus::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentVaults();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(
            QFileInfo(path).fileName() + QStringLiteral("  —  ") + QDir::toNativeSeparators(path));
        connect(
            action, &QAction::triggered, &m_window, [w = &m_window, path] { w->openVault(path); });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        m_settings.clearRecentVaults();
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

} // namespace ui
