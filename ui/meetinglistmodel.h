#pragma once

#include "search.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace ui {

// Every note matching the search, as light core::Search::NoteRow rows (details are read only for
// the selected note), newest first or by title, with a section (month or initial) per row.
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

Q_SIGNALS:
    void refreshed();

private:
    QString sectionKey(int row) const;
    bool firstInSection(int row) const;

    QSqlDatabase m_db;
    QString m_queryText;
    Order m_order = Order::Date;
    QList<core::Search::NoteRow> m_rows;
    QString m_error;
};

} // namespace ui
