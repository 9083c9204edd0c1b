#pragma once

#include "core/query/query.h"
#include "ui/session/logging.h"

#include <QString>

namespace ui {

// Whether a vault-wide view should take the search field's `query` as its new filter: it must
// parse (the search bar shows the error; the view keeps its last good filter) and differ from
// `current`, which it then replaces.
inline bool takeQuery(QString &current, const QString &query, const char *view)
{
    QString problem;
    if (!core::Query::parse(query, &problem)) {
        qCDebug(lcSession) << view << "ignores an invalid query:" << problem;
        return false;
    }
    if (query == current)
        return false;
    current = query;
    return true;
}

} // namespace ui
