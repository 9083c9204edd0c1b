#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace core {

// The search language shared by the CLI and the GUI. Terms are ANDed:
//   person:"Alon Horev"  owner:Bob  tag:apollo  type:people  status:open|done|proposed|…
//   due:2025-11  due:<2025-11-01  due:overdue  due:today  due:none  after:2025-10-01  before:…
//   -term (negation)  "quoted phrase"  bare words (full text)
class Query final
{
public:
    struct Term
    {
        QString key; // empty for full text
        QString value;
        bool negated = false;
        bool quoted = false; // full text in quotes: a phrase, matched as written, never as a prefix
    };

    // A WHERE clause with its bound values; columns are from "notes n" (and "tasks t" for tasks).
    struct Sql
    {
        QString where;
        QVariantList binds;
    };

    // nullopt for an invalid query, with what is wrong (for the user) in `error`.
    static std::optional<Query> parse(const QString &text, QString *error = nullptr,
                                      const QDate &today = QDate::currentDate());

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }
    Sql taskSql() const;
    Sql noteSql() const;

    static QStringList keys();
    // "?, ?, ?": `count` positional parameters, for an IN (…) list built beside a query.
    static QString placeholders(qsizetype count);

private:
    QList<Term> m_terms;
    QDate m_today;
};

} // namespace core
