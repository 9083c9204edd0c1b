// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/taskspane.h"

#include "ui/session/editmessages.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/taskduedelegate.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/focusannouncer.h"
#include "ui/widgets/paneheader.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>
#include <QTimer>

namespace ui {

TasksPane::TasksPane(QWidget *parent)
    : Pane(tr("Tasks"), parent)
    , m_view(new QTableView(this))
    , m_model(new TaskTableModel(this))
    , m_delegate(new TaskStatusDelegate(this))
    , m_dueDelegate(new TaskDueDelegate(this))
    , m_resizeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksPane"));
    setContent(m_view);

    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setAccessibleName(tr("Tasks of this meeting"));
    m_view->setAccessibleDescription(tr("Space toggles done, A accepts, R rejects, P postpones"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TaskColumns::StatusColumn, m_delegate);
    m_view->setItemDelegateForColumn(TaskColumns::DueColumn, m_dueDelegate);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setTextElideMode(Qt::ElideNone);
    // Tab leaves the table for the next pane; arrows, Home and End move inside it.
    m_view->setTabKeyNavigation(false);
    // The text column takes what the fixed ones leave: it wraps instead of scrolling sideways.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(24);
    columns->setSectionResizeMode(TaskColumns::StatusColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(TaskColumns::TextColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(TaskColumns::OwnerColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(TaskColumns::DueColumn, QHeaderView::Fixed);
    columns->setSectionResizeMode(TaskColumns::PriorityColumn, QHeaderView::Fixed);
    const QFontMetrics metrics(font());
    columns->resizeSection(TaskColumns::StatusColumn, 32);
    columns->resizeSection(
        TaskColumns::OwnerColumn, metrics.horizontalAdvance(QStringLiteral("Alon Horev")) + 12);
    columns->resizeSection(
        TaskColumns::DueColumn, metrics.horizontalAdvance(QStringLiteral("2025-10-31")) + 14);
    columns->resizeSection(TaskColumns::PriorityColumn, 28);
    m_view->installEventFilter(this);
    FocusAnnouncer::watch(m_view); // a status changed with Space is read out

    m_resizeTimer->setSingleShot(true);
    m_resizeTimer->setInterval(0);
    connect(m_resizeTimer, &QTimer::timeout, m_view, &QTableView::resizeRowsToContents);
    connect(columns, &QHeaderView::sectionResized, this, &TasksPane::scheduleRowResize);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateHeader();
        scheduleRowResize();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateHeader();
        scheduleRowResize();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &TasksPane::showContextMenu);
    updateHeader();
}

TasksPane::~TasksPane() = default;

void TasksPane::setEditor(TaskEditor *editor)
{
    m_editor = editor;
    m_model->setEditor(editor);
    if (editor)
        editor->messages()->addBar(this, messageBar());
}

void TasksPane::showTasks(const QString &path, const QList<core::Task> &tasks)
{
    const bool samePath = path == m_model->path();
    m_model->setNote(path, tasks);
    if (!samePath)
        m_view->scrollToTop();
}

void TasksPane::clear()
{
    m_model->clear();
}

void TasksPane::updateHeader()
{
    const int total = m_model->rowCount();
    const int open = m_model->openCount();
    const int proposed = m_model->proposedCount();
    QString detail;
    if (total > 0) {
        detail = tr("%1 open of %2").arg(open).arg(total);
        if (proposed > 0)
            detail = tr("%1 · %2 proposed").arg(detail).arg(proposed);
    }
    header()->setDetail(detail);
    if (total > 0 || m_model->path().isEmpty())
        showContent();
    else
        showEmpty(tr("No tasks in this meeting"));
}

void TasksPane::scheduleRowResize()
{
    m_resizeTimer->start();
}

QList<int> TasksPane::selectedLines() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    QList<int> lines;
    for (const int row : std::as_const(rows))
        lines.append(m_model->taskAt(row).line);
    return lines;
}

bool TasksPane::applyToSelection(const char *label,
    const std::function<std::optional<QString>(const core::Task &)> &statusFor)
{
    if (!m_editor)
        return false;
    QList<std::pair<int, QString>> changes;
    const QList<int> lines = selectedLines();
    for (const int line : lines) {
        const int row = m_model->rowOfLine(line);
        if (row < 0)
            continue;
        if (const auto status = statusFor(m_model->taskAt(row)))
            changes.append({ row, *status });
    }
    if (changes.isEmpty())
        return false;
    return m_model->setStatuses(
               changes, tr(label, nullptr, int(changes.size())))
        > 0;
}

bool TasksPane::toggleDone()
{
    // A selection of mixed tasks all become done, unless all are done already.
    const QList<int> lines = selectedLines();
    const bool allDone
        = !lines.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [this](int line) {
              return m_model->taskAt(m_model->rowOfLine(line)).state == core::TaskState::Done;
          });
    const QString target = allDone ? QStringLiteral(" ") : QStringLiteral("x");
    return applyToSelection(allDone ? QT_TR_N_NOOP("Reopen %n Tasks") : QT_TR_N_NOOP("Complete %n Tasks"),
        [target](const core::Task &task) -> std::optional<QString> {
            if ((target == u"x") == (task.state == core::TaskState::Done))
                return std::nullopt;
            return target;
        });
}

bool TasksPane::acceptProposed()
{
    return applyToSelection(
        QT_TR_N_NOOP("Accept %n Tasks"), [](const core::Task &task) -> std::optional<QString> {
            if (task.state != core::TaskState::Proposed)
                return std::nullopt;
            return QStringLiteral(" ");
        });
}

bool TasksPane::rejectProposed()
{
    return applyToSelection(
        QT_TR_N_NOOP("Reject %n Tasks"), [](const core::Task &task) -> std::optional<QString> {
            if (task.state != core::TaskState::Proposed)
                return std::nullopt;
            return QStringLiteral("-");
        });
}

bool TasksPane::toggleInProgress()
{
    return applyToSelection(
        QT_TR_N_NOOP("Start %n Tasks"), [](const core::Task &task) -> std::optional<QString> {
            return task.state == core::TaskState::InProgress ? QStringLiteral(" ")
                                                             : QStringLiteral("/");
        });
}

bool TasksPane::setSelectedStatus(const QString &status)
{
    const core::TaskState target = core::stateForStatus(status);
    return applyToSelection(QT_TR_N_NOOP("Set Status of %n Tasks"),
        [status, target](const core::Task &task) -> std::optional<QString> {
            if (task.state == target)
                return std::nullopt;
            return status;
        });
}

bool TasksPane::postponeSelected(PostponeMenu::Choice choice)
{
    if (!m_editor)
        return false;
    QList<int> rows;
    const QList<int> lines = selectedLines();
    for (const int line : lines) {
        const int row = m_model->rowOfLine(line);
        // Nothing to remove from a task without a due date.
        if (row >= 0 && (choice != PostponeMenu::Choice::Remove || m_model->taskAt(row).due))
            rows.append(row);
    }
    if (rows.isEmpty())
        return false;
    // The rows stay where they are (a due date moves no line), and so does the selection.
    return m_model->setDues(
               rows, PostponeMenu::dueChange(choice), PostponeMenu::label(choice, int(rows.size())))
        > 0;
}

PostponeMenu *TasksPane::showPostponeMenu()
{
    if (!m_editor || selectedLines().isEmpty())
        return nullptr;
    PostponeMenu *menu = PostponeMenu::popUpAtCurrent(m_view);
    connect(menu, &PostponeMenu::chosen, this, &TasksPane::postponeSelected);
    return menu;
}

bool TasksPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // Keys an open editor (which has the focus) did not take are not actions on the row.
    const QWidget *focus = QApplication::focusWidget();
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)
        || (focus && m_view->viewport()->isAncestorOf(focus)))
        return false;
    switch (key->key()) {
    case Qt::Key_Space:
        toggleDone();
        return true;
    case Qt::Key_A:
        acceptProposed();
        return true;
    case Qt::Key_D:
        setSelectedStatus(QStringLiteral("x"));
        return true;
    case Qt::Key_R:
        rejectProposed();
        return true;
    case Qt::Key_Slash:
        toggleInProgress();
        return true;
    case Qt::Key_P:
        showPostponeMenu();
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        // The first or the last task (a table's own Home and End stay in the row).
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(
                m_model->index(key->key() == Qt::Key_Home ? 0 : m_model->rowCount() - 1,
                    std::max(0, m_view->currentIndex().column())));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter on the Due cell edits it, as F2 does.
        if (m_view->currentIndex().column() != TaskColumns::DueColumn)
            return false;
        m_view->edit(m_view->currentIndex());
        return true;
    default:
        return false;
    }
}

void TasksPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid() || !m_editor)
        return;
    if (!m_view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Not exec(): a write that re-reads the note must not happen inside a nested event loop.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tasksContextMenu"));
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    const core::Task &task = m_model->taskAt(index.row());
    if (task.state == core::TaskState::Proposed) {
        menu->addAction(tr("Accept"), this, &TasksPane::acceptProposed)
            ->setShortcut(QKeySequence(Qt::Key_A));
        menu->addAction(tr("Reject"), this, &TasksPane::rejectProposed)
            ->setShortcut(QKeySequence(Qt::Key_R));
        menu->addSeparator();
    }
    for (const core::TaskState state : TaskStatusDelegate::editableStates()) {
        QAction *action = menu->addAction(
            TaskStatusDelegate::glyphIcon(state, palette()), taskStateLabel(state));
        action->setCheckable(true);
        action->setChecked(task.state == state);
        const QString status = core::statusForState(state);
        connect(action, &QAction::triggered, this, [this, status] { setSelectedStatus(status); });
    }
    menu->addSeparator();
    auto *postpone = new PostponeMenu(menu);
    const QList<int> lines = selectedLines();
    postpone->action(PostponeMenu::Choice::Remove)
        ->setEnabled(std::any_of(lines.cbegin(), lines.cend(), [this](int line) {
            const int row = m_model->rowOfLine(line);
            return row >= 0 && m_model->taskAt(row).due.has_value();
        }));
    connect(postpone, &PostponeMenu::chosen, this, &TasksPane::postponeSelected);
    menu->addMenu(postpone);
    menu->addSeparator();
    menu->addAction(tr("Open Note in Editor"), this, &TasksPane::openInEditorRequested);
    menu->addAction(tr("Open Note in Obsidian"), this, &TasksPane::openInObsidianRequested);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace ui
