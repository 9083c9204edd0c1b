// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/index/indexreader.h"
#include "core/index/journal.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/taskbrowsermodel.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/theme.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using ui::TaskTableModel;
namespace TaskRoles = ui::TaskRoles;
namespace TaskColumns = ui::TaskColumns;

namespace {

// A fixture vault, indexed, with an editor and a model showing one note.
struct Env
{
    TestVault vault;
    std::unique_ptr<core::VaultIndex> index;
    std::unique_ptr<ui::TaskEditor> editor;
    TaskTableModel model;

    bool setUp(const QString &path)
    {
        if (!uitest::writeFixture(vault))
            return false;
        index = std::make_unique<core::VaultIndex>(vault.root(), vault.indexPath());
        if (!index->open() || !core::Indexer(*index).update())
            return false;
        editor = std::make_unique<ui::TaskEditor>(*index);
        model.setEditor(editor.get());
        return load(path);
    }

    bool load(const QString &path)
    {
        const auto note = core::IndexReader(index->database()).note(path);
        if (!note)
            return false;
        model.setNote(path, note->tasks);
        return true;
    }

    QModelIndex status(int row) const { return model.index(row, TaskColumns::StatusColumn); }
};

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

class tst_TaskTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tasksInFileOrder();
    void sameColumnsAsTheTaskBrowser();
    void overdueUsesTheWarningColour();
    void priorityIsDrawn();
    void checkToggleWritesOneLineAndUndoes();
    void everyStatusThroughStatusRole_data();
    void everyStatusThroughStatusRole();
    void movedLineIsFoundNotMisEdited();
    void changedLineIsRefused();
    void staleFileIsNotEdited();
    void duplicatedLineIsRefused();
    void readOnlyWithoutEditor();
    void blockedTaskNamesWhatItWaitsFor();
    void warningsAreShown();
};

