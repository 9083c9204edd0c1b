#include "core/index/indexer.h"
#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/paneheader.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
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

private:
    void show(const QString &path);
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
    m_pane = std::make_unique<ui::TasksPane>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->setEditor(m_editor.get());
    m_pane->resize(720, 420);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
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

QTEST_MAIN(tst_TasksPane)
#include "tst_taskspane.moc"
