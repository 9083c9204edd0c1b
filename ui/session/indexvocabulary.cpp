#include "ui/session/indexvocabulary.h"

#include "ui/session/backgroundreader.h"
#include "ui/session/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ui {

IndexVocabulary::IndexVocabulary(const QSqlDatabase &db)
    : m_db(db)
{ }

std::optional<QStringList> IndexVocabulary::column(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !q.exec()) {
        m_error = QStringLiteral("cannot read the index: ") + q.lastError().text();
        qCWarning(lcSession) << m_error;
        return std::nullopt;
    }
    QStringList values;
    while (q.next()) {
        const QString value = q.value(0).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

std::optional<IndexVocabulary::Words> IndexVocabulary::words()
{
    // People: note participants and task owners together, spelled as first seen.
    const auto people = column(QStringLiteral(
        "SELECT name FROM (SELECT name, count(*) AS uses FROM note_people GROUP BY name COLLATE "
        "NOCASE"
        " UNION ALL SELECT owner, count(*) FROM tasks WHERE owner IS NOT NULL GROUP BY owner "
        "COLLATE NOCASE)"
        " GROUP BY name COLLATE NOCASE ORDER BY sum(uses) DESC, name COLLATE NOCASE"));
    const auto tags = column(QStringLiteral(
        "SELECT tag FROM note_tags GROUP BY tag COLLATE NOCASE ORDER BY count(*) DESC, tag COLLATE NOCASE"));
    const auto types = column(
        QStringLiteral("SELECT type FROM notes WHERE type IS NOT NULL GROUP BY type COLLATE NOCASE"
                       " ORDER BY count(*) DESC, type COLLATE NOCASE"));
    if (!people || !tags || !types)
        return std::nullopt;
    return Words { *people, *tags, *types };
}

std::optional<int> IndexVocabulary::noteCount()
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM notes")) || !q.exec() || !q.next()) {
        m_error = QStringLiteral("cannot read the index: ") + q.lastError().text();
        qCWarning(lcSession) << m_error;
        return std::nullopt;
    }
    return q.value(0).toInt();
}

void IndexVocabulary::load(
    AsyncRequest *request, std::function<void(const Words &, int noteCount)> done)
{
    using Result = std::optional<std::pair<Words, int>>;
    request->run<Result>(
        [](const QSqlDatabase &db, const auto &) -> Result {
            IndexVocabulary vocabulary(db);
            auto words = vocabulary.words();
            const auto count = vocabulary.noteCount();
            if (!words || !count)
                return std::nullopt;
            return std::make_pair(std::move(*words), *count);
        },
        [done = std::move(done)](Result result) {
            if (result)
                done(result->first, result->second);
        });
}

} // namespace ui
