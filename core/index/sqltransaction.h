// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace core {

// A write transaction that takes SQLite's write lock at once (BEGIN IMMEDIATE), so that a
// connection never has to upgrade a read into a write half-way — the upgrade that fails with
// "database is locked" however long the busy timeout. Rolled back unless committed.
class SqlTransaction final
{
public:
    explicit SqlTransaction(const QSqlDatabase &db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool begin();
    bool commit();
    void rollback();
    // Commits and begins the next one (a long load in steps).
    bool restart() { return commit() && begin(); }
    QString error() const { return m_error; }
    // The SQLite result code (primary) of the last failure, 0 when none.
    int errorCode() const { return m_code; }

private:
    bool run(const char *statement);

    QSqlDatabase m_db;
    QString m_error;
    int m_code = 0;
    bool m_open = false;
};

} // namespace core
