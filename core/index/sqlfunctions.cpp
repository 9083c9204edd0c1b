// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/sqlfunctions.h"

#include "core/index/sqlitestatement.h"
#include "core/model/namematch.h"

#include <QSqlDatabase>
#include <sqlite3.h>

namespace core {

namespace {

QString text16(sqlite3_value *value)
{
    const auto *data = static_cast<const QChar *>(sqlite3_value_text16(value));
    return data ? QString(data, sqlite3_value_bytes16(value) / 2) : QString();
}

// The query is one bound value for the whole statement: it is parsed once and kept with it.
void nameMatches(sqlite3_context *context, int, sqlite3_value **args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL || sqlite3_value_type(args[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    auto *match = static_cast<NameMatch *>(sqlite3_get_auxdata(context, 0));
    if (!match) {
        match = new NameMatch(text16(args[0]));
        sqlite3_set_auxdata(context, 0, match, [](void *p) { delete static_cast<NameMatch *>(p); });
        // SQLite may have dropped it at once (out of memory): ask for it again before use.
        match = static_cast<NameMatch *>(sqlite3_get_auxdata(context, 0));
        if (!match) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    sqlite3_result_int(context, match->matches(text16(args[1])) ? 1 : 0);
}

} // namespace

bool SqlFunctions::install(const QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = SqliteStatement::handle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("no SQLite connection");
        return false;
    }
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(
            handle, "vv_name_matches", 2, flags, nullptr, nameMatches, nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

} // namespace core
