// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/historydialog.h"

#include "core/index/journal.h"
#include "core/write/taskwriter.h"
#include "ui/session/taskeditor.h"
#include "ui/shell/historymodel.h"
#include "ui/shell/logging.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace ui {

HistoryDialog::HistoryDialog(TaskEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_model(new HistoryModel(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History"));
    resize(820, 420);
    auto *layout = new QVBoxLayout(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        HistoryModel::ChangeColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Last"), QDialogButtonBox::ActionRole);
    m_redo = buttons->addButton(tr("&Redo"), QDialogButtonBox::ActionRole);
    m_undo->setToolTip(tr("Undo the newest change still applied"));
    m_redo->setToolTip(tr("Redo the oldest change undone"));
    connect(m_undo, &QPushButton::clicked, this, &HistoryDialog::undo);
    connect(m_redo, &QPushButton::clicked, this, &HistoryDialog::redo);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_editor)
        connect(m_editor, &TaskEditor::noteChanged, this, &HistoryDialog::reload);
    reload();
}

HistoryDialog::~HistoryDialog() = default;

HistoryDialog *HistoryDialog::showFor(TaskEditor *editor, QWidget *parent)
{
    if (!editor)
        return nullptr;
    auto *dialog = new HistoryDialog(editor, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QString HistoryDialog::messageText() const
{
    return m_message->text();
}

void HistoryDialog::reload()
{
    if (!m_editor) {
        m_model->setEntries({});
        return;
    }
    const auto entries = m_editor->writer().history(kEntries);
    if (!entries) {
        m_message->setText(tr("Cannot read the history: %1").arg(m_editor->writer().journal().error()));
        return;
    }
    m_model->setEntries(*entries);
    bool applied = false;
    bool undone = false;
    for (const core::Journal::Entry &entry : *entries) {
        (entry.undone ? undone : applied) = true;
    }
    m_undo->setEnabled(applied);
    m_redo->setEnabled(undone);
}

bool HistoryDialog::undo()
{
    return replay(true);
}

bool HistoryDialog::redo()
{
    return replay(false);
}

bool HistoryDialog::replay(bool undo)
{
    if (!m_editor)
        return false;
    const core::TaskWriter::Replay outcome
        = undo ? m_editor->writer().undo() : m_editor->writer().redo();
    if (!outcome.ok)
        qCWarning(lcShell) << (undo ? "undo" : "redo") << "refused:" << outcome.message;
    m_message->setText(outcome.ok
            ? (undo ? tr("Undid %n change(s).", nullptr, int(outcome.entries.size()))
                    : tr("Redid %n change(s).", nullptr, int(outcome.entries.size())))
            : outcome.message);
    QSet<QString> paths;
    for (const core::Journal::Entry &entry : outcome.entries)
        paths.insert(entry.path);
    // Views of those notes re-read them (this also reloads the list here).
    for (const QString &path : std::as_const(paths))
        m_editor->reportWritten(path);
    reload();
    return outcome.ok;
}

} // namespace ui
