// SPDX-License-Identifier: GPL-3.0-or-later
// Edit ▸ History…: the journal's last writes, with Undo and Redo through core::Journal.

#include "core/index/indexer.h"
#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/session/taskeditor.h"
#include "ui/shell/historydialog.h"
#include "ui/shell/historymodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>
#include <memory>

using ui::HistoryModel;

class tst_HistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheLastWrites();
    void undoAndRedoGoThroughTheJournal();
    void refusalIsShown();

private:
    ui::TaskRef ref(const QString &path, int row) const;

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
    std::unique_ptr<ui::TaskEditor> m_editor;
};

void tst_HistoryDialog::init()
{
    m_vault = std::make_unique<TestVault>();
    QVERIFY(uitest::writeFixture(*m_vault));
    m_index = std::make_unique<core::VaultIndex>(m_vault->root(), m_vault->indexPath());
    QVERIFY(m_index->open());
    QVERIFY(core::Indexer(*m_index).update());
    m_editor = std::make_unique<ui::TaskEditor>(*m_index);
}

void tst_HistoryDialog::cleanup()
{
    m_editor.reset();
    m_index.reset();
    m_vault.reset();
}

ui::TaskRef tst_HistoryDialog::ref(const QString &path, int row) const
{
    const auto note = core::IndexReader(m_index->database()).note(path);
    const core::Task &task = note->tasks.at(row);
    return { path, task.line, task.raw, task.text };
}

void tst_HistoryDialog::listsTheLastWrites()
{
    QVERIFY(m_editor->setStatus(ref(uitest::kApollo, 0), QStringLiteral("x")));
    QVERIFY(m_editor->setStatus(ref(uitest::kBudget, 0), QStringLiteral("-")));
    ui::HistoryDialog dialog(m_editor.get());
    HistoryModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    // Newest first.
    QCOMPARE(model->data(model->index(0, 0), HistoryModel::PathRole).toString(), uitest::kBudget);
    QCOMPARE(model->data(model->index(0, 0), HistoryModel::LineRole).toInt(), 16);
    QVERIFY(model->data(model->index(0, 0), HistoryModel::BeforeRole).toString().startsWith(
        QStringLiteral("- [?] Review")));
    QVERIFY(model->data(model->index(0, 0), HistoryModel::AfterRole).toString().startsWith(
        QStringLiteral("- [-] Review")));
    QCOMPARE(model->data(model->index(0, HistoryModel::StateColumn)).toString(),
        QStringLiteral("Applied"));
    QVERIFY(model->data(model->index(1, HistoryModel::ChangeColumn))
                .toString()
                .contains(QStringLiteral("→")));
    QCOMPARE(model->data(model->index(1, HistoryModel::NoteColumn)).toString(),
        QStringLiteral("2025-01-10 Apollo kickoff.md"));
    // A new write made elsewhere in the app shows up.
    QVERIFY(m_editor->setStatus(ref(uitest::kApollo, 1), QStringLiteral(" ")));
    QCOMPARE(model->rowCount(), 3);
}

void tst_HistoryDialog::undoAndRedoGoThroughTheJournal()
{
    const QByteArray original = m_vault->read(uitest::kBudget);
    QVERIFY(m_editor->setStatus(ref(uitest::kBudget, 0), QStringLiteral("x")));
    const QByteArray written = m_vault->read(uitest::kBudget);
    ui::HistoryDialog dialog(m_editor.get());
    QSignalSpy changed(m_editor.get(), &ui::TaskEditor::noteChanged);
    QVERIFY(dialog.undoButton()->isEnabled());
    QVERIFY(!dialog.redoButton()->isEnabled());
    QVERIFY(dialog.undo());
    QCOMPARE(m_vault->read(uitest::kBudget), original);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.model()->data(dialog.model()->index(0, 0), HistoryModel::UndoneRole).toBool(),
        true);
    QVERIFY(dialog.redoButton()->isEnabled());
    QVERIFY(dialog.redo());
    QCOMPARE(m_vault->read(uitest::kBudget), written);
}

void tst_HistoryDialog::refusalIsShown()
{
    QVERIFY(m_editor->setStatus(ref(uitest::kApollo, 0), QStringLiteral("x")));
    QByteArray edited = m_vault->read(uitest::kApollo);
    edited.replace("- [x] Draft the plan", "- [x] Draft the final plan");
    QVERIFY(m_vault->write(uitest::kApollo, edited));
    ui::HistoryDialog dialog(m_editor.get());
    QVERIFY(!dialog.undo());
    QVERIFY(!dialog.messageText().isEmpty());
    QCOMPARE(m_vault->read(uitest::kApollo), edited);
    QCOMPARE(dialog.model()->data(dialog.model()->index(0, 0), HistoryModel::UndoneRole).toBool(),
        false);
}

QTEST_MAIN(tst_HistoryDialog)
#include "tst_historydialog.moc"
