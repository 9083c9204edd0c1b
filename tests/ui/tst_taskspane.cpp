// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/postponemenu.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/widgets/paneheader.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using ui::TaskTableModel;
namespace TaskRoles = ui::TaskRoles;
namespace TaskColumns = ui::TaskColumns;

class tst_TasksPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void clickOnTheCheckboxTogglesDone();
    void spaceTogglesDone();
    void acceptAndRejectProposed();
    void slashMarksInProgress();
    void keysOnlyChangeWhatTheyMean();
    void selectionChangesTogetherAndUndoesTogether();
    void delegateEditorOffersEveryStatus();
    void headerCountsAndEmptyState();
    void onlyStatusAndDueAreEditable();
    void dueEditorWritesOnlyTheDate_data();
    void dueEditorWritesOnlyTheDate();
    void dueEditorByKeyboard();
    void clearButtonRemovesTheDate();
    void postponeFromTheContextMenu_data();
    void postponeFromTheContextMenu();
    void postponeKeyOpensTheMenu();
    void refusedDueWriteWritesNothing();
    void refusalStaysUntilTheNextEdit();
    void screenshot();

private:
    void show(const QString &path);
    ui::OptionalDateEdit *dueEditor() const;
    ui::OptionalDateEdit *doubleClickDue(int row);
    QPoint cellCentre(int row, int column) const;
    QRect glyphCentre(int row) const;
    QByteArray file() const { return m_vault->read(m_path); }

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
    std::unique_ptr<ui::TaskEditor> m_editor;
    std::unique_ptr<ui::TasksPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_path;
};

void tst_TasksPane::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::writeFixture(*m_vault));
    m_index = std::make_unique<core::VaultIndex>(m_vault->root(), m_vault->indexPath());
    QVERIFY(m_index->open());
    QVERIFY(core::Indexer(*m_index).update());
    m_editor = std::make_unique<ui::TaskEditor>(*m_index);
    m_editor->setToday(QDate(2025, 1, 22)); // a Wednesday, after the fixture's 2025-01-20
    m_pane = std::make_unique<ui::TasksPane>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->setEditor(m_editor.get());
    m_pane->resize(720, 420);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    // A refusal is said in the pane that has the focus.
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    show(uitest::kApollo);
}

void tst_TasksPane::cleanup()
{
    m_tester.reset();
    m_pane.reset();
    m_editor.reset();
    m_index.reset();
    m_vault.reset();
}

// A note with a BOM, CRLF line endings, block ids, a 📅 in its Windows-1252 mojibake and no
// final newline: a due date write must keep all of it.
const QString kBlocks = QStringLiteral("Meetings/2025-03-05 Blocks.md");
const QByteArray kBlocksNote
    = "\xEF\xBB\xBF## Action Items\r\n"
      "\r\n"
      "- [ ] Ship it @Myself ^ship-1\r\n" // line 3
      "- [ ] Plan it \xC3\xB0\xC5\xB8\xE2\x80\x9C\xE2\x80\xA6 2025-01-20 ^plan-2"; // line 4

// `bytes` with line `number` (1-based) replaced by `line`, its line ending kept.
QByteArray withLine(const QByteArray &bytes, int number, const QByteArray &line)
{
    QList<QByteArray> lines = bytes.split('\n');
    const bool crlf = lines.at(number - 1).endsWith('\r');
    lines[number - 1] = line + (crlf ? "\r" : "");
    return lines.join('\n');
}

void tst_TasksPane::show(const QString &path)
{
    m_path = path;
    const auto note = core::IndexReader(m_index->database()).note(path);
    QVERIFY(note);
    m_pane->showTasks(path, note->tasks);
    QCoreApplication::processEvents();
}

QRect tst_TasksPane::glyphCentre(int row) const
{
    const QRect cell
        = m_pane->view()->visualRect(m_pane->model()->index(row, TaskColumns::StatusColumn));
    return ui::TaskStatusDelegate::glyphRect(cell);
}

