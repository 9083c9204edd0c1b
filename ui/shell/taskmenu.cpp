// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/taskmenu.h"

#include "ui/meeting/meetingview.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/postponemenu.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/vaultviews.h"
#include "ui/shell/viewswitcher.h"
#include "ui/tasks/duplicatespanel.h"
#include "ui/tasks/taskroles.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/tasks/tasksview.h"
#include "ui/tasks/triagepanel.h"

#include <QTableView>
#include <QTreeView>

namespace ui {

namespace {

// The Due cell of the current row, in its editor.
void editDue(QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        view->edit(current.siblingAtColumn(TaskColumns::DueColumn));
}

} // namespace

TaskMenu::TaskMenu(MainWindow &window, QWidget *parent)
    : QMenu(tr("&Task"), parent)
    , m_window(window)
{
    setObjectName(QStringLiteral("taskMenu"));
    MainWindow *w = &m_window;
    const auto pane = [w] { return w->meetingView()->tasksPane(); };
    const auto list = [w] { return w->views()->tasksView(); };
    const auto triage = [w] { return w->views()->tasksView()->triagePanel(); };
    const auto status = [list](const QString &character) {
        return [list, character] { list()->setSelectedStatus(character); };
    };
    addEntry(tr("Toggle Done"), Qt::Key_Space, { [pane] { pane()->toggleDone(); }, {}, {}, {} });
    addEntry(tr("&Accept Proposed"), Qt::Key_A,
        { [pane] { pane()->acceptProposed(); }, status(QStringLiteral(" ")),
            [triage] { triage()->accept(); }, {} });
    addEntry(tr("&Reject Proposed"), Qt::Key_R,
        { [pane] { pane()->rejectProposed(); }, status(QStringLiteral("-")),
            [triage] { triage()->reject(); }, {} });
    addEntry(tr("Mark &Done"), Qt::Key_D,
        { [pane] { pane()->setSelectedStatus(QStringLiteral("x")); }, status(QStringLiteral("x")),
            [triage] { triage()->markDone(); }, {} });
    addEntry(
        tr("In &Progress"), Qt::Key_Slash, { [pane] { pane()->toggleInProgress(); }, {}, {}, {} });
    addEntry(tr("R&eassign…"), Qt::Key_E,
        { {}, [list] { list()->askReassign(); }, [triage] { triage()->startReassign(); }, {} });
    addEntry(tr("S&kip"), Qt::Key_S, { {}, {}, [triage] { triage()->skip(); }, {} });
    addEntry(tr("&Triage Proposed"), Qt::Key_T, { {}, [list] { list()->startTriage(); }, {}, {} });
    addEntry(tr("Edit Due Da&te"), Qt::Key_F2,
        { [pane] { editDue(pane()->view()); }, [list] { editDue(list()->view()); }, {}, {} });
    addEntry(tr("Open &Meeting"), Qt::Key_Return,
        { {},
            [list] {
                const QString path
                    = list()->view()->currentIndex().data(TaskRoles::PathRole).toString();
                if (!path.isEmpty())
                    Q_EMIT list()->openMeeting(path);
            },
            {}, {} });
    addEntry(tr("Keep Selected, &Cancel Others"), Qt::Key_K,
        { {}, {}, {}, [list] { list()->duplicatesPanel()->keepCurrent(); } });
    addSeparator();
    addStatusMenu();
    addPostponeMenu();
    connect(this, &QMenu::aboutToShow, this, &TaskMenu::updateVisibility);
}

TaskMenu::~TaskMenu() = default;

std::function<void()> TaskMenu::Handlers::forTarget(Target target) const
{
    switch (target) {
    case Target::Meeting:
        return meeting;
    case Target::List:
        return list;
    case Target::Triage:
        return triage;
    case Target::Duplicates:
        return duplicates;
    }
    return {};
}

std::optional<TaskMenu::Target> TaskMenu::target() const
{
    const ViewSwitcher::View view = m_window.switcher()->current();
    if (view == ViewSwitcher::Meetings)
        return Target::Meeting;
    const TasksView *tasks = m_window.views()->tasksView();
    if (view != ViewSwitcher::Tasks || !tasks)
        return std::nullopt;
    if (tasks->mode() == TasksView::Mode::List)
        return Target::List;
    if (tasks->mode() == TasksView::Mode::Triage)
        return Target::Triage;
    return Target::Duplicates;
}

QAction *TaskMenu::actionForKey(const QString &key) const
{
    for (const auto &[action, handlers] : m_entries) {
        if (action->text().section(u'\t', 1) == key)
            return action;
    }
    return nullptr;
}

void TaskMenu::addEntry(const QString &text, const QKeySequence &key, const Handlers &handlers)
{
    QAction *action = addAction(text + u'\t' + key.toString(QKeySequence::NativeText));
    connect(action, &QAction::triggered, this, [this, handlers] {
        const auto to = target();
        if (const auto handler = to ? handlers.forTarget(*to) : std::function<void()>())
            handler();
    });
    m_entries.append({ action, handlers });
}

void TaskMenu::addStatusMenu()
{
    TasksPane *tasks = m_window.meetingView()->tasksPane();
    QMenu *status = addMenu(tr("Set &Status"));
    for (const core::TaskState state : TaskStatusDelegate::editableStates()) {
        const QString character = core::statusForState(state);
        status->addAction(TaskStatusDelegate::glyphIcon(state, m_window.palette()),
            taskStateLabel(state), tasks,
            [tasks, character] { tasks->setSelectedStatus(character); });
    }
    // Only the meeting's tasks take any status.
    m_entries.append({ status->menuAction(), { [] {}, {}, {}, {} } });
}

void TaskMenu::addPostponeMenu()
{
    // "In &Progress" has the P.
    auto *postpone = new PostponeMenu(this);
    postpone->setTitle(
        tr("P&ostpone") + u'\t' + QKeySequence(Qt::Key_P).toString(QKeySequence::NativeText));
    connect(postpone, &PostponeMenu::chosen, this, [this](PostponeMenu::Choice choice) {
        const auto to = target();
        if (to == Target::Meeting)
            m_window.meetingView()->tasksPane()->postponeSelected(choice);
        else if (to == Target::List)
            m_window.views()->tasksView()->postponeSelected(choice);
        else if (to == Target::Triage)
            m_window.views()->tasksView()->triagePanel()->postpone(choice);
    });
    addMenu(postpone);
}

// Only the actions of the list on screen; none when no list is.
void TaskMenu::updateVisibility()
{
    const auto to = target();
    for (const auto &[action, handlers] : std::as_const(m_entries)) {
        action->setVisible(to && handlers.forTarget(*to));
    }
    for (QAction *action : actions()) {
        if (action->menu() && qobject_cast<PostponeMenu *>(action->menu()))
            action->setEnabled(to && *to != Target::Duplicates);
    }
}

} // namespace ui
