// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/shell/viewswitcher.h"

#include <QList>
#include <QObject>

namespace ui {

class DecisionsView;
class PeopleView;
class TasksView;
class TimelineView;
class VaultSession;
class VaultView;

// The vault-wide views of one session (Tasks, People, Decisions, Timeline): creates them in the
// switcher's pages, passes them the search query, refreshes them when the index changes (a view
// that is not on screen reads when it is next shown), and forwards their requests to the window.
class VaultViews final : public QObject
{
    Q_OBJECT
public:
    explicit VaultViews(ViewSwitcher *switcher, QObject *parent = nullptr);
    ~VaultViews() override;
    Q_DISABLE_COPY_MOVE(VaultViews)

    // Replaces the views with new ones over `session` (nullptr: none). Call before the old session
    // goes away.
    void setSession(VaultSession *session);
    TasksView *tasksView() const;
    PeopleView *peopleView() const;
    DecisionsView *decisionsView() const;
    TimelineView *timelineView() const;

    // Shows a view by name (ViewSwitcher::name, or "triage" and "duplicates" for the Tasks view's
    // modes); false for an unknown name.
    bool show(const QString &name);
    // True while the view on screen reads the index in the background.
    bool isLoading() const;

public Q_SLOTS:
    void setQuery(const QString &query);
    void onIndexChanged();

Q_SIGNALS:
    void openMeeting(const QString &path);
    void openInObsidian(const QString &path);
    void queryRequested(const QString &query);
    // The view on screen finished reading.
    void currentLoaded();

private:
    void add(ViewSwitcher::View place, VaultView *view);
    template<typename View> View *find() const;

    ViewSwitcher *m_switcher = nullptr;
    QList<VaultView *> m_views; // pages of the switcher, which deletes them
    QString m_query;
};

} // namespace ui
