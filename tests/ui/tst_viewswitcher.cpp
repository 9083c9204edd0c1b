// SPDX-License-Identifier: GPL-3.0-or-later
// The view switcher in the main window: Ctrl+1…5 switch views, the search field stays global
// (the Tasks view follows it), Enter on a task opens its meeting in the browser, the last view
// is remembered, and the --view option picks the view of a screenshot.

#include "taskstestsupport.h"
#include "ui/meeting/meetingview.h"
#include "ui/session/settings.h"
#include "ui/session/vaultsession.h"
#include "ui/shell/launchoptions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/searchbar.h"
#include "ui/shell/vaultviews.h"
#include "ui/shell/viewswitcher.h"
#include "ui/tasks/taskbrowsermodel.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasksview.h"

#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using ui::ViewSwitcher;

class tst_ViewSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shortcutsSwitchViews();
    void searchIsGlobal();
    void openingATaskShowsItsMeeting();
    void lastViewIsRemembered();
    void launchOptionPicksTheView();

private:
    void startWindow(const ui::LaunchOptions &options = {});

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_ViewSwitcher::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::writeFixture(*m_vault));
    QVERIFY(m_vault->write(taskstest::kSync, taskstest::syncNote()));
    m_settings = std::make_unique<ui::Settings>(
        QFileInfo(m_vault->indexPath()).absolutePath() + QStringLiteral("/settings.ini"));
    startWindow();
}

void tst_ViewSwitcher::startWindow(const ui::LaunchOptions &given)
{
    ui::LaunchOptions options = given;
    options.indexPath = m_vault->indexPath();
    m_window = std::make_unique<ui::MainWindow>(*m_settings, options);
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openVault(m_vault->root()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isReady(), 20000);
}

void tst_ViewSwitcher::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_vault.reset();
}

void tst_ViewSwitcher::shortcutsSwitchViews()
{
    ViewSwitcher *switcher = m_window->switcher();
    QCOMPARE(switcher->current(), ViewSwitcher::Meetings);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const Qt::Key keys[] = { Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_1 };
    const ViewSwitcher::View views[]
        = { ViewSwitcher::Tasks, ViewSwitcher::People, ViewSwitcher::Decisions, ViewSwitcher::Timeline, ViewSwitcher::Meetings };
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(m_window.get(), keys[i], Qt::ControlModifier);
        QCOMPARE(switcher->current(), views[i]);
        QVERIFY(switcher->page(views[i])->isVisible());
        QVERIFY(switcher->button(views[i])->isChecked());
    }
    QVERIFY(qobject_cast<ui::TasksView *>(switcher->page(ViewSwitcher::Tasks)));
    QTest::mouseClick(switcher->button(ViewSwitcher::Tasks), Qt::LeftButton);
    QCOMPARE(switcher->current(), ViewSwitcher::Tasks);
}

void tst_ViewSwitcher::searchIsGlobal()
{
    m_window->switcher()->setCurrent(ViewSwitcher::Tasks);
    ui::TasksView *tasks = m_window->views()->tasksView();
    QTRY_VERIFY(!tasks->isLoading()); // read once shown
    QVERIFY(m_window->searchBar()->isVisible());
    const int all = tasks->model()->totalCount();
    m_window->setQuery(QStringLiteral("person:\"Priya Patel\""));
    QTRY_VERIFY(!tasks->isLoading());
    QVERIFY(tasks->model()->totalCount() < all);
    const auto query = core::Query::parse(QStringLiteral("person:\"Priya Patel\" status:open"));
    const auto hits = core::Search(m_window->session()->database()).tasks(*query);
    QVERIFY(hits && !hits->isEmpty());
    QCOMPARE(tasks->model()->totalCount(), hits->size());
    m_window->setQuery(QString());
    QTRY_COMPARE(tasks->model()->totalCount(), all);
}

void tst_ViewSwitcher::openingATaskShowsItsMeeting()
{
    m_window->switcher()->setCurrent(ViewSwitcher::Tasks);
    ui::TasksView *tasks = m_window->views()->tasksView();
    QTRY_VERIFY(!tasks->isLoading()); // read once shown
    ui::TaskBrowserModel *model = tasks->model();
    QModelIndex target;
    for (int g = 0; g < model->rowCount() && !target.isValid(); ++g) {
        for (int r = 0; r < model->rowCount(model->index(g, 0)); ++r) {
            const QModelIndex index = model->index(r, 0, model->index(g, 0));
            if (index.data(ui::TaskRoles::PathRole).toString() == uitest::kBudget)
                target = index;
        }
    }
    QVERIFY(target.isValid());
    tasks->view()->setCurrentIndex(target);
    tasks->view()->setFocus();
    QTest::keyClick(tasks->view(), Qt::Key_Return);
    QCOMPARE(m_window->switcher()->current(), ViewSwitcher::Meetings);
    QCOMPARE(m_window->meetingView()->currentPath(), uitest::kBudget);
}

void tst_ViewSwitcher::lastViewIsRemembered()
{
    m_window->switcher()->setCurrent(ViewSwitcher::Decisions);
    m_window->close();
    m_window.reset();
    startWindow();
    QCOMPARE(m_window->switcher()->current(), ViewSwitcher::Decisions);
}

void tst_ViewSwitcher::launchOptionPicksTheView()
{
    QString error;
    QVERIFY(!ui::LaunchOptions::parse({ QStringLiteral("vaultview"), QStringLiteral("--view"), QStringLiteral("nope") }, &error));
    QVERIFY(error.contains(QStringLiteral("--view")));
    const auto options = ui::LaunchOptions::parse(
        { QStringLiteral("vaultview"), QStringLiteral("--view"), QStringLiteral("triage") }, &error);
    QVERIFY(options);
    m_window.reset();
    startWindow(*options);
    QCOMPARE(m_window->switcher()->current(), ViewSwitcher::Tasks);
    QCOMPARE(m_window->views()->tasksView()->mode(), ui::TasksView::Mode::Triage);
}

QTEST_MAIN(tst_ViewSwitcher)
#include "tst_viewswitcher.moc"
