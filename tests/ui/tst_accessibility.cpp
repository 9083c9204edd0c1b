// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader reads of the window (as Orca does, through QAccessible): every control
// that takes the keyboard focus, in the main window and in each view, has a name; a task row
// reads its status, text, owner and due date; a refused edit is said in the pane's message bar.

#include "core/model/task.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/meeting/meetingview.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/settings.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/vaultviews.h"
#include "ui/shell/viewswitcher.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasksview.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/focusannouncer.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QComboBox>
#include <QFileInfo>
#include <QTableView>
#include <QtTest>

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFocusableControlHasAName_data();
    void everyFocusableControlHasAName();
    void taskRowReadsStatusTextOwnerAndDue();
    void sortBoxIsLabelled();
    void statusChangeIsAnnounced();

private:
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Accessibility::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::copySampleVault(*m_vault));
    m_settings = uitest::isolatedSettings(*m_vault);
    QVERIFY(uitest::startWindow(m_window, *m_settings, *m_vault, QSize(1400, 850), uitest::kSeed));
}

void tst_Accessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_vault.reset();
}

void tst_Accessibility::everyFocusableControlHasAName_data()
{
    QTest::addColumn<QString>("view");
    for (const char *view :
        { "meetings", "tasks", "triage", "duplicates", "people", "decisions", "timeline" })
        QTest::newRow(view) << QString::fromLatin1(view);
}

// Each control a user can Tab to (or click into), on screen in the view.
void tst_Accessibility::everyFocusableControlHasAName()
{
    QFETCH(QString, view);
    QVERIFY(m_window->views()->show(view));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->views()->isLoading(), 20000);
    QStringList unnamed;
    int checked = 0;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || !widget->isEnabled()
            || widget->focusProxy())
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        ++checked;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className())));
    }
    QVERIFY(checked >= 3); // the search field and the view's own
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_Accessibility::taskRowReadsStatusTextOwnerAndDue()
{
    ui::TaskTableModel *model = m_window->meetingView()->tasksPane()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    bool found = false;
    for (int row = 0; row < model->rowCount() && !found; ++row) {
        const QString text = model->index(row, ui::TaskColumns::TextColumn)
                                 .data(Qt::AccessibleTextRole)
                                 .toString();
        if (!text.contains(QStringLiteral(", due ")) || !text.contains(QStringLiteral(", owner ")))
            continue;
        found = true;
        QVERIFY2(text.startsWith(QStringLiteral("Open task: "))
                || text.startsWith(QStringLiteral("Proposed task: "))
                || text.startsWith(QStringLiteral("Done task: ")),
            qPrintable(text));
        // The date as the locale says it, not its ISO spelling.
        QVERIFY2(!text.contains(QStringLiteral("due 20")), qPrintable(text));
    }
    QVERIFY(found);
}

// A combo box reads its current item as its name on Linux; Orca names it by its label.
void tst_Accessibility::sortBoxIsLabelled()
{
    QAccessibleInterface *box
        = QAccessible::queryAccessibleInterface(m_window->meetingList()->sortBox());
    QVERIFY(box);
    const auto labels = box->relations(QAccessible::Label);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().first->text(QAccessible::Name), QStringLiteral("Sort meetings"));
}

// Qt 6.4 has no announcement event: the focused cell's name changes, and Orca reads it again.
void tst_Accessibility::statusChangeIsAnnounced()
{
    QTableView *view = m_window->meetingView()->tasksPane()->view();
    ui::TaskTableModel *model = m_window->meetingView()->tasksPane()->model();
    QTRY_VERIFY(model->rowCount() > 0);
    // The seed's tasks are proposed: A accepts the first one.
    const int row = 0;
    QCOMPARE(model->taskAt(row).state, core::TaskState::Proposed);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    view->setCurrentIndex(model->index(row, ui::TaskColumns::TextColumn));
    QTRY_VERIFY(view->hasFocus());
    auto *announcer = view->findChild<ui::FocusAnnouncer *>();
    QVERIFY(announcer);
    // Offscreen has no accessibility bridge to receive the NameChanged event: the announcer
    // says what it sent.
    QSignalSpy announced(announcer, &ui::FocusAnnouncer::announced);
    QTest::keyClick(view, Qt::Key_A);
    QTRY_VERIFY(!announced.isEmpty());
    const QString name = announced.last().first().toString();
    QVERIFY2(name.startsWith(QStringLiteral("Open task: ")), qPrintable(name));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
