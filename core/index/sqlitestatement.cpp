// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace core {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    m_db = db;
    if (!db) {
        m_error = QStringLiteral("no SQLite connection");
        return false;
    }
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, const QString &text)
{
    sqlite3_bind_text16(m_stmt, index, text.isNull() ? static_cast<const void *>(u"") : text.constData(),
                        int(text.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const std::optional<QString> &text)
{
    if (text)
        bind(index, *text);
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &text)
{
    sqlite3_bind_text(m_stmt, index, text.constData() ? text.constData() : "", int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const char *text, qsizetype size)
{
    if (text)
        sqlite3_bind_text(m_stmt, index, text, int(size), SQLITE_STATIC);
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

bool SqliteStatement::exec()
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE;
    if (!ok) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_code = rc & 0xff;
    }
    sqlite3_reset(m_stmt);
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace core
