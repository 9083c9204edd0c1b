// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/meetingbrowser.h"

#include "ui/meeting/decisionspane.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/meeting/meetingview.h"
#include "ui/meeting/peoplepane.h"
#include "ui/meeting/summarypane.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/settings.h"
#include "ui/widgets/paneheader.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListView>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>

namespace ui {

MeetingBrowser::MeetingBrowser(MeetingListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(new MeetingListPane(model, this))
    , m_meeting(new MeetingView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("meetingBrowser"));
    m_list->setMinimumWidth(Settings::kMeetingListMinWidth);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_meeting);
    m_splitter->setStretchFactor(1, 1);
    Theme::flatRow(this)->addWidget(m_splitter);
    // A splitter moved by hand makes the layout the user's; sizes set here emit nothing.
    for (QSplitter *splitter : { m_splitter, m_meeting->rowSplitter(), m_meeting->topSplitter() })
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_userLayout = true; });
    // The titles are known once the list is first filled; a search does not move the list's edge.
    connect(model, &MeetingListModel::refreshed, this, [this, model] {
        if (m_titlesWidth > 0 || model->rowCount() == 0)
            return;
        m_titlesWidth = m_list->preferredWidth();
        if (!m_userLayout)
            applyDefaultLayout();
    });
}

MeetingBrowser::~MeetingBrowser() = default;

void MeetingBrowser::restoreLayout(const Settings &settings)
{
    using Splitter = Settings::Splitter;
    m_userLayout = m_splitter->restoreState(settings.splitterState(Splitter::MeetingList))
        && m_meeting->rowSplitter()->restoreState(settings.splitterState(Splitter::MeetingRows))
        && m_meeting->topSplitter()->restoreState(settings.splitterState(Splitter::MeetingTopRow));
    if (!m_userLayout)
        applyDefaultLayout();
}

void MeetingBrowser::saveLayout(Settings &settings) const
{
    using Splitter = Settings::Splitter;
    const auto state = [this](const QSplitter *splitter) {
        return m_userLayout ? splitter->saveState() : QByteArray();
    };
    settings.setSplitterState(Splitter::MeetingList, state(m_splitter));
    settings.setSplitterState(Splitter::MeetingRows, state(m_meeting->rowSplitter()));
    settings.setSplitterState(Splitter::MeetingTopRow, state(m_meeting->topSplitter()));
}

void MeetingBrowser::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userLayout)
        applyDefaultLayout();
}

void MeetingBrowser::applyDefaultLayout()
{
    const int total = width() - m_splitter->handleWidth();
    // The header (title, count, sort order) is never cut.
    const int narrowest
        = std::max(Settings::kMeetingListMinWidth, m_list->header()->minimumSizeHint().width());
    const int widest = std::max(narrowest,
        std::min(Settings::kMeetingListMaxWidth,
            window()->width() * Settings::kMeetingListMaxPercent / 100));
    const int titles = m_titlesWidth > 0 ? m_titlesWidth : m_list->preferredWidth();
    const int list = std::clamp(titles, narrowest, widest);
    m_splitter->setSizes({ list, std::max(0, total - list) });
    m_meeting->setDefaultSizes(QSize(std::max(0, total - list), height()));
}

void MeetingBrowser::setSearchField(QWidget *field, QWidget *bar)
{
    m_searchField = field;
    m_searchBar = bar;
}

QList<MeetingBrowser::Ring> MeetingBrowser::ring() const
{
    return {
        { m_searchBar, m_searchField },
        { m_list, m_list->view() },
        { m_meeting->summaryPane(), m_meeting->summaryPane()->browser() },
        { m_meeting->tasksPane(), m_meeting->tasksPane()->view() },
        { m_meeting->decisionsPane(), m_meeting->decisionsPane()->view() },
        { m_meeting->peoplePane(), m_meeting->peoplePane()->view() },
    };
}

std::optional<MeetingBrowser::Stop> MeetingBrowser::currentStop() const
{
    const QWidget *focus = QApplication::focusWidget();
    const QList<Ring> stops = ring();
    for (qsizetype at = 0; focus && at < stops.size(); ++at) {
        const QWidget *container = stops.at(at).container;
        if (container && (container == focus || container->isAncestorOf(focus)))
            return Stop(at);
    }
    return std::nullopt;
}

bool MeetingBrowser::focusNextStop(bool next)
{
    const auto current = currentStop();
    if (!current || !isVisible())
        return false;
    const QList<Ring> stops = ring();
    const auto count = stops.size();
    for (qsizetype step = 1; step < count; ++step) {
        const auto at = (qsizetype(*current) + (next ? step : count - step)) % count;
        QWidget *target = stops.at(at).target;
        if (target && target->isVisible() && target->isEnabled()) {
            target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return true; // the only stop there is keeps the focus
}

void MeetingBrowser::focusStop(Stop stop)
{
    if (QWidget *target = ring().at(qsizetype(stop)).target)
        target->setFocus(Qt::ShortcutFocusReason);
}

} // namespace ui
