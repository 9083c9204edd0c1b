// SPDX-License-Identifier: GPL-3.0-or-later
// The Duplicates panel driven by the keys it advertises (K, Alt+K, Alt+A), with the focus in its
// tree as a user has it: a group shows each task's status, a resolved group leaves the list at
// once and "Find Again" does not bring it back, and a group with one open task is never offered.

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/model/task.h"
#include "testvault.h"
#include "ui/session/identityeditor.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/tasks/duplicatesmodel.h"
#include "ui/tasks/duplicatespanel.h"
#include "ui/tasks/taskroles.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using ui::DuplicatesModel;
using ui::DuplicatesPanel;

namespace {

// Budget: two open copies beside a cancelled one. Room: one open copy beside a cancelled one, a
// duplicate already resolved. Memo: two open copies.
const QString kBudget = QStringLiteral("budget.md");
const QString kRoom = QStringLiteral("room.md");
const QString kMemo = QStringLiteral("memo.md");

bool writeVault(const TestVault &vault)
{
    return vault.write(kBudget,
               "---\ndate: 2025-03-01\n---\n"
               "- [ ] Send the budget report to finance @Bob Smith\n" // line 4
               "- [-] Send the budget report to finance @Bob Smith\n" // line 5
               "- [ ] Send the budget report to the finance team @Bob Smith\n") // line 6
        && vault.write(kRoom,
            "---\ndate: 2025-03-02\n---\n"
            "- [ ] Book the room for the offsite @Alon Horev\n"
            "- [-] Book the room for the offsite @Alon Horev\n")
        && vault.write(kMemo,
            "---\ndate: 2025-03-03\n---\n"
            "- [ ] Write the launch memo for Apollo @Priya Patel\n" // line 4
            "- [ ] Write the launch memo for Apollo @Priya Patel\n"); // line 5
}

} // namespace

class tst_DuplicatesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void groupsShowEachStatusAndSkipResolvedOnes();
    void kInTheTreeResolvesAndTheGroupLeaves();
    void findAgainDoesNotBringItBack();
    void altKResolvesToo();
    void kOnAGroupRowPicksNoTask();

private:
    int groupOf(const QString &path) const;
    void load();

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<ui::VaultSession> m_session;
    std::unique_ptr<DuplicatesPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_DuplicatesPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ui::IdentityEditor::saveIdentity(core::Identity());
}

void tst_DuplicatesPanel::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(writeVault(*m_vault));
    {
        core::VaultIndex index(m_vault->root(), m_vault->indexPath());
        QVERIFY(index.open() && core::Indexer(index).update());
    }
    m_session = std::make_unique<ui::VaultSession>(m_vault->root(), m_vault->indexPath());
    QVERIFY(m_session->open());
    m_panel = std::make_unique<DuplicatesPanel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->setDatabase(m_session->database());
    m_panel->setReader(m_session->reader());
    m_panel->setEditor(m_session->editor());
    m_panel->resize(1000, 500);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    load();
}

void tst_DuplicatesPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_session.reset();
    m_vault.reset();
}

void tst_DuplicatesPanel::load()
{
    QSignalSpy loaded(m_panel.get(), &DuplicatesPanel::loaded);
    m_panel->refresh();
    QVERIFY(loaded.wait(10000));
}

int tst_DuplicatesPanel::groupOf(const QString &path) const
{
    const DuplicatesModel *model = m_panel->model();
    for (int g = 0; g < model->groupCount(); ++g) {
        if (model->childIndex(g, 0).data(ui::TaskRoles::PathRole).toString() == path)
            return g;
    }
    return -1;
}

void tst_DuplicatesPanel::groupsShowEachStatusAndSkipResolvedOnes()
{
    const DuplicatesModel *model = m_panel->model();
    QCOMPARE(model->groupCount(), 2);
    QCOMPARE(groupOf(kRoom), -1);
    const int budget = groupOf(kBudget);
    QVERIFY(budget >= 0);
    QCOMPARE(model->childCount(budget), 3);
    const QModelIndex cancelled = model->childIndex(budget, 1, DuplicatesModel::StatusColumn);
    QCOMPARE(cancelled.data(ui::TaskRoles::LineRole).toInt(), 5);
    QCOMPARE(cancelled.data().toString(), QStringLiteral("Cancelled"));
    QVERIFY(!cancelled.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model->childIndex(budget, 0, DuplicatesModel::StatusColumn).data().toString(),
        QStringLiteral("To do"));
    QVERIFY(model->groupIndex(budget).data().toString().contains(QStringLiteral("2 open")));
    QCOMPARE(model->headerData(DuplicatesModel::StatusColumn, Qt::Horizontal).toString(),
        QStringLiteral("Status"));
}

