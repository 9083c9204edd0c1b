// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/mainwindow.h"

#include "core/model/note.h"
#include "core/query/query.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/meeting/meetingview.h"
#include "ui/people/peoplemodel.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/editmessages.h"
#include "ui/session/indexvocabulary.h"
#include "ui/session/settings.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/shell/completionmodel.h"
#include "ui/shell/desktopintegration.h"
#include "ui/shell/logging.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/meetingbrowser.h"
#include "ui/shell/searchbar.h"
#include "ui/shell/vaultviews.h"
#include "ui/shell/viewswitcher.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ui {

namespace {
const QString kLastView = QStringLiteral("view"); // stored as the view's name
} // namespace

MainWindow::MainWindow(Settings &settings, const LaunchOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_options(options)
    , m_undoGroup(new QUndoGroup(this))
    , m_vocabulary(new AsyncRequest(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Vaultview"));
    buildUi();
    m_menus = new MainMenus(*this, m_settings);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Models and views hold the session's connection and editor: let go of them before it closes.
    m_views->setSession(nullptr);
    m_meeting->setEditor(nullptr);
    m_listModel->setDatabase(QSqlDatabase());
    m_session.reset();
}

QWidget *MainWindow::buildBrowser()
{
    m_listModel = new MeetingListModel(this);
    m_listModel->setOrder(m_settings.sortOrder() == Settings::SortOrder::Title
            ? MeetingListModel::Order::Title
            : MeetingListModel::Order::Date);
    m_browser = new MeetingBrowser(m_listModel, this);
    m_list = m_browser->list();
    m_meeting = m_browser->meeting();
    // The remembered meeting may be beyond the first rows of the list.
    connect(m_listModel, &MeetingListModel::refreshed, this, [this] {
        if (m_session && !m_selectionApplied)
            applyInitialSelection();
        finishLoading();
    });
    connect(m_list, &MeetingListPane::currentPathChanged, this, &MainWindow::onCurrentPathChanged);
    connect(m_list, &MeetingListPane::orderChanged, this, &MainWindow::setSortOrder);
    connect(m_meeting, &MeetingView::tagActivated, this, [this](const QString &tag) {
        setQuery(QStringLiteral("tag:") + CompletionModel::quoted(tag));
    });
    connect(m_meeting, &MeetingView::personActivated, this,
        [this](const QString &name) { setQuery(core::Query::forPerson(name)); });
    connect(m_meeting, &MeetingView::openInEditorRequested, this, &MainWindow::openCurrentInEditor);
    connect(m_meeting, &MeetingView::openInObsidianRequested, this, [this] { openInObsidian(m_meeting->currentPath()); });
    connect(m_meeting, &MeetingView::noteLinkActivated, this, &MainWindow::selectMeeting);
    connect(m_meeting, &MeetingView::linkRefused, this, [this](const QString &text) { showStatus(text, 6000); });
    return m_browser;
}

// The view switcher on the left; the global search field above the current view.
void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *stack = new QStackedWidget(central);
    m_switcher = new ViewSwitcher(stack, central);
    m_views = new VaultViews(m_switcher, this);
    m_search = new SearchBar(central);
    m_messages = new MessageBar(central);
    QVBoxLayout *right = Theme::flatColumn();
    right->addWidget(m_search);
    right->addWidget(m_messages);
    right->addWidget(stack, 1);
    QHBoxLayout *layout = Theme::flatRow(central);
    layout->addWidget(m_switcher);
    layout->addLayout(right, 1);
    m_switcher->setPage(ViewSwitcher::Meetings, buildBrowser());
    m_browser->setSearchField(m_search->lineEdit(), m_search);
    setCentralWidget(central);

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("indexProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    connectViews();
}

void MainWindow::connectViews()
{
    connect(m_search, &SearchBar::queryChanged, this, [this](const QString &text) {
        QString error;
        if (!m_listModel->setQueryText(text, &error))
            m_search->setError(error);
        else
            m_views->setQuery(text);
    });
    connect(m_search, &SearchBar::errorChanged, m_list,
        [this](const QString &error) { m_list->setStale(!error.isEmpty()); });
    connect(m_views, &VaultViews::queryRequested, this, &MainWindow::setQuery);
    connect(m_views, &VaultViews::currentLoaded, this, &MainWindow::finishLoading);
    connect(m_views, &VaultViews::openInObsidian, this, &MainWindow::openInObsidian);
    connect(m_views, &VaultViews::openMeeting, this, [this](const QString &path) {
        m_switcher->setCurrent(ViewSwitcher::Meetings);
        selectMeeting(path);
    });
    connect(m_switcher, &ViewSwitcher::currentChanged, this, [this](ViewSwitcher::View view) {
        if (!m_options.screenshotMode())
            m_settings.setSplitterState(kLastView, ViewSwitcher::name(view).toUtf8());
    });
}

// --view for screenshots, else the view shown last.
void MainWindow::applyInitialView()
{
    QString name = m_options.view;
    if (name.isEmpty() && !m_options.screenshotMode())
        name = QString::fromUtf8(m_settings.splitterState(kLastView));
    m_views->show(name);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry
        = m_options.screenshotMode() ? QByteArray() : m_settings.windowGeometry();
    if (m_options.size.isValid()) {
        resize(m_options.size);
    } else if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1500, 900);
        resize(std::min(1500, available.width() - 40), std::min(900, available.height() - 40));
    }
    if (!m_options.screenshotMode())
        restoreState(m_settings.windowState());
    m_browser->restoreLayout(m_settings);
}

