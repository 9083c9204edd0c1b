// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/note.h"

#include <QSqlDatabase>
#include <QVariant>
#include <functional>
#include <optional>

class QSqlQuery;

namespace core {

// Reads notes and tasks back out of the index as the note model.
class IndexReader final
{
public:
    explicit IndexReader(const QSqlDatabase &db);

    // Visits every note in path order (UTF-8 byte order), tasks included.
    bool forEachNote(const std::function<void(const Note &)> &visit);
    std::optional<Note> note(const QString &path);
    std::optional<qint64> noteId(const QString &path);
    QString error() const { return m_error; }

    // The columns that taskFromQuery() expects, in order, for use in other queries.
    // A column that may be NULL (SQL NULL: nullopt).
    static std::optional<QString> optionalString(const QVariant &value);
    static QString taskColumns(const QString &alias = QStringLiteral("t"));
    static Task taskFromQuery(const QSqlQuery &query, int firstColumn = 0);
    static QString noteColumns(const QString &alias = QStringLiteral("n"));
    static Note noteFromQuery(const QSqlQuery &query, int firstColumn = 0);

private:
    bool fail(const QSqlQuery &query);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
