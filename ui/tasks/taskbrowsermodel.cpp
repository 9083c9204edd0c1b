#include "ui/tasks/taskbrowsermodel.h"

#include "ui/session/backgroundreader.h"
#include "ui/tasks/logging.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/tasks/tasktablemodel.h"
#include "ui/widgets/priorityglyph.h"
#include "ui/widgets/theme.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

namespace ui {

namespace {

const char *const kBucketLabels[] = { "Overdue", "Today", "This week", "Later", "No date" };
// A column sorts by the key of the same number.
static_assert(int(core::TaskQueries::SortKey::State) == TaskBrowserModel::StatusColumn
    && int(core::TaskQueries::SortKey::Date) == TaskBrowserModel::DateColumn);

} // namespace

TaskBrowserModel::TaskBrowserModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_request(new AsyncRequest(this))
{ }

TaskBrowserModel::~TaskBrowserModel() = default;

QStringList TaskBrowserModel::defaultStates()
{
    return core::TaskQueries::openStates();
}

QStringList TaskBrowserModel::allStates()
{
    return core::TaskQueries::allStates();
}

void TaskBrowserModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_request->setFallback(db);
    reload();
}

void TaskBrowserModel::setReader(BackgroundReader *reader)
{
    m_request->cancel();
    m_request->setReader(reader);
}

bool TaskBrowserModel::isLoading() const
{
    return m_request->isRunning();
}

bool TaskBrowserModel::setFilter(const Filter &filter, QString *error)
{
    if (!core::TaskQueries::check(filter, m_today, error))
        return false;
    m_filter = filter;
    reload();
    return true;
}

void TaskBrowserModel::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping)
        return;
    m_grouping = grouping;
    reload();
}

void TaskBrowserModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void TaskBrowserModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void TaskBrowserModel::reload()
{
    m_error.clear();
    if (!m_db.isOpen() || !core::TaskQueries::check(m_filter, m_today, &m_error)) {
        m_request->cancel();
        applyIds({});
        return;
    }
    const core::TaskQueries::Order order { m_grouping, core::TaskQueries::SortKey(m_sortColumn),
        m_sortOrder };
    m_request->run<Ids>([filter = m_filter, order, today = m_today](const QSqlDatabase &db,
                            const auto &) { return loadIds(db, filter, order, today); },
        [this](Ids ids) { applyIds(std::move(ids)); });
}

void TaskBrowserModel::applyIds(Ids ids)
{
    beginResetModel();
    m_ids = std::move(ids.ids);
    m_groups = std::move(ids.groups);
    m_pages.clear();
    m_pageOrder.clear();
    if (!ids.error.isEmpty())
        m_error = ids.error;
    endResetModel();
    Q_EMIT loaded();
}

// Runs on the reader's thread: nothing here may touch the model.
TaskBrowserModel::Ids TaskBrowserModel::loadIds(const QSqlDatabase &db, const Filter &filter,
    const core::TaskQueries::Order &order, const QDate &today)
{
    Ids out;
    core::TaskQueries queries(db);
    const auto found = queries.ids(filter, order, today);
    if (!found) {
        out.error = queries.error();
        return out;
    }
    out.ids = found->ids;
    for (const core::TaskQueries::Group &group : found->groups)
        out.groups.append({ groupLabel(order.grouping, group), group.first, group.count });
    return out;
}

QString TaskBrowserModel::groupLabel(Grouping grouping, const core::TaskQueries::Group &group)
{
    switch (grouping) {
    case Grouping::DueBucket:
        return QString::fromLatin1(kBucketLabels[std::clamp(int(group.bucket), 0, 4)]);
    case Grouping::Owner:
        return group.name.isEmpty() ? QStringLiteral("No owner") : group.name;
    case Grouping::Meeting:
        return group.name;
    }
    return {};
}

bool TaskBrowserModel::loadPage(int page) const
{
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, int(m_ids.size()));
    auto rows = core::TaskQueries(m_db).rows(m_ids.mid(first, last - first));
    if (!rows)
        return false; // core::lcQuery has said why
    m_pages.insert(page, std::move(*rows));
    m_pageOrder.append(page);
    while (m_pageOrder.size() > kMaxPages)
        m_pages.remove(m_pageOrder.takeFirst());
    return true;
}

const TaskBrowserModel::Row *TaskBrowserModel::cachedRow(int flatRow) const
{
    if (flatRow < 0 || flatRow >= m_ids.size())
        return nullptr;
    const int page = flatRow / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.cend()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    }
    return &it->at(flatRow - page * kPageSize);
}

