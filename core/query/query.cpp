// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/query.h"

#include "core/index/vaultindex.h"
#include "core/model/task.h"
#include "core/query/taskdependencies.h"

#include <QRegularExpression>

namespace core {

namespace {

const QStringList kKeys { QStringLiteral("person"), QStringLiteral("owner"), QStringLiteral("tag"),
    QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("due"),
    QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("path"),
    QStringLiteral("is") };

const QString kOpenStates = QStringLiteral("('todo','in_progress','proposed','forwarded')");

// person: and owner: name people by any part of their names (NameMatch, as the SQL function
// vv_name_matches of core/index). Each distinct name in the vault is tried once: a skip scan
// walks the index from one name to the next (case-insensitively, as the columns compare), so
// the cost follows the number of people, not of notes, and the notes of the names found are
// then read through the same indexes as a single name's.
const QString kMatchingParticipants = QStringLiteral(
    "WITH RECURSIVE people(name) AS (SELECT min(name) FROM note_people"
    " UNION ALL SELECT (SELECT min(name) FROM note_people WHERE name > people.name)"
    " FROM people WHERE people.name IS NOT NULL)"
    " SELECT name FROM people WHERE vv_name_matches(?, name)");
const QString kMatchingOwners = QStringLiteral(
    "WITH RECURSIVE owners(name) AS (SELECT (SELECT owner FROM tasks WHERE owner COLLATE NOCASE > "
    "''"
    " ORDER BY owner COLLATE NOCASE LIMIT 1)"
    " UNION ALL SELECT (SELECT owner FROM tasks WHERE owner COLLATE NOCASE > owners.name"
    " ORDER BY owner COLLATE NOCASE LIMIT 1) FROM owners WHERE owners.name IS NOT NULL)"
    " SELECT name FROM owners WHERE vv_name_matches(?, name)");

struct Token
{
    QString text;
    qsizetype quoteAt = -1; // where the first quote opened, in `text`; -1 without quotes
};

// Splits on whitespace; quotes group words, also after a key ("person:\"Alon Horev\"").
std::optional<QList<Token>> tokenize(const QString &text, QString &error)
{
    QList<Token> tokens;
    Token current;
    bool inQuotes = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == u'"') {
            inQuotes = !inQuotes;
            if (current.quoteAt < 0)
                current.quoteAt = current.text.size();
            any = true;
        } else if (c.isSpace() && !inQuotes) {
            if (any)
                tokens.append(current);
            current = {};
            any = false;
        } else {
            current.text += c;
            any = true;
        }
    }
    if (inQuotes) {
        error = QStringLiteral("a quote is not closed");
        return std::nullopt;
    }
    if (any)
        tokens.append(current);
    return tokens;
}