void tst_TasksPane::clickOnTheCheckboxTogglesDone()
{
    const QByteArray before = file();
    QWidget *viewport = m_pane->view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, glyphCentre(0).center());
    const QByteArray done = file();
    QCOMPARE(uitest::changedLines(before, done), QList<int> { 20 });
    QVERIFY(uitest::lineOf(done, 20).startsWith("- [x] Draft the plan"));
    QCOMPARE(m_pane->model()->data(m_pane->model()->index(0, 0), TaskRoles::StateRole).toInt(),
        int(core::TaskState::Done));
    // A click next to the glyph selects the row and changes nothing.
    const QRect text
        = m_pane->view()->visualRect(m_pane->model()->index(1, TaskColumns::TextColumn));
    QTest::mouseClick(viewport, Qt::LeftButton, {}, text.center());
    QCOMPARE(file(), done);
    QCOMPARE(m_pane->view()->currentIndex().row(), 1);
    // A second click on the glyph puts the line back exactly.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, glyphCentre(0).center());
    QCOMPARE(file(), before);
    QCOMPARE(m_editor->undoStack()->count(), 2);
    m_editor->undoStack()->undo();
    QCOMPARE(file(), done);
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

void tst_TasksPane::spaceTogglesDone()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(1, TaskColumns::TextColumn));
    QTest::keyClick(view, Qt::Key_Space);
    const QByteArray after = file();
    QCOMPARE(uitest::changedLines(before, after), QList<int> { 21 });
    QVERIFY(uitest::lineOf(after, 21).startsWith("- [x] Book the room @Priya Patel"));
    QCOMPARE(view->currentIndex().row(), 1); // the row stays current
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(uitest::lineOf(file(), 21).startsWith("- [ ] Book the room @Priya Patel"));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

void tst_TasksPane::acceptAndRejectProposed()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(uitest::changedLines(before, file()), QList<int> { 21 });
    QCOMPARE(uitest::lineOf(file(), 21), QByteArray("- [ ] Book the room @Priya Patel"));
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(uitest::changedLines(before, file()), QList<int> { 21 });
    QVERIFY(uitest::lineOf(file(), 21).startsWith("- [-] Book the room @Priya Patel"));
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

void tst_TasksPane::slashMarksInProgress()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Slash);
    QCOMPARE(uitest::changedLines(before, file()), QList<int> { 20 });
    QVERIFY(uitest::lineOf(file(), 20).startsWith("- [/] Draft the plan"));
    QTest::keyClick(view, Qt::Key_Slash);
    QCOMPARE(file(), before);
}

