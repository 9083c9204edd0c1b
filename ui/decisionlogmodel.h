#pragma once

#include "decisionlog.h"

#include <QAbstractListModel>

namespace ui {

// Decisions across the vault (core::DecisionLog entries, newest meeting first). Rows are handed
// to views a page at a time (canFetchMore/fetchMore), so that 100,000 notes' decisions cost
// nothing until they are scrolled to.
class DecisionLogModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        TextRole = Qt::UserRole,
        PathRole,
        TitleRole,
        DateRole, // "YYYY-MM-DD" or empty
        PeopleRole, // QStringList, the meeting's people
        MergedRole, // how many near-identical statements the row stands for
        FirstOfMeetingRole, // the first decision of its meeting: draws the meeting header
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 200;

    explicit DecisionLogModel(QObject *parent = nullptr);
    ~DecisionLogModel() override;
    Q_DISABLE_COPY_MOVE(DecisionLogModel)

    void setEntries(const QList<core::DecisionLog::Entry> &entries);
    void clear();
    // Every entry, fetched or not.
    int totalCount() const { return int(m_entries.size()); }
    int meetingCount() const { return m_meetings; }
    int mergedCount() const { return m_merged; }
    const core::DecisionLog::Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool firstOfMeeting(int row) const;

    QList<core::DecisionLog::Entry> m_entries;
    int m_shown = 0;
    int m_meetings = 0;
    int m_merged = 0;
    bool m_fetching = false;
};

} // namespace ui
