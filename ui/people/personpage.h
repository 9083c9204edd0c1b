// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/views/peopledirectory.h"
#include "ui/session/postponemenu.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QSqlDatabase;

namespace ui {

class BackgroundReader;
class DecisionCounter;
class DecisionLogModel;
class MeetingStrip;
class MessageBar;
class PaneHeader;
class PersonMeetingModel;
class PersonTaskModel;
class TaskEditor;

// Everything between me and one person, to prepare a 1:1: their meetings on a time strip and as
// a list, what they owe me, what I owe them, and the decisions of their meetings. The lists hold
// the newest few (a "Show more" button asks for more); decisions are read as they are scrolled to.
// With a TaskEditor, a task's context menu postpones it (the page is then read again by its view,
// and the task stays current).
class PersonPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PersonPage(QWidget *parent = nullptr);
    ~PersonPage() override;
    Q_DISABLE_COPY_MOVE(PersonPage)

    // Where the decisions are read (on `reader`'s thread; without one, at once from `db`).
    void setSource(BackgroundReader *reader, const QSqlDatabase &db);
    void setEditor(TaskEditor *editor);
    // Postpones the current task of `list` (theyOweList() or iOweList()).
    bool postponeCurrent(QListView *list, PostponeMenu::Choice choice);
    void setPage(const core::PeopleDirectory::PersonPage &page);
    // The page of `name` is being read: their name over empty lists.
    void showLoading(const QString &name);
    // No person: an empty page with `message`.
    void clear(const QString &message = QString());
    QString name() const { return m_name; }
    QString countsText() const;

    MeetingStrip *strip() const { return m_strip; }
    PersonMeetingModel *meetingModel() const { return m_meetings; }
    PersonTaskModel *theyOweModel() const { return m_theyOwe; }
    PersonTaskModel *iOweModel() const { return m_iOwe; }
    DecisionLogModel *decisionModel() const { return m_decisions; }
    QListView *meetingList() const { return m_meetingList; }
    QListView *theyOweList() const { return m_theyOweList; }
    QListView *iOweList() const { return m_iOweList; }
    QListView *decisionList() const { return m_decisionList; }
    DecisionCounter *decisionCounter() const { return m_decisionCounter; }
    // Shown when a list holds fewer than all (meetings, tasks): asks for longer lists.
    QPushButton *moreButton() const { return m_more; }

Q_SIGNALS:
    void openMeeting(const QString &path);
    void queryRequested(const QString &query);
    void moreRequested();

private:
    QWidget *buildHeader();
    QWidget *section(PaneHeader *header, QListView *view);
    QListView *makeList(const QString &objectName, int pathRole);
    void updateHeader(const core::PeopleDirectory::PersonPage &page);
    void updateDecisionCount();
    void resetLists();
    void showTaskMenu(QListView *list, const QPoint &position);
    void restoreCurrentTask();

    QString m_name;
    QLabel *m_avatar = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_counts = nullptr;
    QPushButton *m_search = nullptr;
    MeetingStrip *m_strip = nullptr;
    PaneHeader *m_theyOweHeader = nullptr;
    PaneHeader *m_iOweHeader = nullptr;
    PaneHeader *m_meetingHeader = nullptr;
    PaneHeader *m_decisionHeader = nullptr;
    PersonMeetingModel *m_meetings = nullptr;
    PersonTaskModel *m_theyOwe = nullptr;
    PersonTaskModel *m_iOwe = nullptr;
    DecisionLogModel *m_decisions = nullptr;
    DecisionCounter *m_decisionCounter = nullptr;
    QPushButton *m_more = nullptr;
    MessageBar *m_messages = nullptr; // a refused edit of one of their tasks
    bool m_countStarted = false; // the decisions of the page are being (or were) counted
    QListView *m_meetingList = nullptr;
    QListView *m_theyOweList = nullptr;
    QListView *m_iOweList = nullptr;
    QListView *m_decisionList = nullptr;
    QPointer<TaskEditor> m_editor;
    // The task last postponed, made current again once the page is read again.
    struct KeptTask
    {
        QListView *list = nullptr;
        QString path;
        int line = 0;
    };
    std::optional<KeptTask> m_kept;
};

} // namespace ui
