// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/vocabulary.h"

#include "core/query/runread.h"

#include <QSqlQuery>

namespace core {

namespace {
const QString kCannotRead = QStringLiteral("cannot read the index");
} // namespace

Vocabulary::Vocabulary(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<QStringList> Vocabulary::column(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!runRead(q, sql, {}, kCannotRead, &m_error))
        return std::nullopt;
    QStringList values;
    while (q.next()) {
        const QString value = q.value(0).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

std::optional<Vocabulary::Words> Vocabulary::words()
{
    const auto people = column(QStringLiteral(
        "SELECT name FROM (SELECT name, count(*) AS uses FROM note_people GROUP BY name COLLATE "
        "NOCASE"
        " UNION ALL SELECT owner, count(*) FROM tasks WHERE owner IS NOT NULL GROUP BY owner "
        "COLLATE NOCASE)"
        " GROUP BY name COLLATE NOCASE ORDER BY sum(uses) DESC, name COLLATE NOCASE"));
    const auto tags = column(QStringLiteral("SELECT tag FROM note_tags GROUP BY tag COLLATE NOCASE"
                                            " ORDER BY count(*) DESC, tag COLLATE NOCASE"));
    const auto types = column(
        QStringLiteral("SELECT type FROM notes WHERE type IS NOT NULL GROUP BY type COLLATE NOCASE"
                       " ORDER BY count(*) DESC, type COLLATE NOCASE"));
    if (!people || !tags || !types)
        return std::nullopt;
    return Words { *people, *tags, *types };
}

std::optional<int> Vocabulary::noteCount()
{
    QSqlQuery q(m_db);
    if (!runRead(q, QStringLiteral("SELECT count(*) FROM notes"), {}, kCannotRead, &m_error))
        return std::nullopt;
    if (!q.next()) {
        m_error = kCannotRead;
        return std::nullopt;
    }
    return q.value(0).toInt();
}

} // namespace core
