// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/notequeries.h"

#include "core/query/runread.h"

#include <QSqlQuery>

namespace core {

NoteQueries::NoteQueries(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<QString> NoteQueries::summary(const QString &path)
{
    m_error.clear();
    QSqlQuery q(m_db);
    if (!runRead(q,
            QStringLiteral("SELECT x.summary FROM notes n JOIN note_texts x ON x.note_id = n.id"
                           " WHERE n.path = ?"),
            { path }, QStringLiteral("cannot read the summary"), &m_error))
        return std::nullopt;
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace core
