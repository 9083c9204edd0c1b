#include "ui/shell/vaultviews.h"

#include "ui/decisions/decisionsview.h"
#include "ui/people/peopleview.h"
#include "ui/session/vaultsession.h"
#include "ui/tasks/tasksview.h"
#include "ui/timeline/timelineview.h"


namespace ui {

VaultViews::VaultViews(ViewSwitcher *switcher, QObject *parent)
    : QObject(parent)
    , m_switcher(switcher)
{
    connect(m_switcher, &ViewSwitcher::currentChanged, this, [this](ViewSwitcher::View view) {
        if (m_stale.remove(view))
            refreshView(view);
    });
}

VaultViews::~VaultViews() = default;

TasksView *VaultViews::tasksView() const
{
    return m_tasks;
}

PeopleView *VaultViews::peopleView() const
{
    return m_people;
}

DecisionsView *VaultViews::decisionsView() const
{
    return m_decisions;
}

TimelineView *VaultViews::timelineView() const
{
    return m_timeline;
}

template<typename View> View *VaultViews::create(ViewSwitcher::View place, VaultSession *session)
{
    auto *view = new View(session, m_switcher);
    connect(view, &View::openMeeting, this, &VaultViews::openMeeting);
    connect(view, &View::queryRequested, this, &VaultViews::queryRequested);
    connect(view, &View::loaded, this, [this, view] {
        if (m_switcher->page(m_switcher->current()) == view)
            Q_EMIT currentLoaded();
    });
    view->setQuery(m_query);
    m_switcher->setPage(place, view);
    return view;
}

void VaultViews::setSession(VaultSession *session)
{
    m_stale.clear();
    if (!session) {
        for (int v = ViewSwitcher::Tasks; v < ViewSwitcher::ViewCount; ++v)
            m_switcher->setPage(ViewSwitcher::View(v), new QWidget);
        return;
    }
    m_tasks = create<TasksView>(ViewSwitcher::Tasks, session);
    m_people = create<PeopleView>(ViewSwitcher::People, session);
    m_decisions = create<DecisionsView>(ViewSwitcher::Decisions, session);
    m_timeline = create<TimelineView>(ViewSwitcher::Timeline, session);
}

bool VaultViews::show(const QString &name)
{
    const bool triage = name == u"triage";
    const bool duplicates = name == u"duplicates";
    const auto view = (triage || duplicates) ? std::optional(ViewSwitcher::Tasks) : ViewSwitcher::fromName(name);
    if (!view)
        return false;
    m_switcher->setCurrent(*view);
    if (triage && m_tasks)
        m_tasks->startTriage();
    else if (duplicates && m_tasks)
        m_tasks->setMode(TasksView::Mode::Duplicates);
    return true;
}

bool VaultViews::isLoading() const
{
    // A view that is not on screen reads nothing.
    const auto busy = [](const auto *view) { return view && view->isVisible() && view->isLoading(); };
    switch (m_switcher->current()) {
    case ViewSwitcher::Tasks:
        return busy(m_tasks.data());
    case ViewSwitcher::People:
        return busy(m_people.data());
    case ViewSwitcher::Decisions:
        return busy(m_decisions.data());
    case ViewSwitcher::Timeline:
        return busy(m_timeline.data());
    default:
        return false;
    }
}

void VaultViews::setQuery(const QString &query)
{
    m_query = query;
    if (m_tasks)
        m_tasks->setQuery(query);
    if (m_people)
        m_people->setQuery(query);
    if (m_decisions)
        m_decisions->setQuery(query);
    if (m_timeline)
        m_timeline->setQuery(query);
}

void VaultViews::onIndexChanged()
{
    for (int v = ViewSwitcher::Tasks; v < ViewSwitcher::ViewCount; ++v) {
        if (m_switcher->current() == v)
            refreshView(ViewSwitcher::View(v));
        else
            m_stale.insert(v);
    }
}

void VaultViews::refreshView(ViewSwitcher::View view)
{
    switch (view) {
    case ViewSwitcher::Tasks:
        if (m_tasks)
            m_tasks->refresh();
        break;
    case ViewSwitcher::People:
        if (m_people)
            m_people->refresh();
        break;
    case ViewSwitcher::Decisions:
        if (m_decisions)
            m_decisions->refresh();
        break;
    case ViewSwitcher::Timeline:
        if (m_timeline)
            m_timeline->refresh();
        break;
    default:
        break;
    }
}

} // namespace ui
