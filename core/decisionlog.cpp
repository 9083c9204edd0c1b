#include "decisionlog.h"

#include "jsonwriter.h"
#include "query.h"
#include "textsimilarity.h"
#include "vaultindex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace core {

namespace {

std::optional<QString> optionalString(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

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
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<Entry> out;
    for (const QStringList &cluster : std::as_const(clusters)) {
        if (words.isEmpty() || containsWords(cluster, words))
            out.append({ path, title, date, people, cluster.first(), int(cluster.size()) });
    }
    return out;
}

std::optional<QList<DecisionLog::Entry>> DecisionLog::entries(const Query &query, const QString &text,
                                                              const std::function<bool()> &cancelled)
{
    m_error.clear();
    const Query::Sql sql = query.noteSql();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString statement = QStringLiteral("SELECT n.path, n.title, n.date, n.people, n.decisions FROM notes n"
                                             " WHERE n.decisions != '' AND (")
        + sql.where + QStringLiteral(") ORDER BY n.date IS NULL, n.date DESC, n.path");
    if (!q.prepare(statement)) {
        m_error = QStringLiteral("cannot list decisions: ") + q.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &value : sql.binds)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = QStringLiteral("cannot list decisions: ") + q.lastError().text();
        return std::nullopt;
    }
    QList<Entry> out;
    TextSimilarity similarity;
    while (q.next()) {
        if (cancelled && cancelled())
            return std::nullopt;
        out += collapse(similarity, q.value(0).toString(), q.value(1).toString(), optionalString(q.value(2)),
                        VaultIndex::splitList(q.value(3).toString()), VaultIndex::splitList(q.value(4).toString()),
                        text);
    }
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

QByteArray DecisionLog::toJsonLine(const Entry &entry)
{
    JsonWriter json;
    json.beginObject()
        .field("path", entry.path)
        .field("title", entry.title)
        .field("date", entry.date)
        .field("people", entry.people)
        .field("text", entry.text)
        .field("merged", entry.merged)
        .endObject();
    return json.take();
}

QString DecisionLog::toTextLine(const Entry &entry)
{
    QString line = entry.date.value_or(QStringLiteral("----------")) + QStringLiteral("  ") + entry.text;
    if (entry.merged > 1)
        line += QStringLiteral(" (stated ") + QString::number(entry.merged) + QStringLiteral(" times)");
    return line + QStringLiteral("  [") + entry.path + u']';
}

} // namespace core