void tst_TaskTableModel::tasksInFileOrder()
{
    Env env;
    QAbstractItemModelTester tester(
        &env.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(env.setUp(uitest::kApollo));
    TaskTableModel &m = env.model;
    QCOMPARE(m.rowCount(), 3);
    QCOMPARE(m.columnCount(), int(TaskTableModel::ColumnCount));
    QCOMPARE(m.data(m.index(0, 0), TaskRoles::LineRole).toInt(), 20);
    QCOMPARE(m.data(m.index(1, 0), TaskRoles::LineRole).toInt(), 21);
    QCOMPARE(m.data(m.index(2, 0), TaskRoles::LineRole).toInt(), 22);
    QCOMPARE(
        m.data(m.index(0, TaskColumns::TextColumn)).toString(), QStringLiteral("Draft the plan"));
    QCOMPARE(m.data(m.index(0, TaskColumns::OwnerColumn)).toString(), QStringLiteral("Alon Horev"));
    QCOMPARE(m.data(m.index(0, TaskColumns::DueColumn)).toString(), QStringLiteral("2025-01-20"));
    QCOMPARE(m.data(m.index(1, TaskColumns::DueColumn)).toString(), QString());
    QCOMPARE(m.data(env.status(0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m.data(env.status(2), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(
        m.data(env.status(1), TaskRoles::StateNameRole).toString(), QStringLiteral("proposed"));
    QCOMPARE(m.data(env.status(1), Qt::EditRole).toString(), QStringLiteral("?"));
    QCOMPARE(m.data(env.status(1), Qt::AccessibleTextRole).toString(), QStringLiteral("Proposed"));
    QCOMPARE(m.data(env.status(1), TaskRoles::RawRole).toString(),
        QStringLiteral("- [?] Book the room @Priya Patel"));
    QVERIFY(m.data(m.index(2, TaskColumns::TextColumn), Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(m.flags(env.status(0)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m.flags(m.index(0, TaskColumns::TextColumn)) & Qt::ItemIsEditable));
    QCOMPARE(m.openCount(), 2);
    QCOMPARE(m.proposedCount(), 1);
    QCOMPARE(m.rowOfLine(21), 1);
    QCOMPARE(
        m.headerData(TaskColumns::TextColumn, Qt::Horizontal).toString(), QStringLiteral("Task"));
}

// A meeting's task table shows the first columns of the vault's task tree, titled alike.
void tst_TaskTableModel::sameColumnsAsTheTaskBrowser()
{
    TaskTableModel table;
    ui::TaskBrowserModel browser;
    QCOMPARE(table.columnCount(), int(TaskColumns::PriorityColumn) + 1);
    QCOMPARE(browser.columnCount(), int(TaskColumns::DateColumn) + 1);
    for (int section = 0; section < table.columnCount(); ++section) {
        for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
            QCOMPARE(table.headerData(section, Qt::Horizontal, role),
                browser.headerData(section, Qt::Horizontal, role));
    }
    QCOMPARE(table.headerData(TaskColumns::StatusColumn, Qt::Horizontal).toString(), QString());
    QCOMPARE(
        table.headerData(TaskColumns::StatusColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
        QStringLiteral("Status"));
    QCOMPARE(
        table.headerData(TaskColumns::DueColumn, Qt::Horizontal, Qt::AccessibleTextRole).toString(),
        QStringLiteral("Due date"));
    QCOMPARE(browser.headerData(TaskColumns::MeetingColumn, Qt::Horizontal).toString(),
        QStringLiteral("Meeting"));
    QCOMPARE(
        browser.headerData(TaskColumns::DateColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
        QStringLiteral("Meeting date"));
}

void tst_TaskTableModel::overdueUsesTheWarningColour()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    TaskTableModel &m = env.model;
    const QModelIndex due = m.index(0, TaskColumns::DueColumn);
    m.setToday(QDate(2025, 1, 15));
    QVERIFY(!m.data(due, TaskRoles::OverdueRole).toBool());
    QVERIFY(!m.data(due, Qt::ForegroundRole).isValid());
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setToday(QDate(2025, 1, 21));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m.data(due, TaskRoles::OverdueRole).toBool());
    QCOMPARE(m.data(due, Qt::ForegroundRole).value<QBrush>().color(),
        ui::Theme::warning(QGuiApplication::palette()));
    // A closed task is never overdue.
    QVERIFY(env.load(uitest::kBudget));
    m.setToday(QDate(2030, 1, 1));
    QVERIFY(m.data(m.index(0, TaskColumns::DueColumn), TaskRoles::OverdueRole).toBool());
    QVERIFY(!m.data(m.index(2, TaskColumns::DueColumn), TaskRoles::OverdueRole).toBool());
}

void tst_TaskTableModel::priorityIsDrawn()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    TaskTableModel &m = env.model;
    const QIcon high
        = m.data(m.index(0, TaskColumns::PriorityColumn), Qt::DecorationRole).value<QIcon>();
    QVERIFY(!high.isNull());
    QVERIFY(!high.pixmap(16, 16).toImage().isNull());
    QCOMPARE(m.data(m.index(0, TaskColumns::PriorityColumn), Qt::ToolTipRole).toString(),
        QStringLiteral("High priority"));
    QCOMPARE(m.data(m.index(0, 0), TaskRoles::PriorityRole).toString(), QStringLiteral("high"));
    QVERIFY(m.data(m.index(1, TaskColumns::PriorityColumn), Qt::DecorationRole)
                .value<QIcon>()
                .isNull());
    // The glyph is drawn, not taken from a font: it has coloured pixels.
    const QImage image = high.pixmap(16, 16).toImage();
    bool painted = false;
    for (int y = 0; y < image.height() && !painted; ++y)
        for (int x = 0; x < image.width() && !painted; ++x)
            painted = qAlpha(image.pixel(x, y)) > 128;
    QVERIFY(painted);
}

void tst_TaskTableModel::checkToggleWritesOneLineAndUndoes()
{
    Env env;
    QAbstractItemModelTester tester(
        &env.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(env.setUp(uitest::kApollo));
    const QByteArray before = env.vault.read(uitest::kApollo);
    QSignalSpy changed(&env.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&env.model, &QAbstractItemModel::modelReset);
    QVERIFY(env.model.setData(env.status(0), Qt::Checked, Qt::CheckStateRole));
    const QByteArray after = env.vault.read(uitest::kApollo);
    QCOMPARE(uitest::changedLines(before, after), QList<int> { 20 });
    QCOMPARE(uitest::lineOf(after, 20),
        QByteArray("- [x] Draft the plan @Alon Horev \xF0\x9F\x93\x85 2025-01-20 \xE2\x8F\xAB "
                   "\xE2\x9C\x85 ")
            + today().toLatin1());
    // The model shows it at once, updated in place.
    QCOMPARE(env.model.data(env.status(0), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(reset.count(), 0);

    QUndoStack *stack = env.editor->undoStack();
    QCOMPARE(stack->count(), 1);
    // core's journal has the write (for vaultview-cli undo); the GUI's undo marks that entry.
    core::Journal &journal = env.editor->writer().journal();
    QCOMPARE(journal.history()->size(), 1);
    QVERIFY(stack->undoText().contains(QStringLiteral("Draft the plan")));
    stack->undo();
    QCOMPARE(env.vault.read(uitest::kApollo), before);
    QCOMPARE(env.model.data(env.status(0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(journal.history()->size(), 1);
    stack->redo();
    QCOMPARE(env.vault.read(uitest::kApollo), after);
    stack->undo();
    QCOMPARE(env.vault.read(uitest::kApollo), before);

    // Unchecking a done task removes its done date again.
    QVERIFY(env.model.setData(env.status(2), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(uitest::lineOf(env.vault.read(uitest::kApollo), 22),
        QByteArray("- [ ] Send invite @Myself"));
    stack->undo();
    QCOMPARE(env.vault.read(uitest::kApollo), before);
}

void tst_TaskTableModel::everyStatusThroughStatusRole_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("todo") << QStringLiteral(" ") << QByteArray("- [ ] Book the room @Priya Patel");
    QTest::newRow("done by name") << QStringLiteral("done")
                                  << QByteArray("- [x] Book the room @Priya Patel \xE2\x9C\x85");
    QTest::newRow("in progress") << QStringLiteral("/")
                                 << QByteArray("- [/] Book the room @Priya Patel");
    QTest::newRow("cancelled") << QStringLiteral("-")
                               << QByteArray("- [-] Book the room @Priya Patel \xE2\x9D\x8C");
    QTest::newRow("forwarded") << QStringLiteral(">")
                               << QByteArray("- [>] Book the room @Priya Patel");
}

void tst_TaskTableModel::everyStatusThroughStatusRole()
{
    QFETCH(QString, status);
    QFETCH(QByteArray, prefix);
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    const QByteArray before = env.vault.read(uitest::kApollo);
    QVERIFY(env.model.setStatus(1, status));
    const QByteArray after = env.vault.read(uitest::kApollo);
    QCOMPARE(uitest::changedLines(before, after), QList<int> { 21 });
    QVERIFY2(uitest::lineOf(after, 21).startsWith(prefix), uitest::lineOf(after, 21).constData());
    env.editor->undoStack()->undo();
    QCOMPARE(env.vault.read(uitest::kApollo), before);
}

// Lines inserted above a task since it was read: the write finds it by its text.
void tst_TaskTableModel::movedLineIsFoundNotMisEdited()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    QByteArray moved = env.vault.read(uitest::kApollo);
    moved.replace("## Action Items\n", "## Action Items\n\nAdded elsewhere.\n");
    QVERIFY(env.vault.write(uitest::kApollo, moved));
    QVERIFY(env.model.setStatus(0, QStringLiteral("x")));
    const QByteArray after = env.vault.read(uitest::kApollo);
    QCOMPARE(uitest::changedLines(moved, after), QList<int> { 22 });
    QVERIFY(uitest::lineOf(after, 22).startsWith("- [x] Draft the plan"));
    env.editor->undoStack()->undo();
    QCOMPARE(env.vault.read(uitest::kApollo), moved);
}

void tst_TaskTableModel::changedLineIsRefused()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    QByteArray edited = env.vault.read(uitest::kApollo);
    edited.replace("- [ ] Draft the plan", "- [ ] Draft the other plan");
    QVERIFY(env.vault.write(uitest::kApollo, edited));
    QSignalSpy failed(env.editor.get(), &ui::TaskEditor::failed);
    QVERIFY(!env.model.setStatus(0, QStringLiteral("x")));
    QCOMPARE(env.vault.read(uitest::kApollo), edited);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(env.editor->undoStack()->count(), 0);
    // The conflict re-indexed the file and the model shows what it holds now.
    QCOMPARE(env.model.data(env.model.index(0, TaskColumns::TextColumn)).toString(),
        QStringLiteral("Draft the other plan"));
}

// The expected line is the indexed raw line; a file changed since is caught by TaskWriter.
void tst_TaskTableModel::staleFileIsNotEdited()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    QCOMPARE(env.model.data(env.status(0), TaskRoles::RawRole).toString(),
        QString::fromUtf8(uitest::lineOf(env.vault.read(uitest::kApollo), 20)));
    QByteArray edited = env.vault.read(uitest::kApollo);
    edited.replace("- [ ] Draft the plan", "- [ ] Draft another plan");
    QVERIFY(env.vault.write(uitest::kApollo, edited));
    QSignalSpy failed(env.editor.get(), &ui::TaskEditor::failed);
    QVERIFY(!env.model.setStatus(0, QStringLiteral("x")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(env.vault.read(uitest::kApollo), edited);
}

// The task moved (lines inserted above) and its line copied elsewhere: no way to tell which one
// was meant.
void tst_TaskTableModel::duplicatedLineIsRefused()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    QByteArray edited = env.vault.read(uitest::kApollo);
    const QByteArray line = uitest::lineOf(edited, 20);
    edited.replace("## Action Items\n", "## Action Items\n\nAdded elsewhere.\n");
    edited.append(line + "\n");
    QVERIFY(env.vault.write(uitest::kApollo, edited));
    QSignalSpy failed(env.editor.get(), &ui::TaskEditor::failed);
    QVERIFY(!env.model.setStatus(0, QStringLiteral("x")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(env.vault.read(uitest::kApollo), edited);
    QCOMPARE(env.editor->undoStack()->count(), 0);
}

void tst_TaskTableModel::readOnlyWithoutEditor()
{
    Env env;
    QVERIFY(env.setUp(uitest::kApollo));
    env.model.setEditor(nullptr);
    QVERIFY(!(env.model.flags(env.status(0)) & Qt::ItemIsEditable));
    const QByteArray before = env.vault.read(uitest::kApollo);
    QVERIFY(!env.model.setData(env.status(0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(env.vault.read(uitest::kApollo), before);
    env.model.clear();
    QCOMPARE(env.model.rowCount(), 0);
}

// A task waiting for an open task of another note: the role, the sign, the tooltip and the
// accessible text say so; ticking that task off elsewhere unblocks it at once.
void tst_TaskTableModel::blockedTaskNamesWhatItWaitsFor()
{
    TestVault vault;
    QVERIFY(uitest::writeDependencies(vault));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open() && core::Indexer(index).update());
    ui::TaskEditor editor(index);
    TaskTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setEditor(&editor);
    const auto plan = core::IndexReader(index.database()).note(uitest::kPlan);
    QVERIFY(plan);
    m.setNote(uitest::kPlan, plan->tasks);
    QCOMPARE(m.rowCount(), 3);
    const QModelIndex review = m.index(0, TaskColumns::TextColumn);
    QVERIFY(m.data(review, TaskRoles::BlockedRole).toBool());
    QVERIFY(!m.data(m.index(1, 0), TaskRoles::BlockedRole).toBool()); // waits for a done task
    QVERIFY(!m.data(m.index(2, 0), TaskRoles::BlockedRole).toBool());
    QVERIFY(m.data(review, Qt::ToolTipRole).toString().contains(uitest::kBlockedBy));
    QVERIFY(!m.data(m.index(1, TaskColumns::TextColumn), Qt::ToolTipRole)
                 .toString()
                 .contains(u"Blocked"));
    QVERIFY(!m.data(review, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!m.data(m.index(1, TaskColumns::TextColumn), Qt::DecorationRole).isValid());
    QVERIFY(uitest::readsAs(m.data(review, Qt::AccessibleTextRole).toString(),
        QStringLiteral("Review the plan"), QStringLiteral(", blocked")));
    QCOMPARE(m.roleNames().value(TaskRoles::BlockedRole), QByteArray("blocked"));

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QVERIFY(editor.setStatus(
        { uitest::kDraft, 3, QStringLiteral("- [ ] Draft the plan \U0001F194 draft1"),
            QStringLiteral("Draft the plan") },
        QStringLiteral("x")));
    QVERIFY(!m.data(review, TaskRoles::BlockedRole).toBool());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QModelIndex>().row(), 0);
}

void tst_TaskTableModel::warningsAreShown()
{
    TaskTableModel m;
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::Task odd;
    odd.line = 3;
    odd.text = QStringLiteral("Meet");
    odd.warnings = QStringList { QStringLiteral("impossible date 2025-02-30") };
    core::Task plain = odd;
    plain.line = 4;
    plain.warnings.clear();
    m.setNote(QStringLiteral("a.md"), { odd, plain });
    const QModelIndex warned = m.index(0, TaskColumns::TextColumn);
    QCOMPARE(m.data(warned, TaskRoles::WarningsRole).toStringList(), odd.warnings);
    QVERIFY(m.data(m.index(1, 0), TaskRoles::WarningsRole).toStringList().isEmpty());
    QVERIFY(m.data(warned, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Warning: impossible date 2025-02-30")));
    QVERIFY(!m.data(warned, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!m.data(m.index(1, TaskColumns::TextColumn), Qt::DecorationRole).isValid());
    QVERIFY(uitest::readsAs(m.data(warned, Qt::AccessibleTextRole).toString(),
        QStringLiteral("Meet"), QStringLiteral(", 1 warning")));
    QVERIFY(!m.data(warned, TaskRoles::BlockedRole).toBool()); // no editor: nothing to ask
}

QTEST_MAIN(tst_TaskTableModel)
#include "tst_tasktablemodel.moc"
