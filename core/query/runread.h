// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace core {

// Prepares `text` on `q`, binds `binds` in order and runs it forward-only: the one way the named
// reads of core/query run a statement, so that every prepare and exec is checked. On failure
// `error` holds `what` and the driver's words, and lcQuery has logged them with the statement.
bool runRead(QSqlQuery &q, const QString &text, const QVariantList &binds, const QString &what,
    QString *error);

} // namespace core