// "2025", "2025-11" or "2025-11-03", checked against the calendar.
bool isDatePrefix(QStringView value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return false;
    const int month = m.hasCaptured(2) ? m.capturedView(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.capturedView(3).toInt() : 1;
    return QDate(m.capturedView(1).toInt(), month, day).isValid();
}

// A due: value that is a date: "2025-11", "<=2025-11-03" or a range "2025-11-01..2025-11-30".
bool isDueDate(QStringView value)
{
    if (const qsizetype dots = value.indexOf(u".."); dots >= 0)
        return isDatePrefix(value.first(dots)) && isDatePrefix(value.sliced(dots + 2));
    for (const QStringView op : { u"<=", u">=", u"<", u">" }) {
        if (value.startsWith(op))
            return isDatePrefix(value.sliced(op.size()));
    }
    return isDatePrefix(value);
}

QString validate(const Query::Term &term)
{
    const QString &v = term.value;
    if (v.isEmpty())
        return term.key + QStringLiteral(": needs a value");
    if (term.key == u"status" && v != u"open" && !stateFromName(v))
        return QStringLiteral("unknown status \"") + v
            + QStringLiteral("\" (use open, todo, done, in_progress, cancelled, proposed or forwarded)");
    if (term.key == u"due") {
        static const QStringList words { QStringLiteral("overdue"), QStringLiteral("today"),
                                         QStringLiteral("tomorrow"), QStringLiteral("week"),
                                         QStringLiteral("none"), QStringLiteral("any") };
        if (!words.contains(v) && !isDueDate(v))
            return QStringLiteral("due: takes a date (2025-11, 2025-11-03, <2025-11-01, 2025-11-01..2025-11-30) "
                                  "or overdue, today, tomorrow, week, none, any");
    }
    if (term.key == u"is" && !Query::isWords().contains(v))
        return QStringLiteral("is: takes ") + Query::isWords().join(QStringLiteral(" or "));
    if ((term.key == u"after" || term.key == u"before") && !isDatePrefix(v))
        return term.key + QStringLiteral(": takes a date such as 2025-10 or 2025-10-28");
    return {};
}

QString escapeLike(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return value;
}

QString ftsPhrase(const Query::Term &term)
{
    QString text = term.value;
    text.replace(u'"', QStringLiteral("\"\""));
    // A prefix of one or two letters would merge the postings of much of the vault (a prefix
    // index would slow every cold index instead): such short words match whole.
    const bool prefix = !term.quoted && text.size() > 2;
    return u'"' + text + u'"' + (prefix ? QStringLiteral("*") : QString());
}

class SqlBuilder
{
public:
    SqlBuilder(bool forTasks, const QDate &today)
        : m_tasks(forTasks)
        , m_today(today.toString(Qt::ISODate))
    {
    }

    void add(const Query::Term &term)
    {
        QVariantList binds;
        QString cond = condition(term, binds);
        if (term.negated)
            cond = QStringLiteral("NOT COALESCE((") + cond + QStringLiteral("), 0)");
        m_parts.append(u'(' + cond + u')');
        m_sql.binds += binds;
    }

    Query::Sql finish()
    {
        m_sql.where = m_parts.isEmpty() ? QStringLiteral("1") : m_parts.join(QStringLiteral(" AND "));
        return m_sql;
    }

private:
    // In the note context, a task condition becomes "some task of the note matches". An IN list is
    // built once; a correlated EXISTS would rescan the matching tasks for every note.
    // A note matches when some task of it does. A selective condition (an owner) lists its few
    // notes through an index; a broad one (a due range, a state: most of the vault's tasks) is
    // asked note by note, which costs one short index probe instead of reading every task.
    enum class Selectivity { Few, Many };
    QString taskCondition(const QString &cond, Selectivity selectivity = Selectivity::Many) const
    {
        if (m_tasks)
            return cond;
        if (selectivity == Selectivity::Few)
            return QStringLiteral("n.id IN (SELECT t.note_id FROM tasks t WHERE ") + cond + u')';
        return QStringLiteral("EXISTS (SELECT 1 FROM tasks t WHERE t.note_id = n.id AND ") + cond + u')';
    }

    // A task owner NameMatch finds for the bound value (any spelling of the names it finds).
    QString ownerCondition() const
    {
        return taskCondition(QStringLiteral("t.owner COLLATE NOCASE IN (") + kMatchingOwners + u')',
            Selectivity::Few);
    }

    QString dueCondition(const QString &v, QVariantList &b) const
    {
        const QString c = QStringLiteral("t.due");
        // An open-ended range ("overdue", "<2026-01") holds most tasks: reading them all in order
        // beats visiting each through the index on due (12x at 100,000 notes). "+" keeps it off.
        const QString unindexed = u'+' + c;
        if (v == u"overdue") {
            b << m_today;
            return unindexed + QStringLiteral(" < ? AND t.state IN ") + kOpenStates;
        }
        if (v == u"today" || v == u"tomorrow") {
            b << QDate::fromString(m_today, Qt::ISODate).addDays(v == u"today" ? 0 : 1).toString(Qt::ISODate);
            return c + QStringLiteral(" = ?");
        }
        if (v == u"week") {
            b << m_today << QDate::fromString(m_today, Qt::ISODate).addDays(7).toString(Qt::ISODate);
            return c + QStringLiteral(" >= ? AND ") + c + QStringLiteral(" <= ?");
        }
        if (v == u"none" || v == u"any")
            return c + (v == u"none" ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL"));
        if (const QStringList range = v.split(QStringLiteral("..")); range.size() == 2) {
            b << range[0] << QString(range[1] + u'~');
            return c + QStringLiteral(" >= ? AND ") + c + QStringLiteral(" <= ?");
        }
        return comparison(unindexed, v, b);
    }

    // "<2025-11", ">=2025-11-03", "2025-11": a date prefix stands for the whole period.
    static QString comparison(const QString &column, const QString &v, QVariantList &b)
    {
        static const QRegularExpression re(QStringLiteral("^(<=|>=|<|>)?(.*)$"));
        const auto m = re.match(v);
        const QString op = m.captured(1);
        const QString date = m.captured(2);
        if (op.isEmpty()) {
            b << date;
            return QStringLiteral("substr(") + column + QStringLiteral(", 1, ") + QString::number(date.size())
                + QStringLiteral(") = ?");
        }
        const bool upper = op == u">" || op == u"<=";
        b << (upper ? QString(date + u'~') : date);
        return column + u' ' + op + QStringLiteral(" ?");
    }

    QString condition(const Query::Term &term, QVariantList &b) const
    {
        const QString &k = term.key;
        const QString &v = term.value;
        if (k == u"person") {
            b << v << v;
            return QStringLiteral("n.id IN (SELECT p.note_id FROM note_people p WHERE p.name IN (")
                + kMatchingParticipants + QStringLiteral(")) OR ") + ownerCondition();
        }
        if (k == u"owner") {
            b << v;
            return ownerCondition();
        }
        if (k == u"tag") {
            b << v << QString(escapeLike(v) + QStringLiteral("/%"));
            const QString notes = QStringLiteral("n.id IN (SELECT g.note_id FROM note_tags g WHERE "
                                                 "g.tag = ? OR g.tag LIKE ? ESCAPE '\\')");
            if (!m_tasks)
                return notes;
            // A note's tags include its tasks' tags: the note narrows, the task's own list decides.
            const QString separator(VaultIndex::kListSeparator);
            b << QString(u'%' + separator + escapeLike(v) + separator + u'%')
              << QString(u'%' + separator + escapeLike(v) + QStringLiteral("/%"));
            return notes + QStringLiteral(" AND (char(31) || t.tags || char(31) LIKE ? ESCAPE '\\'"
                                          " OR char(31) || t.tags LIKE ? ESCAPE '\\')");
        }
        if (k == u"type") {
            b << v;
            return QStringLiteral("n.type = ? COLLATE NOCASE");
        }
        if (k == u"status") {
            // The note keeps these two counts: no need to visit its tasks.
            if (!m_tasks && (v == u"open" || v == u"proposed"))
                return v == u"open" ? QStringLiteral("n.open_count > 0") : QStringLiteral("n.proposed_count > 0");
            if (v == u"open")
                return taskCondition(QStringLiteral("t.state IN ") + kOpenStates);
            b << stateName(*stateFromName(v));
            return taskCondition(QStringLiteral("t.state = ?"));
        }
        if (k == u"due")
            return taskCondition(dueCondition(v, b));
        if (k == u"after" || k == u"before") {
            b << (k == u"after" ? QString(v + u'~') : v);
            return QStringLiteral("n.date ") + (k == u"after" ? u'>' : u'<') + QStringLiteral(" ?");
        }
        if (k == u"is") {
            // Both find few tasks (those with a ⛔ or a 🆔), through partial indexes.
            return taskCondition(v == u"blocked" ? TaskDependencies::blockedCondition()
                                                 : TaskDependencies::blockingCondition(),
                Selectivity::Few);
        }
        if (k == u"path") {
            b << QString(u'%' + escapeLike(v) + u'%');
            return QStringLiteral("n.path LIKE ? ESCAPE '\\'");
        }
        // Free text: the task's own words for tasks, the full-text index for notes.
        if (m_tasks) {
            b << QString(u'%' + escapeLike(v) + u'%');
            return QStringLiteral("t.text LIKE ? ESCAPE '\\'");
        }
        b << ftsPhrase(term);
        return QStringLiteral("n.fts_rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)");
    }

    const bool m_tasks;
    const QString m_today;
    QStringList m_parts;
    Query::Sql m_sql;
};

} // namespace

QString Query::placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

QString Query::forPerson(const QString &name)
{
    QString value = name;
    value.remove(u'"');
    return value.contains(u' ') ? QString(QStringLiteral("person:\"") + value + u'"')
                                : QString(QStringLiteral("person:") + value);
}

QStringList Query::keys()
{
    return kKeys;
}

QStringList Query::isWords()
{
    return { QStringLiteral("blocked"), QStringLiteral("blocking") };
}

std::optional<Query> Query::parse(const QString &text, QString *error, const QDate &today)
{
    QString problem;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Counted first: a pasted page of words is told it has too many terms, not that it is long.
    const auto tokens = tokenize(text, problem);
    if (tokens && tokens->size() > kMaxTerms)
        return fail(QStringLiteral("the query has too many terms (%1; at most %2)")
                        .arg(tokens->size())
                        .arg(kMaxTerms));
    if (text.size() > kMaxLength)
        return fail(QStringLiteral("the query is too long (%1 characters; at most %2)")
                        .arg(text.size())
                        .arg(kMaxLength));
    if (!tokens)
        return fail(problem);
    Query query;
    query.m_today = today;
    static const QRegularExpression keyed(QStringLiteral("^([A-Za-z_]+):(.*)$"));
    for (const Token &token : *tokens) {
        Term term;
        QString body = token.text;
        qsizetype quoteAt = token.quoteAt;
        // A '-' or a "key:" counts only outside quotes: "\"-x\"" and "\"tag:x\"" are phrases.
        if (body.startsWith(u'-') && body.size() > 1 && quoteAt != 0) {
            term.negated = true;
            body.remove(0, 1);
            --quoteAt;
        }
        const auto m = keyed.match(body);
        if (m.hasMatch() && (quoteAt < 0 || quoteAt > m.capturedEnd(1))) {
            term.key = m.captured(1).toLower();
            term.value = m.captured(2).trimmed();
            if (!kKeys.contains(term.key))
                return fail(QStringLiteral("unknown field \"") + m.captured(1) + QStringLiteral(":\" (use ")
                            + kKeys.join(QStringLiteral(": ")) + QStringLiteral(":)"));
            if (term.key == u"status" || term.key == u"due" || term.key == u"is")
                term.value = term.value.toLower();
            while (term.key == u"tag" && term.value.startsWith(u'#'))
                term.value.remove(0, 1);
        } else {
            term.value = body;
            term.quoted = quoteAt >= 0;
        }
        if (!term.key.isEmpty()) {
            if (const QString invalid = validate(term); !invalid.isEmpty())
                return fail(invalid);
        }
        if (term.key.isEmpty() && term.value.trimmed().isEmpty())
            continue;
        query.m_terms.append(term);
    }
    return query;
}

Query::Sql Query::taskSql() const
{
    SqlBuilder builder(true, m_today);
    for (const Term &term : m_terms)
        builder.add(term);
    return builder.finish();
}

Query::Sql Query::noteSql() const
{
    SqlBuilder builder(false, m_today);
    for (const Term &term : m_terms)
        builder.add(term);
    return builder.finish();
}

} // namespace core