void MainWindow::saveLayout()
{
    if (m_options.screenshotMode())
        return;
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_browser->saveLayout(m_settings);
    if (m_session && !m_meeting->currentPath().isEmpty())
        m_settings.setLastSelection(m_session->root(), m_meeting->currentPath());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

bool MainWindow::focusNextPrevChild(bool next)
{
    return m_browser->focusNextStop(next) || QMainWindow::focusNextPrevChild(next);
}

bool MainWindow::openVault(const QString &path)
{
    // --index and --select describe the first vault only.
    auto session
        = std::make_unique<VaultSession>(path, m_session ? QString() : m_options.indexPath);
    if (!session->open()) {
        m_lastError = session->error();
        qCWarning(lcShell) << "cannot open vault" << path << m_lastError;
        showStatus(tr("Cannot open %1: %2").arg(path, m_lastError));
        if (!m_options.screenshotMode() && isVisible()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Vault"),
                m_lastError, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return false;
    }
    if (m_session) {
        saveLayout();
        m_meeting->setEditor(nullptr);
        m_meeting->clear();
        m_listModel->setDatabase(QSqlDatabase());
        m_views->setSession(nullptr);
        m_session.reset();
        m_options.select.clear();
    }
    m_session = std::move(session);
    m_ready = m_scanned = m_selectionApplied = false;
    QString select = m_options.select.isEmpty() ? m_settings.lastSelection(m_session->root())
                                                : m_options.select;
    if (QDir::isAbsolutePath(select))
        select = QDir(m_session->root()).relativeFilePath(QFileInfo(select).absoluteFilePath());
    m_pendingSelection = QDir::cleanPath(select) == u"." ? QString() : QDir::cleanPath(select);
    connectSession();
    m_undoGroup->addStack(m_session->editor()->undoStack());
    m_undoGroup->setActiveStack(m_session->editor()->undoStack());
    m_meeting->setEditor(m_session->editor());
    m_session->editor()->messages()->setFallback(m_messages);
    m_messages->clear();
    m_views->setSession(m_session.get());
    m_list->setEmptyText(tr("Indexing…"));
    m_listModel->setReader(m_session->reader());
    m_vocabulary->setReader(m_session->reader());
    m_listModel->setDatabase(
        m_session->database()); // a warm start shows the previous index at once
    refreshVocabulary();
    applyInitialSelection();
    if (!m_options.screenshotMode()) {
        m_settings.setLastVault(m_session->root());
        m_settings.addRecentVault(m_session->root());
        m_menus->updateRecentMenu();
    }
    setWindowTitle(QFileInfo(m_session->root()).fileName() + QStringLiteral(" — Vaultview"));
    if (!m_session->notice().isEmpty())
        showStatus(m_session->notice(), 8000);
    m_session->start();
    Q_EMIT vaultOpened(m_session->root());
    return true;
}

void MainWindow::connectSession()
{
    VaultSession *session = m_session.get();
    connect(session, &VaultSession::indexingStarted, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Indexing…"));
        m_progress->show();
    });
    connect(session, &VaultSession::indexProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%v / %m notes"));
    });
    connect(session, &VaultSession::indexChanged, this, &MainWindow::onIndexChanged);
    connect(session, &VaultSession::indexChanged, m_views, &VaultViews::onIndexChanged);
    connect(session, &VaultSession::indexingFinished, this, [this](const QString &summary) {
        m_progress->hide();
        m_list->setEmptyText(QString());
        showStatus(summary, 6000);
    });
    connect(session, &VaultSession::noteEdited, this, [this](const QString &path) {
        m_listModel->refresh();
        if (path == m_meeting->currentPath())
            showMeeting(path);
    });
    connect(session, &VaultSession::message, this,
        [this](const QString &text) { showStatus(text, 10000); });
}

