// SPDX-License-Identifier: GPL-3.0-or-later
// The Meetings page fits the window it is in: at 1280×800 the seed meeting shows at least eight
// of its tasks whole, each on one or two lines, with their owner and due date; at 1024×700 no pane
// scrolls sideways or cuts its header. Splitters moved by hand come back in a new window; a layout
// nobody moved is not saved, so that it keeps following the window.

#include "ui/meeting/decisionspane.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/meeting/meetingview.h"
#include "ui/meeting/peoplepane.h"
#include "ui/meeting/summarypane.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/settings.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/meetingbrowser.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/paneheader.h"
#include "windowfixture.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

namespace TaskColumns = ui::TaskColumns;

class tst_MeetingBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tasksGetTheRoomTheyNeed();
    void nothingScrollsSidewaysWhenNarrow_data();
    void nothingScrollsSidewaysWhenNarrow();
    void listFollowsItsTitlesWithinLimits();
    void movedSplittersComeBack();
    void untouchedLayoutIsNotSaved();

private:
    void startWindow(const QSize &size);
    void closeWindow();
    int wholeTaskRows() const;

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void tst_MeetingBrowser::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_MeetingBrowser::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::copySampleVault(*m_vault));
    m_settings = uitest::isolatedSettings(*m_vault);
}

void tst_MeetingBrowser::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_vault.reset();
}

void tst_MeetingBrowser::startWindow(const QSize &size)
{
    QVERIFY(uitest::startWindow(m_window, *m_settings, *m_vault, size, uitest::kSeed));
    QCOMPARE(m_window->meetingView()->currentPath(), uitest::kSeed);
    QCOMPARE(m_window->meetingView()->tasksPane()->model()->rowCount(), 18);
}

void tst_MeetingBrowser::closeWindow()
{
    m_window->close();
    m_window.reset();
}

// Rows whose text cell lies wholly inside the table's viewport.
int tst_MeetingBrowser::wholeTaskRows() const
{
    const QTableView *table = m_window->meetingView()->tasksPane()->view();
    int whole = 0;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QRect cell = table->visualRect(table->model()->index(row, TaskColumns::TextColumn));
        if (table->viewport()->rect().contains(cell))
            ++whole;
    }
    return whole;
}

void tst_MeetingBrowser::tasksGetTheRoomTheyNeed()
{
    startWindow(QSize(1280, 800));
    QTableView *table = m_window->meetingView()->tasksPane()->view();
    QTRY_VERIFY2(wholeTaskRows() >= 8, qPrintable(QString::number(wholeTaskRows())));
    const int lineHeight = QFontMetrics(table->font()).lineSpacing();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY2(table->rowHeight(row) < 3 * lineHeight,
            qPrintable(QStringLiteral("row %1 is %2 px").arg(row).arg(table->rowHeight(row))));
    // Owner and Due are on screen, whole.
    const int viewport = table->viewport()->width();
    for (const int column : { int(TaskColumns::OwnerColumn), int(TaskColumns::DueColumn) }) {
        QVERIFY(!table->isColumnHidden(column));
        QVERIFY(table->columnViewportPosition(column) >= 0);
        QVERIFY(table->columnViewportPosition(column) + table->columnWidth(column) <= viewport);
    }
    QVERIFY(!table->horizontalScrollBar()->isVisible());
}

void tst_MeetingBrowser::nothingScrollsSidewaysWhenNarrow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1280x800") << QSize(1280, 800);
}

