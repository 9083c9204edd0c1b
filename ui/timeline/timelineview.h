// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/session/vaultview.h"

#include <QDate>
#include <QMap>
#include <QString>

class QComboBox;
class QLabel;
class QListView;
class QToolButton;

namespace ui {

class AsyncRequest;
class HeatMap;
class MeetingListModel;
class PaneHeader;

// A year of meetings at a glance (a heat map of meetings per day, with a year switcher) above the
// meetings of the selected day or its week. The global query decides which notes count.
class TimelineView final : public VaultView
{
    Q_OBJECT
public:
    explicit TimelineView(VaultSession *session, QWidget *parent = nullptr);
    ~TimelineView() override;
    Q_DISABLE_COPY_MOVE(TimelineView)

    HeatMap *heatMap() const { return m_heatMap; }
    MeetingListModel *meetingModel() const { return m_model; }
    QListView *meetingList() const { return m_list; }
    QComboBox *yearBox() const { return m_yearBox; }
    // Shows the meetings of `date` (or of its week) and selects it on the heat map.
    void selectDate(const QDate &date);
    void setWeekMode(bool week);
    bool weekMode() const;

protected:
    // The meetings per day, counted in the background.
    void reload() override;
    bool isReading() const override;

private:
    QWidget *buildYearBar();
    void showYear(int year);
    void stepYear(int delta);
    void updateYearBox();
    void updateSummary();
    void showCounts(const QMap<QDate, int> &counts);
    void showMeetings();
    QDate defaultDate(int year) const;

    QComboBox *m_yearBox = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_summary = nullptr;
    HeatMap *m_heatMap = nullptr;
    PaneHeader *m_listHeader = nullptr;
    QToolButton *m_weekButton = nullptr;
    QListView *m_list = nullptr;
    MeetingListModel *m_model = nullptr;
    AsyncRequest *m_request = nullptr;
};

} // namespace ui
