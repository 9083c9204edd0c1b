// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/tasksview.h"

#include "ui/session/editmessages.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/tasks/duplicatespanel.h"
#include "ui/tasks/logging.h"
#include "ui/tasks/taskbrowsermodel.h"
#include "ui/tasks/taskduedelegate.h"
#include "ui/tasks/taskexport.h"
#include "ui/tasks/taskfilterbar.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/triagepanel.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

TasksView::TasksView(VaultSession *session, QWidget *parent)
    : VaultView(session, parent)
    , m_model(new TaskBrowserModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksView"));
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &TasksView::refresh);
    m_filters = new TaskFilterBar(this);
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("tasksModes"));
    m_tabs->setAccessibleName(tr("Task lists"));
    m_tabs->setDrawBase(false);
    m_tabs->addTab(tr("All Tasks"));
    m_tabs->addTab(tr("Triage"));
    m_tabs->addTab(tr("Duplicates"));
    m_pages = new QStackedWidget(this);
    m_messages = new MessageBar(this);
    m_triage = new TriagePanel(this);
    m_duplicates = new DuplicatesPanel(this);
    m_pages->addWidget(buildListPage());
    m_pages->addWidget(m_triage);
    m_pages->addWidget(m_duplicates);
    QVBoxLayout *layout = Theme::flatColumn(this);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 4, 8, 0);
    top->addWidget(m_tabs);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(m_filters);
    layout->addWidget(m_messages);
    layout->addWidget(m_pages, 1);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) { setMode(Mode(index)); });
    connect(m_filters, &TaskFilterBar::filterChanged, this, &TasksView::onFilterChanged);
    connect(m_filters, &TaskFilterBar::groupingChanged, this, [this] {
        m_model->setGrouping(m_filters->grouping());
        updateCount();
    });
    connect(m_triage, &TriagePanel::openMeeting, this, &TasksView::openMeeting);
    connect(m_model, &TaskBrowserModel::loaded, this, &TasksView::onLoaded);
    if (session) {
        m_model->setReader(session->reader());
        m_model->setEditor(session->editor());
        session->editor()->messages()->addBar(this, m_messages);
        m_triage->setDatabase(session->database());
        m_duplicates->setDatabase(session->database());
        m_duplicates->setReader(session->reader());
        m_triage->setEditor(session->editor());
        m_duplicates->setEditor(session->editor());
        connect(session->editor(), &TaskEditor::noteChanged, this, &TasksView::scheduleRefresh);
    }
    updateCount(); // the tasks are read when the view is first shown
}

TasksView::~TasksView() = default;

QWidget *TasksView::buildListPage()
{
    auto *page = new QWidget(this);
    m_view = new QTreeView(page);
    m_view->setObjectName(QStringLiteral("tasksTree"));
    m_view->setAccessibleName(tr("All tasks"));
    m_view->setAccessibleDescription(tr("Space toggles done, A accepts, R rejects, P postpones"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // with lazy pages, only visible rows are read
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskColumns::DueColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    m_view->setItemDelegateForColumn(TaskColumns::DueColumn, new TaskDueDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TasksView::showContextMenu);
    m_view->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TaskColumns::TextColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(TaskColumns::StatusColumn, 64);
    m_view->setColumnWidth(TaskColumns::OwnerColumn, 130);
    m_view->setColumnWidth(TaskColumns::DueColumn, 90);
    m_view->setColumnWidth(TaskColumns::PriorityColumn, 28);
    m_view->setColumnWidth(TaskColumns::MeetingColumn, 260);
    m_view->setColumnWidth(TaskColumns::DateColumn, 90);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEditable)
            return; // the Due cell: its editor opens instead
        const QString path = index.data(TaskRoles::PathRole).toString();
        if (!path.isEmpty())
            Q_EMIT openMeeting(path);
    });
    QVBoxLayout *layout = Theme::flatColumn(page);
    layout->addWidget(m_view, 1);
    layout->addWidget(buildActionBar(page));
    return page;
}

QWidget *TasksView::buildActionBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 4, 8, 4);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("tasksCount"));
    layout->addWidget(m_count, 1);
    const auto addButton = [bar, layout](const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, bar);
        button->setToolTip(tip);
        button->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(button);
        return button;
    };
    connect(addButton(tr("Accept"), tr("Accept the selected proposed tasks (A)")),
        &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral(" ")); });
    connect(addButton(tr("Reject"), tr("Cancel the selected tasks (R)")),
        &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("-")); });
    connect(addButton(tr("Done"), tr("Mark the selected tasks done (D)")),
        &QPushButton::clicked, this, [this] { setSelectedStatus(QStringLiteral("x")); });
    connect(addButton(tr("Reassign…"), tr("Change the owner of the selected tasks (E)")),
        &QPushButton::clicked, this, &TasksView::askReassign);
    connect(addButton(tr("Triage"), tr("Go through proposed tasks one at a time (T)")),
        &QPushButton::clicked, this, &TasksView::startTriage);
    auto *exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Copy as Markdown"), this, [this] { exportToClipboard(Format::Markdown); });
    menu->addAction(tr("Copy as CSV"), this, [this] { exportToClipboard(Format::Csv); });
    menu->addAction(tr("Save to File…"), this, &TasksView::chooseExportFile);
    exportButton->setMenu(menu);
    layout->addWidget(exportButton);
    return bar;
}