void tst_MeetingBrowser::nothingScrollsSidewaysWhenNarrow()
{
    QFETCH(QSize, size);
    startWindow(size);
    ui::MeetingView *meeting = m_window->meetingView();
    QTRY_VERIFY(wholeTaskRows() >= 3);
    const QList<QAbstractScrollArea *> areas = { meeting->tasksPane()->view(),
        meeting->summaryPane()->scrollArea(), meeting->decisionsPane()->view(),
        meeting->peoplePane()->view(), m_window->meetingList()->view() };
    for (const QAbstractScrollArea *area : areas)
        QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(area->objectName()));
    // One scroll bar to a pane: the summary's text scrolls with the page.
    QVERIFY(!meeting->summaryPane()->browser()->verticalScrollBar()->isVisible());
    // Every header whole: "18 open of 18 · 18 proposed", the list's sort order.
    for (const ui::PaneHeader *header : m_window->findChildren<ui::PaneHeader *>()) {
        if (header->isVisible())
            QVERIFY2(header->width() >= header->minimumSizeHint().width(),
                qPrintable(header->parentWidget()->objectName()));
    }
    // The title of a long meeting is whole, on as many lines as it needs.
    const auto *title = meeting->summaryPane()->findChild<QLabel *>(QStringLiteral("summaryTitle"));
    QVERIFY(title);
    QVERIFY(title->height() >= title->heightForWidth(title->width()));
}

void tst_MeetingBrowser::listFollowsItsTitlesWithinLimits()
{
    startWindow(QSize(1280, 800));
    const int width = m_window->meetingList()->width();
    QVERIFY(width >= ui::Settings::kMeetingListMinWidth);
    QVERIFY(width <= ui::Settings::kMeetingListMaxWidth);
    QVERIFY(width <= m_window->width() * ui::Settings::kMeetingListMaxPercent / 100 + 1);
    closeWindow();

    // A vault of short titles gets a narrower list than the sample's long ones.
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::writeFixture(*m_vault));
    QVERIFY(uitest::startWindow(m_window, *m_settings, *m_vault, QSize(1280, 800)));
    QTRY_VERIFY(m_window->meetingList()->width() < width);
    QVERIFY(m_window->meetingList()->width() >= ui::Settings::kMeetingListMinWidth);
}

void tst_MeetingBrowser::movedSplittersComeBack()
{
    startWindow(QSize(1280, 800));
    ui::MeetingBrowser *browser = m_window->meetingBrowser();
    QVERIFY(!browser->isUserLayout());
    QSplitter *rows = m_window->meetingView()->rowSplitter();
    QSplitter *top = m_window->meetingView()->topSplitter();
    rows->setSizes({ 300, rows->height() - 300 });
    Q_EMIT rows->splitterMoved(300, 1); // as a drag does
    top->setSizes({ 400, 300, 200 });
    browser->splitter()->setSizes({ 300, browser->width() - 301 });
    const QList<int> rowSizes = rows->sizes();
    const QList<int> topSizes = top->sizes();
    const QList<int> listSizes = browser->splitter()->sizes();
    QVERIFY(browser->isUserLayout());
    closeWindow();
    QVERIFY(!m_settings->splitterState(ui::Settings::Splitter::MeetingRows).isEmpty());

    startWindow(QSize(1280, 800));
    QVERIFY(m_window->meetingBrowser()->isUserLayout());
    QCOMPARE(m_window->meetingView()->rowSplitter()->sizes(), rowSizes);
    QCOMPARE(m_window->meetingView()->topSplitter()->sizes(), topSizes);
    QCOMPARE(m_window->meetingBrowser()->splitter()->sizes(), listSizes);
}

void tst_MeetingBrowser::untouchedLayoutIsNotSaved()
{
    startWindow(QSize(1280, 800));
    closeWindow();
    for (const auto splitter : { ui::Settings::Splitter::MeetingList,
             ui::Settings::Splitter::MeetingRows, ui::Settings::Splitter::MeetingTopRow })
        QVERIFY(m_settings->splitterState(splitter).isEmpty());
    // The next window, smaller, is laid out for its own size.
    startWindow(QSize(1024, 700));
    QVERIFY(!m_window->meetingBrowser()->isUserLayout());
    QTRY_VERIFY(wholeTaskRows() >= 3);
}

QTEST_MAIN(tst_MeetingBrowser)
#include "tst_meetingbrowser.moc"
