// SPDX-License-Identifier: GPL-3.0-or-later
// The window driven from the keyboard alone: Tab and Shift+Tab go round the search field, the
// meeting list and each pane (a table keeps no Tab to itself); arrows, Home and End move inside
// the tasks; every key the Tasks view and the triage advertise is in the Task menu and does what
// it says there; a click on a task's status selects that task.

#include "core/model/task.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/meeting/meetingview.h"
#include "ui/meeting/summarypane.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/settings.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/shell/mainmenus.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/meetingbrowser.h"
#include "ui/shell/searchbar.h"
#include "ui/shell/taskmenu.h"
#include "ui/shell/vaultviews.h"
#include "ui/tasks/taskbrowsermodel.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasksview.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/tasks/triagepanel.h"
#include "ui/widgets/pane.h"
#include "windowfixture.h"

#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using Stop = ui::MeetingBrowser::Stop;
namespace TaskColumns = ui::TaskColumns;
namespace TaskRoles = ui::TaskRoles;

class tst_Keyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabGoesRoundThePanes_data();
    void tabGoesRoundThePanes();
    void theFocusedPaneSaysSo();
    void arrowsHomeAndEndMoveInsideTheTasks();
    void meetingKeysDoWhatTheySay();
    void everyAdvertisedKeyIsInTheTaskMenu();
    void tasksViewAndTriageKeysDoWhatTheySay();
    void clickingAStatusSelectsItsTask();

private:
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    std::optional<Stop> stop() const { return m_window->meetingBrowser()->currentStop(); }
    ui::TaskTableModel *tasks() const { return m_window->meetingView()->tasksPane()->model(); }
    ui::TaskMenu *taskMenu() const { return m_window->menus()->taskMenu(); }

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_Keyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Keyboard::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::copySampleVault(*m_vault));
    m_settings = uitest::isolatedSettings(*m_vault);
    QVERIFY(uitest::startWindow(m_window, *m_settings, *m_vault, QSize(1280, 800), uitest::kSeed));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->meetingView()->currentPath(), uitest::kSeed);
    m_window->session()->editor()->setToday(QDate(2025, 10, 28));
}

void tst_Keyboard::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_vault.reset();
}

// As the keyboard does: to the widget with the focus (the window when none has it).
void tst_Keyboard::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : m_window.get(), key, modifiers);
}

void tst_Keyboard::tabGoesRoundThePanes_data()
{
    QTest::addColumn<bool>("forward");
    QTest::newRow("Tab") << true;
    QTest::newRow("Shift+Tab") << false;
}

