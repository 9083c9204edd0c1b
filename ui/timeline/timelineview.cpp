// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelineview.h"

#include "core/query/query.h"
#include "core/query/timelinequeries.h"
#include "ui/meeting/meetinglistdelegate.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/vaultsession.h"
#include "ui/timeline/logging.h"
#include "ui/widgets/heatmap.h"
#include "ui/widgets/localedates.h"
#include "ui/widgets/paneheader.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

TimelineView::TimelineView(VaultSession *session, QWidget *parent)
    : VaultView(session, parent)
    , m_summary(new QLabel(this))
    , m_heatMap(new HeatMap(this))
    , m_listHeader(new PaneHeader(tr("Meetings"), this))
    , m_weekButton(new QToolButton(this))
    , m_list(new QListView(this))
    , m_model(new MeetingListModel(this))
    , m_request(new AsyncRequest(this))
{
    setObjectName(QStringLiteral("timelineView"));
    if (session) {
        m_request->setReader(session->reader());
        m_request->setFallback(session->database());
    }
    QVBoxLayout *layout = Theme::flatColumn(this);
    layout->addWidget(buildYearBar());
    auto *mapBox = new QHBoxLayout;
    mapBox->setContentsMargins(16, 4, 16, 12);
    mapBox->addWidget(m_heatMap);
    m_heatMap->setAccessibleName(tr("Meetings per day"));
    m_heatMap->setAccessibleDescription(tr("The arrow keys move between days; Enter lists them"));
    layout->addLayout(mapBox);
    layout->addWidget(m_listHeader);
    layout->addWidget(m_list, 1);

    m_weekButton->setText(tr("Whole week"));
    m_weekButton->setCheckable(true);
    m_weekButton->setAutoRaise(true);
    m_weekButton->setToolTip(tr("List the meetings of the selected day's week"));
    m_listHeader->addTool(m_weekButton);
    connect(m_weekButton, &QToolButton::toggled, this, &TimelineView::showMeetings);

    m_list->setObjectName(QStringLiteral("timelineMeetings"));
    m_list->setAccessibleName(tr("Meetings of the selected days"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new MeetingListDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("Double-click or press Enter to open the meeting"));
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openMeeting(index.data(MeetingListModel::PathRole).toString());
    });
    connect(m_heatMap, &HeatMap::dayClicked, this, &TimelineView::selectDate);
    connect(m_heatMap, &HeatMap::dayActivated, this, [this](const QDate &date) {
        if (m_heatMap->countOn(date) == 1 && m_model->rowCount() == 1)
            Q_EMIT openMeeting(m_model->pathAt(0));
    });
}

TimelineView::~TimelineView() = default;

