// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/vaultviews.h"

#include "ui/decisions/decisionsview.h"
#include "ui/people/peopleview.h"
#include "ui/session/vaultsession.h"
#include "ui/tasks/tasksview.h"
#include "ui/timeline/timelineview.h"

#include <algorithm>

namespace ui {

VaultViews::VaultViews(ViewSwitcher *switcher, QObject *parent)
    : QObject(parent)
    , m_switcher(switcher)
{ }

VaultViews::~VaultViews() = default;

template<typename View> View *VaultViews::find() const
{
    for (VaultView *view : m_views) {
        if (auto *found = qobject_cast<View *>(view))
            return found;
    }
    return nullptr;
}

TasksView *VaultViews::tasksView() const
{
    return find<TasksView>();
}

PeopleView *VaultViews::peopleView() const
{
    return find<PeopleView>();
}

DecisionsView *VaultViews::decisionsView() const
{
    return find<DecisionsView>();
}

TimelineView *VaultViews::timelineView() const
{
    return find<TimelineView>();
}

void VaultViews::add(ViewSwitcher::View place, VaultView *view)
{
    connect(view, &VaultView::openMeeting, this, &VaultViews::openMeeting);
    connect(view, &VaultView::openInObsidian, this, &VaultViews::openInObsidian);
    connect(view, &VaultView::queryRequested, this, &VaultViews::queryRequested);
    connect(view, &VaultView::loaded, this, [this, view] {
        if (m_switcher->page(m_switcher->current()) == view)
            Q_EMIT currentLoaded();
    });
    connect(view, &QObject::destroyed, this, [this, view] { m_views.removeOne(view); });
    view->setQuery(m_query);
    m_switcher->setPage(place, view);
    m_views.append(view);
}

void VaultViews::setSession(VaultSession *session)
{
    m_views.clear();
    if (!session) {
        for (int v = ViewSwitcher::Tasks; v < ViewSwitcher::ViewCount; ++v)
            m_switcher->setPage(ViewSwitcher::View(v), new QWidget);
        return;
    }
    add(ViewSwitcher::Tasks, new TasksView(session, m_switcher));
    add(ViewSwitcher::People, new PeopleView(session, m_switcher));
    add(ViewSwitcher::Decisions, new DecisionsView(session, m_switcher));
    add(ViewSwitcher::Timeline, new TimelineView(session, m_switcher));
}

bool VaultViews::show(const QString &name)
{
    const bool triage = name == u"triage";
    const bool duplicates = name == u"duplicates";
    const auto view = (triage || duplicates) ? std::optional(ViewSwitcher::Tasks)
                                             : ViewSwitcher::fromName(name);
    if (!view)
        return false;
    m_switcher->setCurrent(*view);
    TasksView *tasks = tasksView();
    if (triage && tasks)
        tasks->startTriage();
    else if (duplicates && tasks)
        tasks->setMode(TasksView::Mode::Duplicates);
    return true;
}

bool VaultViews::isLoading() const
{
    // Only the view on screen is visible, and a view that is not on screen reads nothing.
    return std::any_of(m_views.cbegin(), m_views.cend(),
        [](const VaultView *view) { return view->isVisible() && view->isLoading(); });
}

void VaultViews::setQuery(const QString &query)
{
    m_query = query;
    for (VaultView *view : std::as_const(m_views))
        view->setQuery(query);
}

// The view on screen reads at once; the others are marked stale and read when next shown.
void VaultViews::onIndexChanged()
{
    for (VaultView *view : std::as_const(m_views))
        view->refresh();
}

} // namespace ui
