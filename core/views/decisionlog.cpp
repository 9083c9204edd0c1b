// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/views/decisionlog.h"

#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/query/query.h"
#include "core/views/textsimilarity.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace core {

namespace {

bool containsWords(const QStringList &texts, const QStringList &words)
{
    return std::any_of(texts.cbegin(), texts.cend(), [&words](const QString &text) {
        return std::all_of(words.cbegin(), words.cend(),
                           [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
    });
}

} // namespace

DecisionLog::DecisionLog(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<DecisionLog::Entry> DecisionLog::collapse(const QString &path, const QString &title,
                                                const std::optional<QString> &date, const QStringList &people,
                                                const QStringList &decisions, const QString &text)
{
    TextSimilarity similarity;
    return collapse(similarity, path, title, date, people, decisions, text);
}

QList<DecisionLog::Entry> DecisionLog::collapse(TextSimilarity &similarity, const QString &path,
                                                const QString &title, const std::optional<QString> &date,
                                                const QStringList &people, const QStringList &decisions,
                                                const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    // A cluster is kept when one of its decisions holds every word: none can when no decision does.
    if (!words.isEmpty() && !containsWords(decisions, words))
        return {};
    QList<QList<TextSimilarity::Fingerprint>> prints; // of each cluster
    QList<QStringList> clusters;
    for (const QString &decision : decisions) {
        const TextSimilarity::Fingerprint print = similarity.fingerprint(decision);
        qsizetype found = -1;
        for (qsizetype c = 0; c < clusters.size() && found < 0; ++c) {
            for (const TextSimilarity::Fingerprint &other : std::as_const(prints.at(c))) {
                if (TextSimilarity::compare(print, other).match) {
                    found = c;
                    break;
                }
            }
        }
        if (found < 0) {
            found = clusters.size();
            clusters.append(QStringList());
            prints.append(QList<TextSimilarity::Fingerprint>());
        }
        clusters[found].append(decision);
        prints[found].append(print);
    }
    QList<Entry> out;
    for (const QStringList &cluster : std::as_const(clusters)) {
        if (words.isEmpty() || containsWords(cluster, words))
            out.append({ path, title, date, people, cluster.first(), int(cluster.size()) });
    }
    return out;
}

bool DecisionLog::prepareBatch(QSqlQuery &q, const QString &where, const QVariantList &binds,
                               const Cursor &cursor, int limit)
{
    const bool dated = cursor.phase == Cursor::Phase::Dated;
    // Keyset paging: each batch starts just after the last note read, found through notes_date.
    QString after = dated ? QStringLiteral(" AND n.date IS NOT NULL") : QStringLiteral(" AND n.date IS NULL");
    if (cursor.started)
        after += dated ? QStringLiteral(" AND n.date <= ? AND (n.date < ? OR n.path > ?)")
                       : QStringLiteral(" AND n.path > ?");
    const QString statement = QStringLiteral("SELECT n.path, n.title, n.date, n.people, n.decisions FROM notes n"
                                             " WHERE n.decisions != ''")
        + after + QStringLiteral(" AND (") + where + QStringLiteral(") ORDER BY ")
        + (dated ? QStringLiteral("n.date DESC, n.path") : QStringLiteral("n.path")) + QStringLiteral(" LIMIT ")
        + QString::number(limit);
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        m_error = QStringLiteral("cannot list decisions: ") + q.lastError().text();
        return false;
    }
    if (cursor.started && dated) {
        // An empty date is a value: a null string would bind NULL, which compares with nothing.
        const QString date = cursor.date.isNull() ? QStringLiteral("") : cursor.date;
        q.addBindValue(date);
        q.addBindValue(date);
    }
    if (cursor.started)
        q.addBindValue(cursor.path);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot list decisions: ") + q.lastError().text();
        return false;
    }
    return true;
}

bool DecisionLog::read(const Query &query, const QString &text, Cursor &cursor, const NoteVisitor &visit,
                       const std::function<bool()> &cancelled)
{
    return read(query.noteSql(), text, cursor, visit, cancelled);
}

bool DecisionLog::read(const Query::Sql &sql, const QString &text, Cursor &cursor, const NoteVisitor &visit,
                       const std::function<bool()> &cancelled)
{
    m_error.clear();
    auto similarity = std::make_unique<TextSimilarity>();
    int notesInTable = 0;
    for (int limit = kFirstBatch; !cursor.atEnd(); limit = std::min(2 * limit, kMaxBatch)) {
        QSqlQuery q(m_db);
        if (!prepareBatch(q, sql.where, sql.binds, cursor, limit))
            return false;
        int rows = 0;
        for (; q.next(); ++rows) {
            if (cancelled && cancelled())
                return false;
            if (++notesInTable > kNotesPerWordTable) {
                similarity = std::make_unique<TextSimilarity>();
                notesInTable = 1;
            }
            const std::optional<QString> date = IndexReader::optionalString(q.value(2));
            cursor.started = true;
            cursor.date = date.value_or(QString());
            cursor.path = q.value(0).toString();
            if (!visit(collapse(*similarity, cursor.path, q.value(1).toString(), date,
                                VaultIndex::splitList(q.value(3).toString()),
                                VaultIndex::splitList(q.value(4).toString()), text)))
                return true;
        }
        if (q.lastError().isValid()) {
            m_error = QStringLiteral("cannot list decisions: ") + q.lastError().text();
            return false;
        }
        if (rows < limit) { // this phase is over
            cursor.phase = cursor.phase == Cursor::Phase::Dated ? Cursor::Phase::Undated : Cursor::Phase::End;
            cursor.started = false;
            cursor.date.clear();
            cursor.path.clear();
        }
    }
    return true;
}

std::optional<QList<DecisionLog::Entry>> DecisionLog::entries(const Query &query, const QString &text,
                                                              const std::function<bool()> &cancelled)
{
    return entries(query.noteSql(), text, cancelled);
}

std::optional<QList<DecisionLog::Entry>> DecisionLog::entries(const Query::Sql &filter, const QString &text,
                                                              const std::function<bool()> &cancelled)
{
    QList<Entry> out;
    Cursor cursor;
    const bool ok = read(
        filter, text, cursor,
        [&out](QList<Entry> &&entries) {
            out += std::move(entries);
            return true;
        },
        cancelled);
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<QList<DecisionLog::Entry>> DecisionLog::entries()
{
    QString error;
    const std::optional<Query> all = Query::parse(QString(), &error);
    if (!all) {
        m_error = error;
        return std::nullopt;
    }
    return entries(*all);
}

} // namespace core