void tst_TasksPane::keysOnlyChangeWhatTheyMean()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(0, 0)); // a todo: nothing to accept or reject
    QTest::keyClick(view, Qt::Key_A);
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(file(), before);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    // Nor for a selection of several: no empty undo step either.
    view->selectionModel()->select(
        QItemSelection(m_pane->model()->index(0, 0), m_pane->model()->index(0, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(m_pane->model()->index(2, 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(file(), before);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

void tst_TasksPane::selectionChangesTogetherAndUndoesTogether()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(m_pane->model()->index(0, 0), m_pane->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(uitest::changedLines(before, file()), (QList<int> { 20, 21 }));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
    m_editor->undoStack()->redo();
    QCOMPARE(uitest::changedLines(before, file()), (QList<int> { 20, 21 }));
}

void tst_TasksPane::delegateEditorOffersEveryStatus()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    const QModelIndex status = m_pane->model()->index(0, TaskColumns::StatusColumn);
    view->setCurrentIndex(status);
    view->edit(status);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentData().toString(), QStringLiteral(" "));
    QStringList labels;
    for (int i = 0; i < combo->count(); ++i)
        labels.append(combo->itemText(i));
    QCOMPARE(labels,
        (QStringList { QStringLiteral("To do"), QStringLiteral("Done"),
            QStringLiteral("In progress"), QStringLiteral("Cancelled"), QStringLiteral("Proposed"),
            QStringLiteral("Forwarded") }));
    combo->setCurrentIndex(combo->findData(QStringLiteral(">")));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(uitest::changedLines(before, file()), QList<int> { 20 });
    QVERIFY(uitest::lineOf(file(), 20).startsWith("- [>] Draft the plan"));
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

void tst_TasksPane::headerCountsAndEmptyState()
{
    QCOMPARE(m_pane->model()->rowCount(), 3);
    QCOMPARE(m_pane->header()->detail(), QStringLiteral("2 open of 3 · 1 proposed"));
    show(uitest::kStandup);
    QCOMPARE(m_pane->model()->rowCount(), 0);
    QCOMPARE(m_pane->header()->detail(), QString());
    QVERIFY(!m_pane->view()->isVisible());
    show(uitest::kBudget);
    QVERIFY(m_pane->view()->isVisible());
    QCOMPARE(m_pane->model()->proposedCount(), 1);
}

QPoint tst_TasksPane::cellCentre(int row, int column) const
{
    return m_pane->view()->visualRect(m_pane->model()->index(row, column)).center();
}

ui::OptionalDateEdit *tst_TasksPane::dueEditor() const
{
    return m_pane->view()->viewport()->findChild<ui::OptionalDateEdit *>();
}

ui::OptionalDateEdit *tst_TasksPane::doubleClickDue(int row)
{
    // As a real double-click comes: a click, then the double-click and its release.
    QWidget *viewport = m_pane->view()->viewport();
    const QPoint at = cellCentre(row, TaskColumns::DueColumn);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, at);
    return dueEditor();
}

void tst_TasksPane::onlyStatusAndDueAreEditable()
{
    TaskTableModel *model = m_pane->model();
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        const bool editable = model->index(0, column).flags() & Qt::ItemIsEditable;
        QCOMPARE(editable, column == TaskColumns::StatusColumn || column == TaskColumns::DueColumn);
    }
    QCOMPARE(
        model->index(0, TaskColumns::DueColumn).data(Qt::EditRole).toDate(), QDate(2025, 1, 20));
    QVERIFY(!model->index(1, TaskColumns::DueColumn).data(Qt::EditRole).toDate().isValid());
    // Read-only without an editor.
    TaskTableModel readOnly;
    readOnly.setNote(uitest::kApollo, { model->taskAt(0) });
    QVERIFY(!(readOnly.index(0, TaskColumns::DueColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!readOnly.setData(readOnly.index(0, TaskColumns::DueColumn), QDate(2025, 2, 1)));
}

void tst_TasksPane::dueEditorWritesOnlyTheDate_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("expected"); // the line after 2025-02-14 is set
    QTest::newRow("a due date: only its ten characters change")
        << uitest::kApollo << 20
        << QByteArray("- [ ] Draft the plan @Alon Horev \xF0\x9F\x93\x85 2025-02-14 \xE2\x8F\xAB");
    QTest::newRow("no due date: one is added at the end")
        << uitest::kApollo << 21
        << QByteArray("- [?] Book the room @Priya Patel \xF0\x9F\x93\x85 2025-02-14");
    QTest::newRow("before a block id, the BOM and CRLF kept")
        << kBlocks << 3 << QByteArray("- [ ] Ship it @Myself \xF0\x9F\x93\x85 2025-02-14 ^ship-1");
    QTest::newRow("a mojibake date keeps its spelling")
        << kBlocks << 4
        << QByteArray("- [ ] Plan it \xC3\xB0\xC5\xB8\xE2\x80\x9C\xE2\x80\xA6 2025-02-14 ^plan-2");
}

void tst_TasksPane::dueEditorWritesOnlyTheDate()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(QByteArray, expected);
    QVERIFY(m_vault->write(kBlocks, kBlocksNote));
    QVERIFY(core::Indexer(*m_index).update());
    show(path);
    const QByteArray before = file();
    const int row = m_pane->model()->rowOfLine(line);
    QVERIFY(row >= 0);
    ui::OptionalDateEdit *editor = doubleClickDue(row);
    QVERIFY(editor);
    QVERIFY(editor->dateEdit()->calendarPopup());
    QCOMPARE(editor->dateEdit()->displayFormat(), ui::OptionalDateEdit::displayFormat(QLocale()));
    editor->dateEdit()->setDate(QDate(2025, 2, 14));
    QTest::keyClick(editor->dateEdit(), Qt::Key_Return); // committed from the event loop
    QTRY_COMPARE(file(), withLine(before, line, expected));
    QCOMPARE(m_pane->model()->taskAt(row).due, std::optional(QStringLiteral("2025-02-14")));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(m_editor->undoStack()->undoText().startsWith(QStringLiteral("Set Due Date")));
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

// Enter and F2 open the editor on the Due cell; Escape cancels, Delete clears, Up steps a day.
void tst_TasksPane::dueEditorByKeyboard()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(0, TaskColumns::DueColumn));
    QTest::keyClick(view, Qt::Key_Return);
    ui::OptionalDateEdit *editor = dueEditor();
    QVERIFY(editor);
    QCOMPARE(editor->date(), std::optional(QDate(2025, 1, 20)));
    QTest::keyClick(editor->dateEdit(), Qt::Key_P); // no postponing from inside the editor
    QVERIFY(!QApplication::activePopupWidget());
    QTest::keyClick(editor->dateEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!dueEditor());
    QCOMPARE(file(), before);
    QCOMPARE(m_editor->undoStack()->count(), 0);

    QTest::keyClick(view, Qt::Key_F2);
    editor = dueEditor();
    QVERIFY(editor);
    QTest::keyClick(editor->dateEdit(), Qt::Key_Delete);
    QVERIFY(!editor->date());
    QCOMPARE(editor->dateEdit()->text(), QStringLiteral("No due date"));
    QTest::keyClick(editor->dateEdit(), Qt::Key_Return);
    QTRY_COMPARE(file(), withLine(before, 20, "- [ ] Draft the plan @Alon Horev \xE2\x8F\xAB"));
    QTRY_VERIFY(!dueEditor());

    // Without a date, stepping starts from today.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    editor = dueEditor();
    QVERIFY(editor);
    QVERIFY(!editor->date());
    editor->setToday(QDate(2025, 1, 22));
    QTest::keyClick(editor->dateEdit(), Qt::Key_Up);
    QCOMPARE(editor->date(), std::optional(QDate(2025, 1, 22)));
    editor->dateEdit()->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(editor->dateEdit(), Qt::Key_Up);
    QTest::keyClick(editor->dateEdit(), Qt::Key_Return);
    QTRY_COMPARE(file(),
        withLine(before, 20,
            "- [ ] Draft the plan @Alon Horev \xE2\x8F\xAB \xF0\x9F\x93\x85 2025-01-23"));
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

void tst_TasksPane::clearButtonRemovesTheDate()
{
    const QByteArray before = file();
    ui::OptionalDateEdit *editor = doubleClickDue(0);
    QVERIFY(editor);
    QTest::mouseClick(editor->clearButton(), Qt::LeftButton);
    QCOMPARE(file(), withLine(before, 20, "- [ ] Draft the plan @Alon Horev \xE2\x8F\xAB"));
    QTRY_VERIFY(!dueEditor());
    QVERIFY(m_editor->undoStack()->undoText().startsWith(QStringLiteral("Remove Due Date")));
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

void tst_TasksPane::postponeFromTheContextMenu_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("key");
    QTest::addColumn<QByteArray>("expected"); // line 20 or 21 after
    const QDate wednesday(2025, 1, 22);
    const QByteArray draft = "- [ ] Draft the plan @Alon Horev \xF0\x9F\x93\x85 ";
    const QByteArray high = " \xE2\x8F\xAB";
    QTest::newRow("1 day, from today when the date has passed")
        << wednesday << 0 << int(Qt::Key_D) << (draft + "2025-01-23" + high);
    QTest::newRow("1 week, from today when the date has passed")
        << wednesday << 0 << int(Qt::Key_W) << (draft + "2025-01-29" + high);
    QTest::newRow("next Monday after today")
        << wednesday << 0 << int(Qt::Key_M) << (draft + "2025-01-27" + high);
    QTest::newRow("1 day from a date still to come")
        << QDate(2025, 1, 15) << 0 << int(Qt::Key_D) << (draft + "2025-01-21" + high);
    QTest::newRow("next Monday after a Monday still to come")
        << QDate(2025, 1, 15) << 0 << int(Qt::Key_M) << (draft + "2025-01-27" + high);
    QTest::newRow("no due date: 1 day from today")
        << wednesday << 1 << int(Qt::Key_D)
        << QByteArray("- [?] Book the room @Priya Patel \xF0\x9F\x93\x85 2025-01-23");
    QTest::newRow("remove the due date")
        << wednesday << 0 << int(Qt::Key_Delete)
        << QByteArray("- [ ] Draft the plan @Alon Horev \xE2\x8F\xAB");
}

// Right-click, P opens Postpone, its key chooses; the row stays selected; undo puts the bytes back.
void tst_TasksPane::postponeFromTheContextMenu()
{
    QFETCH(QDate, today);
    QFETCH(int, row);
    QFETCH(int, key);
    QFETCH(QByteArray, expected);
    m_editor->setToday(today);
    const QByteArray before = file();
    QWidget *viewport = m_pane->view()->viewport();
    const QPoint at = cellCentre(row, TaskColumns::TextColumn);
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &click);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_P);
    auto *postpone = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(postpone);
    QTest::keyClick(postpone, Qt::Key(key));
    QTRY_VERIFY(!QApplication::activePopupWidget());
    const int line = m_pane->model()->taskAt(row).line;
    QCOMPARE(file(), withLine(before, line, expected));
    QCOMPARE(m_pane->view()->selectionModel()->selectedRows(),
        QModelIndexList { m_pane->model()->index(row, 0) });
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
    m_editor->undoStack()->redo();
    QCOMPARE(file(), withLine(before, line, expected));
}