void tst_Keyboard::tabGoesRoundThePanes()
{
    QFETCH(bool, forward);
    press(Qt::Key_F, Qt::ControlModifier); // Edit ▸ Find
    QCOMPARE(QApplication::focusWidget(), m_window->searchBar()->lineEdit());
    QList<Stop> visited { Stop::Search };
    // A pane may hold more than one stop (the links of the summary): each pane is counted once.
    for (int press = 0; press < 30 && (visited.size() < 2 || visited.last() != Stop::Search);
         ++press) {
        this->press(
            forward ? Qt::Key_Tab : Qt::Key_Backtab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        const auto now = stop();
        QVERIFY2(now, qPrintable(QApplication::focusWidget()->objectName()));
        if (*now != visited.last())
            visited.append(*now);
    }
    QList<Stop> ring { Stop::Search, Stop::MeetingList, Stop::Summary, Stop::Tasks, Stop::Decisions,
        Stop::People, Stop::Search };
    if (!forward)
        std::reverse(ring.begin(), ring.end());
    QCOMPARE(visited, ring);
}

void tst_Keyboard::theFocusedPaneSaysSo()
{
    ui::MeetingView *meeting = m_window->meetingView();
    press(Qt::Key_2, Qt::AltModifier); // View ▸ Focus Tasks
    QCOMPARE(stop(), Stop::Tasks);
    QVERIFY(meeting->tasksPane()->hasFocusWithin());
    QVERIFY(!meeting->summaryPane()->hasFocusWithin());
    press(Qt::Key_3, Qt::AltModifier); // View ▸ Focus Summary
    QCOMPARE(stop(), Stop::Summary);
    QVERIFY(meeting->summaryPane()->hasFocusWithin());
    QVERIFY(!meeting->tasksPane()->hasFocusWithin());
}

void tst_Keyboard::arrowsHomeAndEndMoveInsideTheTasks()
{
    press(Qt::Key_2, Qt::AltModifier);
    QTableView *table = m_window->meetingView()->tasksPane()->view();
    QCOMPARE(QApplication::focusWidget(), table);
    press(Qt::Key_Home);
    QCOMPARE(table->currentIndex().row(), 0);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    press(Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 1);
    press(Qt::Key_End);
    QCOMPARE(table->currentIndex().row(), 17);
    press(Qt::Key_Home);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(QApplication::focusWidget(), table); // none of them left the table
}

void tst_Keyboard::meetingKeysDoWhatTheySay()
{
    press(Qt::Key_2, Qt::AltModifier);
    press(Qt::Key_Home);
    const auto state = [this](int row) {
        return core::TaskState(tasks()->index(row, 0).data(TaskRoles::StateRole).toInt());
    };
    QCOMPARE(state(0), core::TaskState::Proposed);
    press(Qt::Key_D);
    QCOMPARE(state(0), core::TaskState::Done);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(state(0), core::TaskState::Proposed);
    press(Qt::Key_A);
    QCOMPARE(state(0), core::TaskState::Todo);
    press(Qt::Key_Space);
    QCOMPARE(state(0), core::TaskState::Done);
    press(Qt::Key_Down);
    press(Qt::Key_R);
    QCOMPARE(state(1), core::TaskState::Cancelled);
    // The menu's entry does what its key does.
    press(Qt::Key_Down);
    QAction *done = taskMenu()->actionForKey(QStringLiteral("D"));
    QVERIFY(done);
    done->trigger();
    QCOMPARE(state(2), core::TaskState::Done);
}

void tst_Keyboard::everyAdvertisedKeyIsInTheTaskMenu()
{
    m_window->views()->show(QStringLiteral("tasks"));
    ui::TasksView *view = m_window->views()->tasksView();
    QVERIFY(view);
    QStringList advertised;
    // "Accept the selected proposed tasks (A)" on the Tasks view's buttons, "&Accept  A" on the
    // triage's.
    static const QRegularExpression inTip(QStringLiteral("\\((\\w)\\)$"));
    for (const QPushButton *button : view->findChildren<QPushButton *>()) {
        if (const auto match = inTip.match(button->toolTip()); match.hasMatch())
            advertised.append(match.captured(1));
        if (button->text().contains(QStringLiteral("  ")))
            advertised.append(button->text().section(QStringLiteral("  "), -1));
    }
    advertised.removeDuplicates();
    QVERIFY2(advertised.size() >= 7, qPrintable(advertised.join(u' ')));
    for (const QString &key : std::as_const(advertised)) {
        if (key == u"P") {
            QVERIFY(std::any_of(taskMenu()->actions().cbegin(), taskMenu()->actions().cend(),
                [](const QAction *action) { return action->text().endsWith(u"\tP"); }));
            continue;
        }
        QVERIFY2(taskMenu()->actionForKey(key), qPrintable(key));
    }
    // The menu shows the actions of the list on screen.
    QCOMPARE(taskMenu()->target(), ui::TaskMenu::Target::List);
    Q_EMIT taskMenu()->aboutToShow();
    QVERIFY(taskMenu()->actionForKey(QStringLiteral("T"))->isVisible());
    QVERIFY(!taskMenu()->actionForKey(QStringLiteral("Space"))->isVisible());
    view->setMode(ui::TasksView::Mode::Triage);
    Q_EMIT taskMenu()->aboutToShow();
    QVERIFY(taskMenu()->actionForKey(QStringLiteral("S"))->isVisible());
    QVERIFY(!taskMenu()->actionForKey(QStringLiteral("T"))->isVisible());
}

void tst_Keyboard::tasksViewAndTriageKeysDoWhatTheySay()
{
    press(Qt::Key_2, Qt::ControlModifier); // View ▸ Tasks
    ui::TasksView *view = m_window->views()->tasksView();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 10000);
    QTreeView *tree = view->view();
    tree->setFocus(Qt::TabFocusReason);
    // The first proposed task of the list, by the arrows.
    const auto current = [view, tree] { return view->model()->rowAt(tree->currentIndex()); };
    press(Qt::Key_Home);
    for (int step = 0;
         step < 200 && !(current() && current()->task.state == core::TaskState::Proposed); ++step)
        press(Qt::Key_Down);
    QVERIFY(current());
    const QString path = current()->path;
    const int line = current()->task.line;
    tree->selectionModel()->select(
        tree->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    press(Qt::Key_D);
    QTRY_VERIFY(m_vault->read(path).split('\n').at(line - 1).startsWith("- [x]"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_vault->read(path).split('\n').at(line - 1).startsWith("- [?]"));

    // T triages; S skips, as the Task menu's Skip does.
    QTRY_VERIFY(tree->hasFocus() || (tree->setFocus(), tree->hasFocus()));
    press(Qt::Key_T);
    QCOMPARE(view->mode(), ui::TasksView::Mode::Triage);
    ui::TriagePanel *triage = view->triagePanel();
    QTRY_VERIFY(triage->count() > 2);
    QCOMPARE(QApplication::focusWidget(), triage);
    press(Qt::Key_S);
    QCOMPARE(triage->position(), 1);
    taskMenu()->actionForKey(QStringLiteral("S"))->trigger();
    QCOMPARE(triage->position(), 2);
}

void tst_Keyboard::clickingAStatusSelectsItsTask()
{
    QTableView *table = m_window->meetingView()->tasksPane()->view();
    table->setCurrentIndex(tasks()->index(0, TaskColumns::TextColumn));
    const QModelIndex status = tasks()->index(3, TaskColumns::StatusColumn);
    table->scrollTo(status);
    const QRect cell = table->visualRect(status);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(core::TaskState(status.data(TaskRoles::StateRole).toInt()), core::TaskState::Done);
    QCOMPARE(table->currentIndex().row(), 3);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 3);
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