void tst_DuplicatesPanel::kInTheTreeResolvesAndTheGroupLeaves()
{
    const QByteArray before = m_vault->read(kMemo);
    const int memo = groupOf(kMemo);
    QVERIFY(memo >= 0);
    QTreeView *tree = m_panel->view();
    tree->setFocus();
    tree->setCurrentIndex(m_panel->model()->childIndex(memo, 0)); // keep line 4
    QTest::keyClick(tree, Qt::Key_K);
    QCOMPARE(m_session->editor()->undoStack()->count(), 1);
    QVERIFY(m_vault->read(kMemo).contains("- [-] Write the launch memo for Apollo @Priya Patel"));
    QVERIFY(m_vault->read(kMemo).startsWith(
        "---\ndate: 2025-03-03\n---\n- [ ] Write the launch memo for Apollo @Priya Patel\n"));
    // The group is gone at once, and the next one's first task is current.
    QCOMPARE(m_panel->model()->groupCount(), 1);
    QCOMPARE(groupOf(kMemo), -1);
    QCOMPARE(tree->currentIndex().data(ui::TaskRoles::PathRole).toString(), kBudget);
    QVERIFY(m_panel->statusText().contains(QStringLiteral("1 group")));
    // K again resolves the budget: the open copy of line 6 is cancelled, the cancelled one stays.
    QTest::keyClick(tree, Qt::Key_K);
    QCOMPARE(m_panel->model()->groupCount(), 0);
    const QByteArray budget = m_vault->read(kBudget);
    QVERIFY(budget.contains("- [-] Send the budget report to the finance team @Bob Smith"));
    QVERIFY(budget.contains("- [ ] Send the budget report to finance @Bob Smith\n"));
    m_session->editor()->undoStack()->undo();
    m_session->editor()->undoStack()->undo();
    QCOMPARE(m_vault->read(kMemo), before);
}

void tst_DuplicatesPanel::findAgainDoesNotBringItBack()
{
    QTreeView *tree = m_panel->view();
    tree->setFocus();
    tree->setCurrentIndex(m_panel->model()->childIndex(groupOf(kMemo), 1)); // keep line 5
    QTest::keyClick(tree, Qt::Key_K);
    QCOMPARE(groupOf(kMemo), -1);
    QSignalSpy loaded(m_panel.get(), &DuplicatesPanel::loaded);
    QTest::keyClick(tree, Qt::Key_A, Qt::AltModifier); // Find &Again
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_panel->model()->groupCount(), 1);
    QCOMPARE(groupOf(kMemo), -1);
    QVERIFY(groupOf(kBudget) >= 0);
}

void tst_DuplicatesPanel::altKResolvesToo()
{
    QTreeView *tree = m_panel->view();
    tree->setFocus();
    tree->setCurrentIndex(m_panel->model()->childIndex(groupOf(kMemo), 0));
    QTest::keyClick(tree, Qt::Key_K, Qt::AltModifier); // &Keep Selected
    QTRY_COMPARE(groupOf(kMemo), -1); // a mnemonic clicks after the button shows it pressed
    QCOMPARE(m_session->editor()->undoStack()->count(), 1);
}

void tst_DuplicatesPanel::kOnAGroupRowPicksNoTask()
{
    const QByteArray before = m_vault->read(kMemo);
    QTreeView *tree = m_panel->view();
    tree->setFocus();
    const int memo = groupOf(kMemo);
    tree->setCurrentIndex(m_panel->model()->groupIndex(memo));
    QTest::keyClick(tree, Qt::Key_K);
    QCOMPARE(m_vault->read(kMemo), before);
    QCOMPARE(m_panel->model()->groupCount(), 2);
    QCOMPARE(tree->currentIndex(), m_panel->model()->childIndex(memo, 0));
    QVERIFY(m_panel->statusText().contains(QStringLiteral("Select the task to keep")));
}

QTEST_MAIN(tst_DuplicatesPanel)
#include "tst_duplicatespanel.moc"
