#include "decisionlogmodel.h"

namespace ui {

DecisionLogModel::DecisionLogModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

DecisionLogModel::~DecisionLogModel() = default;

void DecisionLogModel::setEntries(const QList<core::DecisionLog::Entry> &entries)
{
    m_fetching = true; // views fetch on reset: not before it is over
    beginResetModel();
    m_entries = entries;
    m_shown = std::min(int(m_entries.size()), kPageSize);
    m_meetings = 0;
    m_merged = 0;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (firstOfMeeting(row))
            ++m_meetings;
        if (m_entries.at(row).merged > 1)
            ++m_merged;
    }
    endResetModel();
    m_fetching = false;
}

void DecisionLogModel::clear()
{
    setEntries({});
}

bool DecisionLogModel::firstOfMeeting(int row) const
{
    return row == 0 || m_entries.at(row - 1).path != m_entries.at(row).path;
}

int DecisionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

bool DecisionLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_shown < m_entries.size();
}

void DecisionLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = std::min(int(m_entries.size()), m_shown + kPageSize);
    // Views and testers ask for more while rows are being inserted: one page at a time.
    m_fetching = true;
    beginInsertRows(QModelIndex(), m_shown, last - 1);
    m_shown = last;
    endInsertRows();
    m_fetching = false;
}

QVariant DecisionLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::DecisionLog::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return entry.text;
    case Qt::ToolTipRole:
        return QString(entry.title + QStringLiteral(" · ") + entry.date.value_or(QString())
            + (entry.merged > 1 ? QStringLiteral("\nStated %1 times in this note").arg(entry.merged)
                                : QString())
            + QStringLiteral("\nDouble-click to open the meeting"));
    case PathRole:
        return entry.path;
    case TitleRole:
        return entry.title;
    case DateRole:
        return entry.date.value_or(QString());
    case PeopleRole:
        return entry.people;
    case MergedRole:
        return entry.merged;
    case FirstOfMeetingRole:
        return firstOfMeeting(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> DecisionLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { TextRole, "text" }, { PathRole, "path" }, { TitleRole, "title" },
        { DateRole, "date" }, { PeopleRole, "people" }, { MergedRole, "merged" },
        { FirstOfMeetingRole, "firstOfMeeting" } });
    return names;
}

} // namespace ui