void tst_TasksPane::postponeKeyOpensTheMenu()
{
    const QByteArray before = file();
    QTableView *view = m_pane->view();
    view->setFocus();
    view->setCurrentIndex(m_pane->model()->index(0, TaskColumns::TextColumn));
    QTest::keyClick(view, Qt::Key_P);
    auto *menu = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QVERIFY(menu->action(ui::PostponeMenu::Choice::OneDay)->text().endsWith(QStringLiteral("\tD")));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(file(), before);
    QTest::keyClick(view, Qt::Key_P);
    menu = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_W);
    QTRY_VERIFY(!QApplication::activePopupWidget());
    QCOMPARE(file(),
        withLine(before, 20,
            "- [ ] Draft the plan @Alon Horev \xF0\x9F\x93\x85 2025-01-29 \xE2\x8F\xAB"));
    QCOMPARE(view->currentIndex().row(), 0);
    m_editor->undoStack()->undo();
    QCOMPARE(file(), before);
}

// The line changed on disk since it was read: the reason is reported and nothing is written.
void tst_TasksPane::refusedDueWriteWritesNothing()
{
    QByteArray changed = file();
    changed.replace("Draft the plan", "Draft the whole plan");
    QVERIFY(m_vault->write(m_path, changed));
    QSignalSpy failed(m_editor.get(), &ui::TaskEditor::failed);
    ui::OptionalDateEdit *editor = doubleClickDue(0);
    QVERIFY(editor);
    editor->dateEdit()->setDate(QDate(2025, 2, 14));
    QTest::keyClick(editor->dateEdit(), Qt::Key_Return);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(m_path),
        qPrintable(failed.first().first().toString()));
    QCOMPARE(file(), changed);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    // The refusal re-indexed the note: the pane shows the line as it is now.
    QCOMPARE(m_pane->model()->taskAt(0).text, QStringLiteral("Draft the whole plan"));
    // The pane says why and what to do, and keeps saying it after the re-index.
    ui::MessageBar *bar = m_pane->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().startsWith(QStringLiteral("The line changed in another editor — reload "
                                                   "the note.\n")),
        qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(m_path), qPrintable(bar->text())); // core's own words
    QCOMPARE(bar->actionText(), QStringLiteral("Reload"));
    QTest::qWait(50);
    QVERIFY(bar->isVisible());
    // Reload re-reads the note.
    QSignalSpy stale(m_editor.get(), &ui::TaskEditor::staleNote);
    QTest::mouseClick(
        bar->findChild<QToolButton *>(QStringLiteral("messageAction")), Qt::LeftButton);
    QCOMPARE(stale.count(), 1);
    QCOMPARE(stale.first().first().toString(), m_path);
    QVERIFY(!bar->isVisible());
}

