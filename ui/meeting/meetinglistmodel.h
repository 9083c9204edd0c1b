// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/meetingqueries.h"
#include "core/query/search.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSqlDatabase>

namespace ui {

class AsyncRequest;
class BackgroundReader;

// Every note matching the search, newest first or by title, with a section (month or initial)
// per row. It fetches lazily: a search reads only the ids (and a section key) of the matching
// notes; the details of rows (core::Search::NoteRow) are read a page at a time when a view asks
// for them, and only a few pages are kept. Note bodies are never held.
// With a BackgroundReader, a new search shows its first rows at once (a cheap prefix read on
// this thread) and the ids of the rest are read on the reader's thread, then appended; a
// refresh reads them there too. Until then isComplete() is false.
class MeetingListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        PathRole = Qt::UserRole,
        TitleRole,
        DateRole, // "YYYY-MM-DD" or empty
        TypeRole,
        TaskCountRole,
        OpenCountRole, // open tasks that are not proposed
        ProposedCountRole,
        HasWarningsRole,
        SectionRole, // "October 2025", "No date", or an initial in title order
        FirstInSectionRole,
        NoteIdRole,
    };
    Q_ENUM(Roles)

    enum class Order { Date, Title };
    Q_ENUM(Order)

    explicit MeetingListModel(QObject *parent = nullptr);
    ~MeetingListModel() override;
    Q_DISABLE_COPY_MOVE(MeetingListModel)

    // Reads from `db` (an invalid database empties the model).
    void setDatabase(const QSqlDatabase &db);
    // Reads whole lists on `reader`'s thread (nullptr: here, at once). Set before the database.
    void setReader(BackgroundReader *reader);
    // False while the rest of the list is being read in the background.
    bool isComplete() const { return m_complete; }
    // False, with the model unchanged, for a query that does not parse; `error` says why.
    bool setQueryText(const QString &text, QString *error = nullptr);
    QString queryText() const { return m_queryText; }
    void setOrder(Order order);
    Order order() const { return m_order; }
    // Re-runs the query. Rows whose order is unchanged are updated in place (views keep their
    // selection); anything else resets the model.
    bool refresh();
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOfPath(const QString &path) const;
    QString pathAt(int row) const;

    static QString sectionLabel(const core::Search::NoteRow &row, Order order);

    static constexpr int kPageSize = 128;
    // The newest notes a new search looks at before it shows its first rows.
    static constexpr int kPrefixWindow = 4096;
    static constexpr int kMaxPages = 24;
    // Pages of row details read so far (tests and benchmarks).
    int cachedPageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    // The whole list is known (after a search or refresh, at once or from the background).
    void refreshed();

private:
    bool reload(bool newSearch);
    bool showPrefix(const core::Query &query);
    void applyKeys(QList<core::MeetingQueries::Key> keys);
    const core::Search::NoteRow *rowAt(int row) const;
    bool firstInSection(int row) const;
    void updateInPlace(const QList<core::MeetingQueries::Key> &keys);
    core::MeetingQueries::Order queryOrder() const;

    QSqlDatabase m_db;
    QString m_queryText;
    Order m_order = Order::Date;
    QList<core::MeetingQueries::Key> m_keys;
    mutable QHash<int, QList<core::Search::NoteRow>> m_pages; // page number → rows
    mutable QList<int> m_pageUse; // least recently used first
    QString m_error;
    AsyncRequest *m_request = nullptr;
    bool m_complete = true;
    bool m_prefixShown = false; // m_keys are the first rows of a search, its rest not known yet
};

} // namespace ui
