// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/meeting/meetinglistmodel.h"
#include "ui/widgets/pane.h"

class QComboBox;
class QListView;

namespace ui {

// The meeting list: a header with the count and the sort order, and the list itself. It keeps
// the selected meeting selected (by path) when the model is refreshed or filtered.
class MeetingListPane final : public Pane
{
    Q_OBJECT
public:
    explicit MeetingListPane(MeetingListModel *model, QWidget *parent = nullptr);
    ~MeetingListPane() override;
    Q_DISABLE_COPY_MOVE(MeetingListPane)

    static constexpr int kLayoutBatch = 400;

    QListView *view() const { return m_view; }
    QComboBox *sortBox() const { return m_sort; }
    MeetingListModel *model() const { return m_model; }

    QString currentPath() const;
    // Selects and scrolls to `path`; false when it is not in the list.
    bool selectPath(const QString &path);
    void selectRow(int row);
    void setTotalCount(int total);
    void setEmptyText(const QString &text);
    // The width that shows the titles of the first `rows` meetings whole.
    int preferredWidth(int rows = 300) const;
    // Marks the list as not filtered by the query in the search field (an invalid one): it
    // still shows the last valid search.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    void currentPathChanged(const QString &path);
    void orderChanged(MeetingListModel::Order order);

private:
    void onCurrentChanged(const QModelIndex &current);
    void updateState();
    // The selected meeting is not in the list (any more): the first row, else nothing.
    void selectFallback();

    MeetingListModel *m_model = nullptr;
    QComboBox *m_sort = nullptr;
    QListView *m_view = nullptr;
    QString m_currentPath;
    QString m_pathBeforeReset;
    QString m_pendingPath; // to select again once the rest of the list is known
    QString m_emptyText;
    int m_total = -1;
    bool m_stale = false;
    bool m_emptied = false; // the search left nothing to show: show the first result that comes
};

} // namespace ui