TasksView::Mode TasksView::mode() const
{
    return Mode(m_pages->currentIndex());
}

void TasksView::setMode(Mode mode)
{
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(int(mode));
    m_pages->setCurrentIndex(int(mode));
    m_filters->setVisible(mode == Mode::List);
    if (mode == Mode::Triage && m_triage->count() == 0)
        fillTriage();
    if (mode == Mode::Triage)
        m_triage->setFocus(Qt::OtherFocusReason);
    if (mode == Mode::Duplicates)
        m_duplicates->refresh();
}

void TasksView::startTriage()
{
    QList<TaskBrowserModel::Row> tasks;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const auto row = m_model->rowAt(index);
        if (row && row->task.state == core::TaskState::Proposed)
            tasks.append(*row);
    }
    if (tasks.size() >= 2)
        m_triage->setTasks(tasks);
    else
        fillTriage();
    setMode(Mode::Triage);
}

// Every proposed task passing the filter, once the model has them.
void TasksView::fillTriage()
{
    m_triagePending = isLoading();
    if (!m_triagePending)
        m_triage->setTasks(m_model->rows(5000, { QStringLiteral("proposed") }));
}

void TasksView::reload()
{
    if (m_filterChanged) {
        applyFilter();
        return;
    }
    m_scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    rememberSelection();
    m_model->reload();
    updateCount();
}

void TasksView::onLoaded()
{
    m_view->expandAll();
    if (m_scroll >= 0)
        m_view->verticalScrollBar()->setValue(m_scroll);
    m_scroll = -1;
    restoreSelection();
    updateCount();
    if (m_triagePending)
        fillTriage();
    Q_EMIT loaded();
    qCDebug(lcTasks) << "tasks view:" << m_model->totalCount() << "tasks in" << elapsedMs() << "ms";
}

void TasksView::scheduleRefresh()
{
    m_refreshTimer->start();
}

// The same query again is read again too, as it always was.
void TasksView::queryChanged(bool)
{
    onFilterChanged();
}

// The query or a chip changed: applied at once on screen, else once the view is shown.
void TasksView::onFilterChanged()
{
    m_filterChanged = true;
    refresh();
}

void TasksView::applyFilter()
{
    m_filterChanged = false;
    TaskBrowserModel::Filter filter = m_filters->filter();
    filter.query = query();
    QString error;
    m_scroll = -1;
    m_selected.clear();
    m_current.reset();
    if (!m_model->setFilter(filter, &error))
        qCDebug(lcTasks) << "tasks view: query not applied:" << error;
    // The first time: the filter first, so that only it is read.
    if (session() && !m_model->database().isValid())
        m_model->setDatabase(session()->database());
    updateCount();
}

bool TasksView::isReading() const
{
    return m_model->isLoading();
}

void TasksView::updateCount()
{
    m_count->setText(countText());
}

QString TasksView::countText() const
{
    if (isLoading())
        return tr("Loading tasks…");
    return tr("%L1 tasks in %2 groups").arg(m_model->totalCount()).arg(m_model->groupCount());
}

QList<TaskRef> TasksView::selectedRefs(bool proposedOnly) const
{
    QList<TaskRef> refs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const auto row = m_model->rowAt(index);
        if (!row || (proposedOnly && row->task.state != core::TaskState::Proposed))
            continue;
        refs.append({ row->path, row->task.line, row->task.raw, row->task.text });
    }
    return refs;
}

int TasksView::setSelectedStatus(const QString &status)
{
    if (!session())
        return 0;
    const bool accepting = status == u" ";
    QList<TaskEditor::Change> changes;
    for (const TaskRef &ref : selectedRefs(accepting))
        changes.append({ ref, status });
    const QString label = accepting ? tr("Accept %n Tasks", nullptr, int(changes.size()))
        : status == u"-"            ? tr("Reject %n Tasks", nullptr, int(changes.size()))
                                    : tr("Complete %n Tasks", nullptr, int(changes.size()));
    return session()->editor()->setStatuses(changes, label);
}

int TasksView::reassignSelected(const QString &owner)
{
    if (!session() || owner.trimmed().isEmpty())
        return 0;
    const QList<TaskRef> refs = selectedRefs();
    return session()->editor()->setOwners(
        refs, owner.trimmed(), tr("Reassign %n Tasks", nullptr, int(refs.size())));
}

int TasksView::postponeSelected(PostponeMenu::Choice choice)
{
    if (!session())
        return 0;
    QList<TaskRef> refs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const auto row = m_model->rowAt(index);
        // Nothing to remove from a task without a due date.
        if (row && (choice != PostponeMenu::Choice::Remove || row->task.due))
            refs.append({ row->path, row->task.line, row->task.raw, row->task.text });
    }
    return session()->editor()->setDues(
        refs, PostponeMenu::dueChange(choice), PostponeMenu::label(choice, int(refs.size())));
}

