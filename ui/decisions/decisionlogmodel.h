// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/query.h"
#include "core/views/decisionlog.h"

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <optional>

namespace ui {

class AsyncRequest;
class BackgroundReader;

// Decisions across the vault (core::DecisionLog entries, newest meeting first). A log is read a
// page at a time as views ask for more (canFetchMore/fetchMore): opening it reads the newest
// notes only, and entries are kept only once they were scrolled to. A list known whole (a
// person's decisions) is handed to views a page at a time too.
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

    // Pages are read on `reader`'s thread; without one, at once from `db`.
    void setReader(BackgroundReader *reader);
    void setDatabase(const QSqlDatabase &db);
    // Starts over with the decisions of `query` (and `text`, see core::DecisionLog::entries).
    // The rows shown stay until the first page of the new log is in.
    void load(const core::Query &query, const QString &text = {});
    // The same over the notes `filter` keeps (a WHERE clause over "notes n").
    void load(const core::Query::Sql &filter, const QString &text = {});
    // Of the last load(); nullopt after setEntries().
    const std::optional<core::Query::Sql> &filter() const { return m_filter; }
    QString text() const { return m_text; }
    // A list known whole.
    void setEntries(const QList<core::DecisionLog::Entry> &entries);
    void clear();

    // A page is being read.
    bool isLoading() const;
    // Every entry of the log is in the model (shown or not).
    bool isComplete() const { return m_complete; }
    QString error() const { return m_error; }
    // Of the entries in the model so far (all of them once isComplete()).
    int entryCount() const { return int(m_entries.size()); }
    int meetingCount() const { return m_meetings; }
    int mergedCount() const { return m_merged; }
    const core::DecisionLog::Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page of a load() arrived (the first one resets the model), or reading it failed (error()).
    void pageLoaded();

private:
    struct Page
    {
        QList<core::DecisionLog::Entry> entries;
        core::DecisionLog::Cursor cursor;
        QString error;
        bool ok = false;
    };

    void readPage(bool first);
    void applyPage(Page page, bool first);
    void reset(QList<core::DecisionLog::Entry> entries, int shown);
    void countFrom(int row);
    bool firstOfMeeting(int row) const;

    AsyncRequest *m_request = nullptr;
    std::optional<core::Query::Sql> m_filter; // of the log being read, if any
    QString m_text;
    core::DecisionLog::Cursor m_cursor; // where its next page starts
    QList<core::DecisionLog::Entry> m_entries;
    QString m_error;
    int m_shown = 0;
    int m_meetings = 0;
    int m_merged = 0;
    bool m_complete = true;
    bool m_fetching = false;
};

} // namespace ui
