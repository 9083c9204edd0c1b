// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/personpage.h"

#include "core/query/query.h"
#include "ui/decisions/decisioncounter.h"
#include "ui/decisions/decisionlogdelegate.h"
#include "ui/decisions/decisionlogmodel.h"
#include "ui/people/meetingstrip.h"
#include "ui/people/peopledelegate.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/personmeetingmodel.h"
#include "ui/people/persontaskdelegate.h"
#include "ui/people/persontaskmodel.h"
#include "ui/session/editmessages.h"
#include "ui/session/taskeditor.h"
#include "ui/widgets/localedates.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/paneheader.h"
#include "ui/widgets/theme.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

namespace {

QPixmap avatarPixmap(const QString &name, const QFont &font, const QPalette &palette, qreal dpr)
{
    const int size = 44;
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(PeopleDelegate::avatarColor(name, palette));
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(bold);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, PeopleModel::initials(name));
    return pixmap;
}

} // namespace

PersonPage::PersonPage(QWidget *parent)
    : QWidget(parent)
    , m_strip(new MeetingStrip(this))
    , m_theyOweHeader(new PaneHeader(tr("They owe me"), this))
    , m_iOweHeader(new PaneHeader(tr("I owe them"), this))
    , m_meetingHeader(new PaneHeader(tr("Meetings"), this))
    , m_decisionHeader(new PaneHeader(tr("Decisions"), this))
    , m_meetings(new PersonMeetingModel(this))
    , m_theyOwe(new PersonTaskModel(this))
    , m_iOwe(new PersonTaskModel(this))
    , m_decisions(new DecisionLogModel(this))
    , m_decisionCounter(new DecisionCounter(this))
    , m_more(new QPushButton(tr("Show more"), this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("personPage"));
    m_theyOweList = makeList(QStringLiteral("theyOweList"), PersonTaskModel::PathRole);
    m_iOweList = makeList(QStringLiteral("iOweList"), PersonTaskModel::PathRole);
    m_meetingList = makeList(QStringLiteral("personMeetings"), PersonMeetingModel::PathRole);
    m_decisionList = makeList(QStringLiteral("personDecisions"), DecisionLogModel::PathRole);
    m_theyOweList->setAccessibleName(tr("Tasks they owe me"));
    m_iOweList->setAccessibleName(tr("Tasks I owe them"));
    m_meetingList->setAccessibleName(tr("Meetings with them"));
    m_decisionList->setAccessibleName(tr("Decisions in meetings with them"));
    m_theyOweList->setModel(m_theyOwe);
    m_theyOweList->setItemDelegate(new PersonTaskDelegate(m_theyOweList));
    m_iOweList->setModel(m_iOwe);
    m_iOweList->setItemDelegate(new PersonTaskDelegate(m_iOweList));
    for (QListView *list : { m_theyOweList, m_iOweList }) {
        list->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(list, &QWidget::customContextMenuRequested, this,
            [this, list](const QPoint &position) { showTaskMenu(list, position); });
    }
    m_meetingList->setModel(m_meetings);
    m_decisionList->setModel(m_decisions);
    auto *decisionDelegate = new DecisionLogDelegate(m_decisionList);
    m_decisionList->setItemDelegate(decisionDelegate);
    m_decisionList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_decisionList->setResizeMode(QListView::Adjust);
    connect(m_decisions, &DecisionLogModel::pageLoaded, this, &PersonPage::updateDecisionCount);
    connect(m_decisionCounter, &DecisionCounter::counted, this, &PersonPage::updateDecisionCount);
    m_more->setObjectName(QStringLiteral("personMore"));
    m_more->setFlat(true);
    m_more->setToolTip(tr("List more of their meetings and tasks"));
    connect(m_more, &QPushButton::clicked, this, &PersonPage::moreRequested);
    connect(decisionDelegate, &DecisionLogDelegate::personClicked, this,
        [this](const QString &person) { Q_EMIT queryRequested(core::Query::forPerson(person)); });
    connect(m_strip, &MeetingStrip::meetingClicked, this, [this](const QString &path) {
        const int row = m_meetings->rowOfPath(path);
        if (row >= 0)
            m_meetingList->setCurrentIndex(m_meetings->index(row));
        Q_EMIT openMeeting(path);
    });

    QVBoxLayout *layout = Theme::flatColumn(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_strip);
    layout->addWidget(m_messages);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setSpacing(1);
    grid->addWidget(section(m_theyOweHeader, m_theyOweList), 0, 0);
    grid->addWidget(section(m_iOweHeader, m_iOweList), 0, 1);
    grid->addWidget(section(m_meetingHeader, m_meetingList), 1, 0);
    grid->addWidget(section(m_decisionHeader, m_decisionList), 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);
    layout->addWidget(m_more, 0, Qt::AlignRight);
    clear();
}

