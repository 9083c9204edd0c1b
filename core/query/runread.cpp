// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/runread.h"

#include "core/query/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace core {

bool runRead(QSqlQuery &q, const QString &text, const QVariantList &binds, const QString &what,
    QString *error)
{
    q.setForwardOnly(true);
    const bool ok = q.prepare(text) && [&] {
        for (const QVariant &value : binds)
            q.addBindValue(value);
        return q.exec();
    }();
    if (ok)
        return true;
    *error = what + QStringLiteral(": ") + q.lastError().text();
    qCWarning(lcQuery) << *error << text;
    return false;
}

} // namespace core
