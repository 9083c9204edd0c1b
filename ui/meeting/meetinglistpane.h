#pragma once

#include "ui/meeting/meetinglistmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QStackedWidget;

namespace ui {

class PaneHeader;

// The meeting list: a header with the count and the sort order, and the list itself. It keeps
// the selected meeting selected (by path) when the model is refreshed or filtered.
class MeetingListPane final : public QWidget
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

Q_SIGNALS:
    void currentPathChanged(const QString &path);
    void orderChanged(MeetingListModel::Order order);

private:
    void onCurrentChanged(const QModelIndex &current);
    void updateState();

    MeetingListModel *m_model = nullptr;
    PaneHeader *m_header = nullptr;
    QComboBox *m_sort = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QString m_currentPath;
    QString m_pathBeforeReset;
    QString m_pendingPath; // to select again once the rest of the list is known
    QString m_emptyText;
    int m_total = -1;
};

} // namespace ui