PersonPage::~PersonPage() = default;

QWidget *PersonPage::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(16, 12, 16, 4);
    row->setSpacing(12);
    m_avatar = new QLabel(header);
    m_avatar->setFixedSize(44, 44);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("personName"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_counts = new QLabel(header);
    m_counts->setObjectName(QStringLiteral("personCounts"));
    m_counts->setTextFormat(Qt::RichText);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_counts);
    m_search = new QPushButton(tr("Search their meetings"), header);
    m_search->setToolTip(tr("Put person:\"…\" in the search field"));
    connect(m_search, &QPushButton::clicked, this,
        [this] { Q_EMIT queryRequested(core::Query::forPerson(m_name)); });
    row->addWidget(m_avatar);
    row->addLayout(text, 1);
    row->addWidget(m_search, 0, Qt::AlignTop);
    return header;
}

QListView *PersonPage::makeList(const QString &objectName, int pathRole)
{
    auto *view = new QListView(this);
    view->setObjectName(objectName);
    view->setFrameShape(QFrame::NoFrame);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(view, &QListView::activated, this, [this, pathRole](const QModelIndex &index) {
        Q_EMIT openMeeting(index.data(pathRole).toString());
    });
    return view;
}

QWidget *PersonPage::section(PaneHeader *header, QListView *view)
{
    auto *box = new QWidget(this);
    QVBoxLayout *column = Theme::flatColumn(box);
    column->addWidget(header);
    column->addWidget(view, 1);
    return box;
}

QString PersonPage::countsText() const
{
    return m_counts->text();
}

void PersonPage::setSource(BackgroundReader *reader, const QSqlDatabase &db)
{
    m_decisions->setReader(reader);
    m_decisions->setDatabase(db);
    m_decisionCounter->setReader(reader);
    m_decisionCounter->setDatabase(db);
    m_theyOwe->setDatabase(db);
    m_iOwe->setDatabase(db);
}

void PersonPage::updateHeader(const core::PeopleDirectory::PersonPage &page)
{
    m_title->setText(page.isMe ? tr("%1 (me)").arg(page.name) : page.name);
    m_avatar->setPixmap(avatarPixmap(page.name, font(), palette(), devicePixelRatioF()));
    QStringList parts { tr("%Ln meetings", nullptr, page.meetingCount) };
    if (!page.meetings.isEmpty() && page.meetings.first().date)
        parts.append(tr("last %1").arg(
            LocaleDates::mediumDate(QDate::fromString(page.meetings.first().date->left(10), Qt::ISODate))));
    parts.append(tr("they owe me %1").arg(page.theyOweCount));
    parts.append(tr("I owe them %1").arg(page.iOweCount));
    QString text = parts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (page.overdue > 0)
        text += tr(" · <span style=\"color:%1\">%2 overdue</span>")
                    .arg(Theme::css(Theme::warning(palette())))
                    .arg(page.overdue);
    m_counts->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(Theme::css(Theme::muted(palette())), text));
}

namespace {
// "200 of 100,000" when a list holds the newest few only.
QString shownOf(qsizetype shown, int all)
{
    return shown < all ? QCoreApplication::translate("ui::PersonPage", "%1 of %2").arg(QLocale().toString(shown), QLocale().toString(all))
                       : QLocale().toString(all);
}
} // namespace

void PersonPage::setPage(const core::PeopleDirectory::PersonPage &page)
{
    m_name = page.name;
    m_meetings->setMeetings(page.meetings);
    m_theyOwe->setTasks(page.theyOwe);
    m_iOwe->setTasks(page.iOwe);
    m_strip->setMeetings(page.days);
    // Their decisions: a page now, more as the list is scrolled; counted apart.
    m_decisionCounter->cancel();
    m_countStarted = false;
    m_decisions->load(page.meetingFilter);
    updateHeader(page);
    m_theyOweHeader->setDetail(shownOf(page.theyOwe.size(), page.theyOweCount));
    m_iOweHeader->setDetail(shownOf(page.iOwe.size(), page.iOweCount));
    m_meetingHeader->setDetail(shownOf(page.meetings.size(), page.meetingCount));
    m_more->setVisible(page.meetings.size() < page.meetingCount || page.theyOwe.size() < page.theyOweCount
        || page.iOwe.size() < page.iOweCount);
    m_search->setEnabled(true);
    restoreCurrentTask();
}

