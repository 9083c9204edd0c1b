// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/completionmodel.h"

#include "core/model/namematch.h"
#include "core/query/query.h"

namespace ui {

namespace {

const QStringList kStatuses { QStringLiteral("open"), QStringLiteral("proposed"),
    QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("done"),
    QStringLiteral("cancelled"), QStringLiteral("forwarded") };
const QStringList kDueWords { QStringLiteral("overdue"), QStringLiteral("today"),
    QStringLiteral("tomorrow"), QStringLiteral("week"), QStringLiteral("none"),
    QStringLiteral("any") };

// "ho" matches "Alon Horev" (any word), "type/p" matches "type/people".
bool matches(const QString &candidate, const QString &typed)
{
    if (typed.isEmpty() || candidate.startsWith(typed, Qt::CaseInsensitive))
        return true;
    const QStringList words = candidate.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(typed, Qt::CaseInsensitive))
            return true;
    }
    return candidate.contains(u'/' + typed, Qt::CaseInsensitive);
}

} // namespace

CompletionModel::CompletionModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

CompletionModel::~CompletionModel() = default;

void CompletionModel::setVocabulary(
    const QStringList &people, const QStringList &tags, const QStringList &types)
{
    m_people = people;
    m_tags = tags;
    m_types = types;
    complete(m_word);
}

QString CompletionModel::quoted(const QString &value)
{
    QString clean = value;
    clean.remove(u'"');
    return clean.contains(u' ') ? u'"' + clean + u'"' : clean;
}

QList<CompletionModel::Row> CompletionModel::candidates(const QString &word) const
{
    QList<Row> rows;
    QString term = word;
    const QString negation = term.startsWith(u'-') ? QStringLiteral("-") : QString();
    term.remove(0, negation.size());
    const qsizetype colon = term.indexOf(u':');
    const auto add = [&](const QString &key, const QStringList &values, const QString &typed,
                         const QString &kind) {
        // People by any part of the name, as person: and owner: find them: the row shows who.
        const core::NameMatch name(typed);
        const bool byName = kind == u"person" && !name.isEmpty();
        for (const QString &value : values) {
            if (rows.size() >= kMaxRows)
                return;
            if (byName ? name.matches(value) : matches(value, typed))
                rows.append({ negation + key + u':' + quoted(value), kind });
        }
    };
    if (colon >= 0) {
        const QString key = term.left(colon).toLower();
        QString typed = term.mid(colon + 1);
        typed.remove(u'"');
        if (key == u"person" || key == u"owner")
            add(key, m_people, typed, QStringLiteral("person"));
        else if (key == u"tag")
            add(key, m_tags, typed.startsWith(u'#') ? typed.mid(1) : typed, QStringLiteral("tag"));
        else if (key == u"type")
            add(key, m_types, typed, QStringLiteral("type"));
        else if (key == u"status")
            add(key, kStatuses, typed, QStringLiteral("status"));
        else if (key == u"due")
            add(key, kDueWords, typed, QStringLiteral("due"));
        else if (key == u"is")
            add(key, core::Query::isWords(), typed, QStringLiteral("is"));
    } else if (!term.isEmpty()) {
        for (const QString &key : core::Query::keys()) {
            if (key.startsWith(term, Qt::CaseInsensitive))
                rows.append({ negation + key + u':', QStringLiteral("field") });
        }
        add(QStringLiteral("person"), m_people, term, QStringLiteral("person"));
        add(QStringLiteral("tag"), m_tags, term, QStringLiteral("tag"));
    }
    // Nothing to offer for a term that is already complete.
    rows.removeIf(
        [&word](const Row &row) { return row.insert.compare(word, Qt::CaseInsensitive) == 0; });
    return rows;
}

void CompletionModel::complete(const QString &word)
{
    m_word = word;
    beginResetModel();
    m_rows = candidates(word);
    endResetModel();
}

int CompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CompletionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case InsertRole:
        return row.insert;
    case KindRole:
        return row.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> CompletionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { InsertRole, "insert" }, { KindRole, "kind" } });
    return names;
}

} // namespace ui