// A refusal stays until the user's next action supersedes it: an edit that goes through, or the
// close button.
void tst_TasksPane::refusalStaysUntilTheNextEdit()
{
    QByteArray changed = file();
    changed.replace("Draft the plan", "Draft the whole plan");
    QVERIFY(m_vault->write(m_path, changed));
    m_pane->view()->setFocus();
    QTRY_VERIFY(m_pane->view()->hasFocus());
    m_pane->view()->setCurrentIndex(m_pane->model()->index(0, TaskColumns::TextColumn));
    QTest::keyClick(m_pane->view(), Qt::Key_Space);
    ui::MessageBar *bar = m_pane->messageBar();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), ui::MessageBar::Kind::Error);
    QCOMPARE(file(), changed);
    // The pane now shows the line as it is: the next Space writes, and the message goes.
    QTRY_COMPARE(m_pane->model()->taskAt(0).text, QStringLiteral("Draft the whole plan"));
    QTest::keyClick(m_pane->view(), Qt::Key_Space);
    QTRY_VERIFY(file().contains("- [x] Draft the whole plan"));
    QVERIFY(!bar->isVisible());
    // The close button dismisses one.
    bar->showMessage(ui::MessageBar::Kind::Warning, QStringLiteral("Something"));
    QSignalSpy dismissed(bar, &ui::MessageBar::dismissed);
    QTest::mouseClick(
        bar->findChild<QToolButton *>(QStringLiteral("messageClose")), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!bar->isVisible());
}