void PersonPage::setEditor(TaskEditor *editor)
{
    m_editor = editor;
    if (editor)
        editor->messages()->addBar(this, m_messages);
}

bool PersonPage::postponeCurrent(QListView *list, PostponeMenu::Choice choice)
{
    const QModelIndex index = list->currentIndex();
    auto *model = qobject_cast<PersonTaskModel *>(list->model());
    if (!m_editor || !model || !index.isValid())
        return false;
    const core::Search::TaskHit &hit = model->taskAt(index.row());
    if (choice == PostponeMenu::Choice::Remove && !hit.task.due)
        return false;
    m_kept = KeptTask { list, hit.path, hit.task.line };
    // The view reads the page again once the editor reports the note changed.
    return m_editor
        ->setDue({ hit.path, hit.task.line, hit.task.raw, hit.task.text },
            PostponeMenu::dueChange(choice))
        .has_value();
}

void PersonPage::showTaskMenu(QListView *list, const QPoint &position)
{
    const QModelIndex index = list->indexAt(position);
    if (!index.isValid())
        return;
    list->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    if (m_editor) {
        auto *postpone = new PostponeMenu(menu);
        postpone->action(PostponeMenu::Choice::Remove)
            ->setEnabled(!index.data(PersonTaskModel::DueRole).toString().isEmpty());
        connect(postpone, &PostponeMenu::chosen, this,
            [this, list](PostponeMenu::Choice choice) { postponeCurrent(list, choice); });
        menu->addMenu(postpone);
        menu->addSeparator();
    }
    const QString path = index.data(PersonTaskModel::PathRole).toString();
    menu->addAction(tr("Open Meeting"), this, [this, path] { Q_EMIT openMeeting(path); });
    menu->popup(list->viewport()->mapToGlobal(position));
}

void PersonPage::restoreCurrentTask()
{
    if (!m_kept)
        return;
    const KeptTask kept = *m_kept;
    m_kept.reset();
    auto *model = qobject_cast<PersonTaskModel *>(kept.list->model());
    const int row = model ? model->rowOf(kept.path, kept.line) : -1;
    if (row < 0)
        return;
    kept.list->setCurrentIndex(model->index(row));
    kept.list->scrollTo(model->index(row));
}

void PersonPage::updateDecisionCount()
{
    if (m_decisions->isComplete()) {
        m_decisionHeader->setDetail(QLocale().toString(m_decisions->entryCount()));
        return;
    }
    if (!m_countStarted && m_decisions->filter()) {
        m_countStarted = true; // the first page is in: count the rest
        m_decisionCounter->count(*m_decisions->filter());
    }
    m_decisionHeader->setDetail(m_decisionCounter->isCounting()
            ? QLocale().toString(m_decisions->entryCount()) + u'+'
            : QLocale().toString(m_decisionCounter->totals().entries));
}

void PersonPage::showLoading(const QString &name)
{
    resetLists();
    m_name = name;
    m_title->setText(name);
    m_avatar->setPixmap(avatarPixmap(name, font(), palette(), devicePixelRatioF()));
    m_counts->setText(tr("Loading…"));
}

void PersonPage::resetLists()
{
    m_meetings->setMeetings({});
    m_theyOwe->setTasks({});
    m_iOwe->setTasks({});
    m_decisionCounter->cancel();
    m_countStarted = false;
    m_decisions->clear();
    m_strip->setMeetings({});
    m_counts->clear();
    for (PaneHeader *header : { m_theyOweHeader, m_iOweHeader, m_meetingHeader, m_decisionHeader })
        header->setDetail(QString());
    m_more->hide();
    m_search->setEnabled(false);
}

void PersonPage::clear(const QString &message)
{
    resetLists();
    m_name.clear();
    m_avatar->clear();
    m_title->setText(message.isEmpty() ? tr("Select a person") : message);
}

} // namespace ui
