#include "ui/tasks/duplicatesmodel.h"

#include "ui/tasks/tasktablemodel.h"

#include <QFont>

namespace ui {

DuplicatesModel::DuplicatesModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

DuplicatesModel::~DuplicatesModel() = default;

void DuplicatesModel::setGroups(const QList<core::DuplicateFinder::Group> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

QModelIndex DuplicatesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(parent.isValid() ? parent.row() + 1 : 0));
}

QModelIndex DuplicatesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).tasks.size());
}

int DuplicatesModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isGroup = index.internalId() == 0;
    const int group = isGroup ? index.row() : int(index.internalId() - 1);
    switch (role) {
    case IsGroupRole:
        return isGroup;
    case GroupRole:
        return group;
    default:
        break;
    }
    if (isGroup)
        return groupData(group, index.column(), role);
    const auto &item = m_groups.at(group).tasks.at(index.row());
    switch (role) {
    case PathRole:
        return item.path;
    case LineRole:
        return item.line;
    case StateRole:
        return int(item.state);
    default:
        return itemData(item, index.column(), role);
    }
}

QVariant DuplicatesModel::groupData(int row, int column, int role) const
{
    const auto &group = m_groups.at(row);
    if (role == Qt::DisplayRole && column == TextColumn)
        return QStringLiteral("%1 similar tasks · %2% alike")
            .arg(group.tasks.size())
            .arg(qRound(group.score * 100));
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant DuplicatesModel::itemData(const core::DuplicateFinder::Item &item, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return QString(TaskTableModel::stateLabel(item.state) + QStringLiteral(" — ") + item.text);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TextColumn:
        return item.text;
    case OwnerColumn:
        return item.owner.value_or(QString());
    case DueColumn:
        return item.due.value_or(QString());
    case WhereColumn:
        return QString(item.path + u':' + QString::number(item.line));
    default:
        return {};
    }
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    static const char *const titles[] = { "Task", "Owner", "Due", "Where" };
    return QString::fromLatin1(titles[section]);
}

Qt::ItemFlags DuplicatesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace ui