std::optional<TaskBrowserModel::Row> TaskBrowserModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || index.model() != this)
        return std::nullopt;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const Row *row = cachedRow(group.first + index.row());
    return row && row->id != 0 ? std::optional<Row>(*row) : std::nullopt;
}

QList<TaskBrowserModel::Row> TaskBrowserModel::rows(int limit, const QStringList &onlyStates) const
{
    QList<Row> result;
    for (int flat = 0; flat < m_ids.size() && (limit < 0 || result.size() < limit); ++flat) {
        const Row *row = cachedRow(flat);
        if (row && row->id != 0
            && (onlyStates.isEmpty() || onlyStates.contains(core::stateName(row->task.state))))
            result.append(*row);
    }
    return result;
}

QModelIndex TaskBrowserModel::indexOfTask(qint64 id) const
{
    const qsizetype flat = m_ids.indexOf(id);
    if (flat < 0)
        return {};
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        if (flat >= group.first && flat < group.first + group.count)
            return createIndex(int(flat - group.first), 0, quintptr(g + 1));
    }
    return {};
}

QModelIndex TaskBrowserModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TaskBrowserModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TaskBrowserModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_groups.at(parent.row()).count;
}

int TaskBrowserModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

bool TaskBrowserModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TaskBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case IsGroupRole:
            return true;
        case GroupCountRole:
            return group.count;
        default:
            return groupData(group, index.column(), role);
        }
    }
    if (role == IsGroupRole)
        return false;
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const Row *row = cachedRow(group.first + index.row());
    if (!row)
        return {};
    if (role >= Qt::UserRole)
        return taskRoleData(*row, role);
    return taskData(*row, index.column(), role);
}

QVariant TaskBrowserModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TextColumn)
            return QStringLiteral("%1  (%2)").arg(group.label).arg(group.count);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (group.label == QLatin1String(kBucketLabels[0]) && m_grouping == Grouping::DueBucket)
            return QBrush(Theme::warning(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant TaskBrowserModel::taskRoleData(const Row &row, int role) const
{
    switch (role) {
    case TaskIdRole:
        return row.id;
    case PathRole:
        return row.path;
    case LineRole:
        return row.task.line;
    case RawRole:
        return row.task.raw;
    case StateRole:
        return int(row.task.state);
    case TaskTextRole:
        return row.task.text;
    case OwnerRole:
        return row.task.owner.value_or(QString());
    case DueRole:
        return row.task.due.value_or(QString());
    case TitleRole:
        return row.title;
    case GroupCountRole:
        return 0;
    default:
        return {};
    }
}

QVariant TaskBrowserModel::taskData(const Row &row, int column, int role) const
{
    const core::Task &task = row.task;
    if (role == Qt::ToolTipRole && column != StatusColumn && column != PriorityColumn)
        return QString(row.path + u':' + QString::number(task.line) + u'\n' + task.raw.trimmed());
    switch (column) {
    case StatusColumn:
        if (role == Qt::DecorationRole)
            return TaskStatusDelegate::glyphIcon(task.state, QGuiApplication::palette());
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return TaskTableModel::stateLabel(task.state);
        return {};
    case TextColumn:
        return role == Qt::DisplayRole ? QVariant(task.text) : QVariant();
    case OwnerColumn:
        return role == Qt::DisplayRole ? QVariant(task.owner.value_or(QString())) : QVariant();
    case DueColumn:
        if (role == Qt::DisplayRole)
            return task.due.value_or(QString());
        if (role == Qt::ForegroundRole && isOverdue(task))
            return QBrush(Theme::warning(QGuiApplication::palette()));
        return {};
    case PriorityColumn:
        if (role == Qt::DecorationRole)
            return PriorityGlyph::icon(task.priority);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return PriorityGlyph::label(task.priority);
        return {};
    case MeetingColumn:
        return role == Qt::DisplayRole ? QVariant(row.title) : QVariant();
    case DateColumn:
        if (role == Qt::DisplayRole)
            return row.date;
        if (role == Qt::ForegroundRole)
            return QBrush(Theme::muted(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

bool TaskBrowserModel::isOverdue(const core::Task &task) const
{
    return task.due && core::isOpenState(task.state) && *task.due < m_today.toString(Qt::ISODate);
}

QVariant TaskBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    static const char *const titles[] = { "", "Task", "Owner", "Due", "", "Meeting", "Date" };
    static const char *const tips[] = { "Status", "Task", "Owner", "Due date", "Priority", "Meeting", "Meeting date" };
    if (role == Qt::DisplayRole)
        return QString::fromLatin1(titles[section]);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return QString::fromLatin1(tips[section]);
    return {};
}

Qt::ItemFlags TaskBrowserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace ui
