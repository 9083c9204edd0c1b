// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/sqltransaction.h"

#include "core/index/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace core {

SqlTransaction::SqlTransaction(const QSqlDatabase &db)
    : m_db(db)
{ }

SqlTransaction::~SqlTransaction()
{
    rollback();
}

bool SqlTransaction::run(const char *statement)
{
    QSqlQuery q(m_db);
    if (q.exec(QString::fromLatin1(statement)))
        return true;
    m_error = q.lastError().text();
    m_code = q.lastError().nativeErrorCode().toInt() & 0xff;
    return false;
}

bool SqlTransaction::begin()
{
    m_open = run("BEGIN IMMEDIATE");
    return m_open;
}

bool SqlTransaction::commit()
{
    if (!m_open)
        return false;
    if (!run("COMMIT"))
        return false;
    m_open = false;
    return true;
}

void SqlTransaction::rollback()
{
    if (m_open && !run("ROLLBACK"))
        qCWarning(lcIndex) << "cannot roll back:" << m_error;
    m_open = false;
}

} // namespace core
