// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskbrowsermodel.h"

#include "ui/session/backgroundreader.h"
#include "ui/session/tasknotices.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/logging.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/widgets/priorityglyph.h"
#include "ui/widgets/theme.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

namespace ui {

namespace {

const char *const kBucketLabels[] = { QT_TRANSLATE_NOOP("ui::TaskBrowserModel", "Overdue"),
    QT_TRANSLATE_NOOP("ui::TaskBrowserModel", "Today"), QT_TRANSLATE_NOOP("ui::TaskBrowserModel", "This week"),
    QT_TRANSLATE_NOOP("ui::TaskBrowserModel", "Later"), QT_TRANSLATE_NOOP("ui::TaskBrowserModel", "No date") };
// A column sorts by the key of the same number.
static_assert(int(core::TaskQueries::SortKey::State) == TaskColumns::StatusColumn
    && int(core::TaskQueries::SortKey::Date) == TaskColumns::DateColumn);

} // namespace

TaskBrowserModel::TaskBrowserModel(QObject *parent)
    : GroupedTreeModel(parent)
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

void TaskBrowserModel::setEditor(TaskEditor *editor)
{
    m_editor = editor;
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
        return tr(kBucketLabels[std::clamp(int(group.bucket), 0, 4)]);
    case Grouping::Owner:
        return group.name.isEmpty() ? tr("No owner") : group.name;
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
    if (!index.isValid() || index.model() != this || isGroup(index))
        return std::nullopt;
    const Group &group = m_groups.at(groupOf(index));
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
            return childIndex(g, int(flat - group.first));
    }
    return {};
}

QModelIndex TaskBrowserModel::indexOfTask(const QString &path, int line) const
{
    if (!m_db.isOpen())
        return {};
    const auto id = core::TaskQueries(m_db).taskId(path, line);
    return id ? indexOfTask(*id) : QModelIndex();
}

std::optional<TaskRef> TaskBrowserModel::taskRef(const QModelIndex &index) const
{
    const auto row = rowAt(index);
    if (!row)
        return std::nullopt;
    return TaskRef { row->path, row->task.line, row->task.raw, row->task.text };
}

Qt::ItemFlags TaskBrowserModel::childFlags(int group, int row, int column) const
{
    Qt::ItemFlags flags = GroupedTreeModel::childFlags(group, row, column);
    if (column == TaskColumns::DueColumn && m_editor)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TaskBrowserModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_editor
        || index.column() != TaskColumns::DueColumn || role != Qt::EditRole)
        return false;
    const auto ref = taskRef(index);
    if (!ref)
        return false;
    const QDate date = value.toDate();
    // The view reads the tasks again once the editor reports the note changed.
    return m_editor
        ->setDue(*ref, date.isValid() ? core::DueChange::set(date) : core::DueChange::clear())
        .has_value();
}

int TaskBrowserModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return ColumnCount;
}

QVariant TaskBrowserModel::groupData(int group, int column, int role) const
{
    switch (role) {
    case TaskRoles::IsGroupRole:
        return true;
    case TaskRoles::GroupCountRole:
        return m_groups.at(group).count;
    default:
        return groupData(m_groups.at(group), column, role);
    }
}

QVariant TaskBrowserModel::childData(int group, int row, int column, int role) const
{
    if (role == TaskRoles::IsGroupRole)
        return false;
    const Row *task = cachedRow(m_groups.at(group).first + row);
    if (!task)
        return {};
    if (role >= Qt::UserRole)
        return taskRoleData(*task, role);
    return taskData(*task, column, role);
}

QVariant TaskBrowserModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TaskColumns::TextColumn)
            return QStringLiteral("%1  (%2)").arg(group.label).arg(group.count);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (group.label == tr(kBucketLabels[0]) && m_grouping == Grouping::DueBucket)
            return QBrush(Theme::warning(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant TaskBrowserModel::taskRoleData(const Row &row, int role) const
{
    switch (role) {
    case TaskRoles::TaskIdRole:
        return row.id;
    case TaskRoles::PathRole:
        return row.path;
    case TaskRoles::LineRole:
        return row.task.line;
    case TaskRoles::RawRole:
        return row.task.raw;
    case TaskRoles::StateRole:
        return int(row.task.state);
    case TaskRoles::TaskTextRole:
        return row.task.text;
    case TaskRoles::OwnerRole:
        return row.task.owner.value_or(QString());
    case TaskRoles::DueRole:
        return row.task.due.value_or(QString());
    case TaskRoles::TitleRole:
        return row.title;
    case TaskRoles::BlockedRole:
        return row.blocked;
    case TaskRoles::WarningsRole:
        return row.task.warnings;
    case TaskRoles::GroupCountRole:
        return 0;
    default:
        return {};
    }
}

QVariant TaskBrowserModel::taskData(const Row &row, int column, int role) const
{
    const core::Task &task = row.task;
    if (role == Qt::ToolTipRole && column != TaskColumns::StatusColumn
        && column != TaskColumns::PriorityColumn) {
        QStringList notices = TaskNotices::warnings(task.warnings);
        if (row.blocked)
            notices = TaskNotices::blockedBy(m_db, row.path, task.line) + notices;
        QString tip = row.path + u':' + QString::number(task.line) + u'\n' + task.raw.trimmed();
        if (!notices.isEmpty())
            tip += QStringLiteral("\n\n") + notices.join(u'\n');
        return tip;
    }
    switch (column) {
    case TaskColumns::StatusColumn:
        if (role == Qt::DecorationRole)
            return TaskStatusDelegate::glyphIcon(task.state, QGuiApplication::palette());
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return taskStateLabel(task.state);
        return {};
    case TaskColumns::TextColumn:
        return textData(row, role);
    case TaskColumns::OwnerColumn:
        return role == Qt::DisplayRole ? QVariant(task.owner.value_or(QString())) : QVariant();
    case TaskColumns::DueColumn:
        return dueData(task, role);
    case TaskColumns::PriorityColumn:
        if (role == Qt::DecorationRole)
            return PriorityGlyph::icon(task.priority);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return PriorityGlyph::label(task.priority);
        return {};
    case TaskColumns::MeetingColumn:
        return role == Qt::DisplayRole ? QVariant(row.title) : QVariant();
    case TaskColumns::DateColumn:
        if (role == Qt::DisplayRole)
            return row.date;
        if (role == Qt::ForegroundRole)
            return QBrush(Theme::muted(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant TaskBrowserModel::textData(const Row &row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return row.task.text;
    case Qt::DecorationRole: {
        const QIcon icon
            = taskSignIcon(row.blocked, !row.task.warnings.isEmpty(), QGuiApplication::palette());
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case Qt::AccessibleTextRole:
        return TaskNotices::accessibleText(row.task, row.blocked);
    default:
        return {};
    }
}

QVariant TaskBrowserModel::dueData(const core::Task &task, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return task.due.value_or(QString());
    case Qt::EditRole:
        return task.due ? QDate::fromString(*task.due, Qt::ISODate) : QDate();
    case Qt::ForegroundRole:
        if (core::isOverdue(task, m_today))
            return QBrush(Theme::warning(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant TaskBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    return TaskColumns::headerData(section, role);
}

} // namespace ui
