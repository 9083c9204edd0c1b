// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

namespace core {

// The search language shared by the CLI and the GUI. Terms are ANDed:
//   person:alon  owner:"bob s" (any part of a name, see NameMatch)  tag:apollo  type:people
//   status:open|done|proposed|…
//   due:2025-11  due:<2025-11-01  due:overdue  due:today  due:none  after:2025-10-01  before:…
//   is:blocked|blocking (Obsidian Tasks' dependencies, see TaskDependencies)
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

    // A query past either limit is refused. SQLite fails at about 985 terms (an expression at most
    // 1000 deep) and at a term of about 16,700 characters (a LIKE pattern at most 50,000 bytes), but
    // its time grows with the square of the terms that probe each note's tasks (due:, status:):
    // tasks, notes and decisions for 256 "-due:week" took 70 s over 2,000 notes, for 64 took 3 s.
    static constexpr qsizetype kMaxLength = 4096; // characters (UTF-16 units)
    static constexpr qsizetype kMaxTerms = 64;

    // nullopt for an invalid query, with what is wrong (for the user) in `error`.
    static std::optional<Query> parse(const QString &text, QString *error = nullptr,
                                      const QDate &today = QDate::currentDate());

    bool isEmpty() const { return m_terms.isEmpty(); }
    const QList<Term> &terms() const { return m_terms; }
    Sql taskSql() const;
    Sql noteSql() const;

    static QStringList keys();
    // The values of is: ("blocked", "blocking").
    static QStringList isWords();
    // The query that finds one person's meetings and tasks: person:Name, quoted when it has spaces.
    static QString forPerson(const QString &name);
    // "?, ?, ?": `count` positional parameters, for an IN (…) list built beside a query.
    static QString placeholders(qsizetype count);

private:
    QList<Term> m_terms;
    QDate m_today;
};

} // namespace core
