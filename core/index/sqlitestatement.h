// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace core {

// A prepared statement on the native handle of a Qt QSQLITE connection, for the bulk writer:
// binding through QSqlQuery costs more than SQLite's own work per row.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    // The sqlite3 handle behind a QSQLITE connection, or nullptr.
    static sqlite3 *handle(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql);
    // Indexes start at 1, as in SQLite. The text must stay alive until exec() returns.
    void bind(int index, const QString &text);
    void bind(int index, const std::optional<QString> &text);
    void bind(int index, qint64 value);
    void bindUtf8(int index, const QByteArray &text);
    // nullptr binds NULL.
    void bindUtf8(int index, const char *text, qsizetype size);
    // Runs to completion, then resets for the next row; every parameter must be bound again.
    bool exec();
    qint64 lastInsertId() const;
    QString error() const { return m_error; }
    // SQLite's primary result code of the last failure.
    int errorCode() const { return m_code; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    int m_code = 0;
};

} // namespace core