// The Due cell's editor open, and the context menu with Postpone open, as the user sees them.
void tst_TasksPane::screenshot()
{
    const QString out = qEnvironmentVariable("VV_VIEW_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set VV_VIEW_SCREENSHOT_DIR to save a screenshot");
    ui::OptionalDateEdit *editor = doubleClickDue(0);
    QVERIFY(editor);
    QTest::qWait(100);
    QVERIFY(m_pane->grab().save(out + QStringLiteral("/due-editor.png")));
    QTest::keyClick(editor->dateEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!dueEditor());
    // The menus are windows of their own: drawn over the pane where they stand.
    QWidget *viewport = m_pane->view()->viewport();
    const QPoint at = cellCentre(0, TaskColumns::TextColumn);
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &click);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QTest::keyClick(menu, Qt::Key_P);
    auto *postpone = qobject_cast<ui::PostponeMenu *>(QApplication::activePopupWidget());
    QVERIFY(postpone);
    QTest::qWait(100);
    QPixmap shot(m_pane->size() + QSize(400, 200));
    shot.fill(Qt::white);
    QPainter painter(&shot);
    painter.drawPixmap(0, 0, m_pane->grab());
    for (QWidget *popup : { static_cast<QWidget *>(menu), static_cast<QWidget *>(postpone) })
        painter.drawPixmap(m_pane->mapFromGlobal(popup->pos()), popup->grab());
    painter.end();
    QVERIFY(shot.save(out + QStringLiteral("/postpone-menu.png")));
    QTest::keyClick(postpone, Qt::Key_Escape);
    QTest::keyClick(menu, Qt::Key_Escape);
}

QTEST_MAIN(tst_TasksPane)
#include "tst_taskspane.moc"