void MainWindow::onIndexChanged(bool scanFinished)
{
    m_listModel->refresh();
    if (scanFinished)
        refreshVocabulary();
    if (!m_selectionApplied)
        applyInitialSelection();
    else if (!m_meeting->currentPath().isEmpty())
        showMeeting(m_meeting->currentPath());
    if (scanFinished && !m_scanned) {
        if (!m_selectionApplied && m_listModel->rowCount() > 0)
            m_list->selectRow(0); // the remembered meeting is gone
        m_selectionApplied = true;
        m_scanned = true;
        applyInitialView();
        finishLoading();
    }
}

// Ready once the first scan is done and the list and the view on screen have read what it wrote.
void MainWindow::finishLoading()
{
    if (m_ready || !m_scanned || !m_listModel->isComplete() || m_views->isLoading())
        return;
    m_ready = true;
    Q_EMIT ready();
}

void MainWindow::applyInitialSelection()
{
    if (m_listModel->rowCount() == 0)
        return;
    if (!m_pendingSelection.isEmpty() && m_list->selectPath(m_pendingSelection)) {
        m_selectionApplied = true;
        return;
    }
    // The wanted meeting may not be indexed yet: wait for the first scan before giving up on it.
    if (!m_pendingSelection.isEmpty() && !m_session->hasCompletedScan())
        return;
    m_list->selectRow(0);
    m_selectionApplied = true;
}

void MainWindow::onCurrentPathChanged(const QString &path)
{
    showMeeting(path);
    if (m_session && !path.isEmpty() && !m_options.screenshotMode())
        m_settings.setLastSelection(m_session->root(), path);
}

void MainWindow::showMeeting(const QString &path)
{
    const auto note = m_session ? m_session->note(path) : std::nullopt;
    if (!note) {
        m_meeting->clear();
        return;
    }
    m_meeting->showNote(*note);
    m_session->setCurrentNote(path);
}

void MainWindow::selectMeeting(const QString &path)
{
    if (!m_list->selectPath(path))
        showMeeting(path);
}

void MainWindow::setQuery(const QString &text)
{
    m_search->setText(text);
}

void MainWindow::setSortOrder(MeetingListModel::Order order)
{
    m_listModel->setOrder(order);
    m_settings.setSortOrder(order == MeetingListModel::Order::Title ? Settings::SortOrder::Title
                                                                    : Settings::SortOrder::Date);
}

void MainWindow::stepMeeting(int delta)
{
    const int row = m_list->view()->currentIndex().row() + delta;
    if (row >= 0 && row < m_listModel->rowCount())
        m_list->selectRow(row);
}

void MainWindow::refreshVocabulary()
{
    IndexVocabulary::load(m_vocabulary, [this](const IndexVocabulary::Words &words, int count) {
        m_search->setVocabulary(words.people, words.tags, words.types);
        m_list->setTotalCount(count);
    });
}

void MainWindow::openCurrentInEditor()
{
    if (m_session && !m_meeting->currentPath().isEmpty()
        && !DesktopIntegration::openInEditor(m_session->absolutePath(m_meeting->currentPath())))
        showStatus(tr("No application is set up to open Markdown files."), 6000);
}

void MainWindow::openInObsidian(const QString &path)
{
    if (m_session && !path.isEmpty() && !DesktopIntegration::openInObsidian(m_session->absolutePath(path)))
        showStatus(tr("Obsidian is not installed, or does not handle obsidian:// links."), 6000);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    m_status->setText(text);
    m_status->setToolTip(text);
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, m_status, [label = m_status, text] {
            if (label->text() == text)
                label->clear();
        });
    }
}

} // namespace ui
