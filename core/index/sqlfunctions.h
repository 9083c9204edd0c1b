// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace core {

// The functions Vaultview adds to SQLite on each connection it reads the index through:
//   vv_name_matches(query, name)  1 when NameMatch(query) matches name (person:, owner:)
// core/query's SQL calls them, so every connection that runs a query must have them installed.
class SqlFunctions final
{
public:
    static bool install(const QSqlDatabase &db, QString *error = nullptr);
};

} // namespace core