PostponeMenu *TasksView::showPostponeMenu()
{
    if (!session() || selectedRefs().isEmpty())
        return nullptr;
    PostponeMenu *menu = PostponeMenu::popUpAtCurrent(m_view);
    connect(menu, &PostponeMenu::chosen, this, &TasksView::postponeSelected);
    return menu;
}

// The bulk actions of the bar and keys, on the row clicked (added to nothing: a click outside the
// selection selects that row alone).
void TasksView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const auto row = m_model->rowAt(index);
    if (!row || !session())
        return;
    if (!m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("tasksContextMenu"));
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    const auto add = [this, menu](const QString &text, Qt::Key key, auto slot) {
        menu->addAction(
            text + u'\t' + QKeySequence(key).toString(QKeySequence::NativeText), this, slot);
    };
    add(tr("Accept"), Qt::Key_A, [this] { setSelectedStatus(QStringLiteral(" ")); });
    add(tr("Reject"), Qt::Key_R, [this] { setSelectedStatus(QStringLiteral("-")); });
    add(tr("Done"), Qt::Key_D, [this] { setSelectedStatus(QStringLiteral("x")); });
    add(tr("Reassign…"), Qt::Key_E, [this] { askReassign(); });
    auto *postpone = new PostponeMenu(menu);
    connect(postpone, &PostponeMenu::chosen, this, &TasksView::postponeSelected);
    menu->addMenu(postpone);
    menu->addSeparator();
    add(tr("Open Meeting"), Qt::Key_Return, [this, path = row->path] { Q_EMIT openMeeting(path); });
    menu->addAction(tr("Open Note in Obsidian"), this, [this, path = row->path] { Q_EMIT openInObsidian(path); });
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void TasksView::rememberSelection()
{
    m_selected.clear();
    m_current.reset();
    // A selection of thousands is not looked for one by one.
    constexpr int kMaxKept = 200;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (m_selected.size() >= kMaxKept)
            break;
        if (const auto row = m_model->rowAt(index))
            m_selected.append({ row->path, row->task.line });
    }
    if (const auto row = m_model->rowAt(m_view->currentIndex()))
        m_current = std::pair(row->path, row->task.line);
}

// The tasks have new ids after their note was indexed again: found by where they are.
void TasksView::restoreSelection()
{
    if (m_selected.isEmpty() && !m_current)
        return;
    QItemSelection selection;
    for (const auto &[path, line] : std::as_const(m_selected)) {
        const QModelIndex index = m_model->indexOfTask(path, line);
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current
        = m_current ? m_model->indexOfTask(m_current->first, m_current->second) : QModelIndex();
    if (current.isValid()) {
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(current);
    }
    m_selected.clear();
    m_current.reset();
}

void TasksView::askReassign()
{
    if (selectedRefs().isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reassign"));
    dialog->setLabelText(tr("New owner of the selected tasks:"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &owner) { reassignSelected(owner); });
    dialog->open();
}

bool TasksView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    // Keys an open editor (which has the focus) did not take are not actions on the row.
    const QWidget *focus = QApplication::focusWidget();
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)
        || (focus && m_view->viewport()->isAncestorOf(focus)))
        return false;
    switch (key->key()) {
    case Qt::Key_A:
        setSelectedStatus(QStringLiteral(" "));
        return true;
    case Qt::Key_R:
        setSelectedStatus(QStringLiteral("-"));
        return true;
    case Qt::Key_D:
        setSelectedStatus(QStringLiteral("x"));
        return true;
    case Qt::Key_E:
        askReassign();
        return true;
    case Qt::Key_T:
        startTriage();
        return true;
    case Qt::Key_P:
        showPostponeMenu();
        return true;
    case Qt::Key_F2:
        // The Due cell is the one that edits, whichever cell of the row is current.
        m_view->edit(m_view->currentIndex().siblingAtColumn(TaskColumns::DueColumn));
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_view->currentIndex().column() == TaskColumns::DueColumn)
            m_view->edit(m_view->currentIndex());
        else if (const auto row = m_model->rowAt(m_view->currentIndex()))
            Q_EMIT openMeeting(row->path);
        return true;
    default:
        return false;
    }
}

QString TasksView::exportText(Format format) const
{
    const auto rows = m_model->rows();
    return format == Format::Csv ? TaskExport::toCsv(rows) : TaskExport::toMarkdown(rows);
}

bool TasksView::exportToFile(const QString &path, Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcTasks) << "cannot export to" << path << file.errorString();
        return false;
    }
    file.write(exportText(format).toUtf8());
    return file.commit();
}

void TasksView::exportToClipboard(Format format) const
{
    QApplication::clipboard()->setText(exportText(format));
}

void TasksView::chooseExportFile()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tasks"), QStringLiteral("tasks.md"),
        tr("Markdown (*.md);;CSV (*.csv)"), &selected);
    if (!path.isEmpty())
        exportToFile(path, path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Markdown);
}

} // namespace ui