QWidget *TimelineView::buildYearBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 4);
    auto *title = new QLabel(tr("Timeline"), bar);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    m_previous = new QToolButton(bar);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setToolTip(tr("Previous year with meetings"));
    m_previous->setAccessibleName(tr("Previous year"));
    m_next = new QToolButton(bar);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setToolTip(tr("Next year with meetings"));
    m_next->setAccessibleName(tr("Next year"));
    m_yearBox = new QComboBox(bar);
    m_yearBox->setObjectName(QStringLiteral("timelineYear"));
    m_yearBox->setAccessibleName(tr("Year"));
    m_yearBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summary->setObjectName(QStringLiteral("timelineSummary"));
    m_summary->setEnabled(false);
    row->addWidget(title);
    row->addSpacing(12);
    row->addWidget(m_previous);
    row->addWidget(m_yearBox);
    row->addWidget(m_next);
    row->addSpacing(12);
    row->addWidget(m_summary, 1);
    connect(m_previous, &QToolButton::clicked, this, [this] { stepYear(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { stepYear(1); });
    connect(m_yearBox, &QComboBox::activated, this,
        [this](int index) { showYear(m_yearBox->itemData(index).toInt()); });
    return bar;
}

void TimelineView::reload()
{
    setError(QString());
    const auto query = core::Query::parse(this->query());
    if (!session() || !query) {
        m_request->cancel();
        showCounts({});
        return;
    }
    m_summary->setText(tr("Loading…"));
    using Result = std::pair<std::optional<QMap<QDate, int>>, QString>;
    m_request->run<Result>(
        [query = *query](const QSqlDatabase &db, const auto &) {
            core::TimelineQueries queries(db);
            auto counts = queries.countsPerDay(query);
            return Result(std::move(counts), queries.error());
        },
        [this](Result result) {
            setError(result.second); // a failed read is logged by core (lcQuery)
            showCounts(result.first.value_or(QMap<QDate, int>()));
        });
}

void TimelineView::showCounts(const QMap<QDate, int> &counts)
{
    m_heatMap->setCounts(counts);
    const QList<int> years = m_heatMap->years();
    int year = m_heatMap->year();
    if (!years.contains(year) && !years.isEmpty())
        year = years.last();
    updateYearBox();
    showYear(year);
    qCDebug(lcTimeline) << "timeline refreshed in" << elapsedMs() << "ms";
    Q_EMIT loaded();
}

bool TimelineView::isReading() const
{
    return m_request->isRunning();
}

void TimelineView::updateYearBox()
{
    const QSignalBlocker blocker(m_yearBox);
    m_yearBox->clear();
    for (const int year : m_heatMap->years())
        m_yearBox->addItem(QString::number(year), year);
    m_yearBox->setEnabled(m_yearBox->count() > 0);
}

void TimelineView::stepYear(int delta)
{
    const int index = m_yearBox->currentIndex() + delta;
    if (index >= 0 && index < m_yearBox->count())
        showYear(m_yearBox->itemData(index).toInt());
}

QDate TimelineView::defaultDate(int year) const
{
    const QDate today = QDate::currentDate();
    if (today.year() == year && m_heatMap->countOn(today) > 0)
        return today;
    const auto &counts = m_heatMap->counts();
    auto it = counts.lowerBound(QDate(year + 1, 1, 1));
    while (it != counts.cbegin()) {
        --it;
        if (it.key().year() != year)
            break;
        if (it.value() > 0)
            return it.key();
    }
    return QDate(year, 1, 1);
}

void TimelineView::showYear(int year)
{
    m_heatMap->setYear(year);
    const int index = m_yearBox->findData(year);
    {
        const QSignalBlocker blocker(m_yearBox);
        m_yearBox->setCurrentIndex(index);
    }
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index >= 0 && index + 1 < m_yearBox->count());
    updateSummary();
    const QDate selected = m_heatMap->selectedDate();
    selectDate(selected.isValid() && selected.year() == year ? selected : defaultDate(year));
}

void TimelineView::updateSummary()
{
    const int year = m_heatMap->year();
    const int total = m_heatMap->yearTotal(year);
    QDate busiest;
    for (auto it = m_heatMap->counts().lowerBound(QDate(year, 1, 1));
         it != m_heatMap->counts().cend() && it.key().year() == year; ++it) {
        if (!busiest.isValid() || it.value() > m_heatMap->countOn(busiest))
            busiest = it.key();
    }
    QString text = tr("%Ln meetings in %1", nullptr, total).arg(year);
    if (busiest.isValid())
        text += tr(" · busiest day %1 (%2)")
                    .arg(LocaleDates::dayAndMonth(busiest))
                    .arg(m_heatMap->countOn(busiest));
    if (!query().trimmed().isEmpty())
        text += tr(" · filtered by “%1”").arg(query().trimmed());
    m_summary->setText(text);
}

void TimelineView::setWeekMode(bool week)
{
    m_weekButton->setChecked(week);
}

bool TimelineView::weekMode() const
{
    return m_weekButton->isChecked();
}

void TimelineView::selectDate(const QDate &date)
{
    if (!date.isValid())
        return;
    if (date.year() != m_heatMap->year())
        m_heatMap->setYear(date.year());
    m_heatMap->setSelectedDate(date);
    showMeetings();
}

void TimelineView::showMeetings()
{
    const QDate date = m_heatMap->selectedDate();
    if (!session() || !date.isValid())
        return;
    const QDate first = weekMode() ? date.addDays(1 - date.dayOfWeek()) : date;
    const QDate last = weekMode() ? first.addDays(6) : date;
    // after: and before: are exclusive, by day.
    const QString range = QStringLiteral(" after:%1 before:%2")
                              .arg(isoDate(first.addDays(-1)), isoDate(last.addDays(1)));
    m_model->setDatabase(session()->database());
    QString problem;
    if (!m_model->setQueryText(query() + range, &problem)) {
        setError(problem);
        qCWarning(lcTimeline) << "timeline cannot list meetings:" << problem;
    }
    const QLocale locale;
    const QString label = weekMode()
        ? tr("Week of %1").arg(LocaleDates::mediumDate(first, locale))
        : LocaleDates::longDate(date, locale);
    const int count = m_model->rowCount();
    m_listHeader->setDetail(label + QStringLiteral(" · ") + tr("%n meetings", nullptr, count));
}

} // namespace ui
