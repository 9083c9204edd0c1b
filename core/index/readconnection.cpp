// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/readconnection.h"

#include "core/index/logging.h"
#include "core/index/sqlfunctions.h"

#include <QSqlError>
#include <QSqlQuery>

namespace core {

ReadConnection::ReadConnection(const QString &indexPath)
    : m_indexPath(indexPath)
    , m_name(QStringLiteral("vaultview-reader-%1").arg(quintptr(this), 0, 16))
{ }

ReadConnection::~ReadConnection()
{
    close();
}

bool ReadConnection::open()
{
    if (QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen())
        return true;
    QSqlDatabase db = QSqlDatabase::contains(m_name)
        ? QSqlDatabase::database(m_name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_indexPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const char *pragma :
        { "PRAGMA query_only = 1", "PRAGMA cache_size = -16384", "PRAGMA temp_store = FILE" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = q.lastError().text();
            qCWarning(lcIndex) << "read connection:" << pragma << "failed:" << m_error;
            db.close();
            return false;
        }
    }
    if (!SqlFunctions::install(db, &m_error)) {
        qCWarning(lcIndex) << "read connection: cannot add the SQL functions:" << m_error;
        db.close();
        return false;
    }
    m_error.clear();
    return true;
}

void ReadConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReadConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace core
