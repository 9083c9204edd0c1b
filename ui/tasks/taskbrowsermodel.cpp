#include "ui/tasks/taskbrowsermodel.h"

#include "core/index/indexreader.h"
#include "core/query/query.h"
#include "ui/session/backgroundreader.h"
#include "ui/tasks/logging.h"
#include "ui/tasks/taskstatusdelegate.h"
#include "ui/widgets/priorityglyph.h"
#include "ui/widgets/theme.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace ui {

namespace {

const char *const kBucketLabels[] = { "Overdue", "Today", "This week", "Later", "No date" };

bool prepareAndRun(QSqlQuery &q, const QString &text, const QVariantList &binds)
{
    if (!q.prepare(text)) {
        qCWarning(lcTasks) << "task browser: cannot prepare" << q.lastError().text();
        return false;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcTasks) << "task browser: query failed" << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

TaskBrowserModel::TaskBrowserModel(QObject *parent)
    : GroupedTreeModel(parent)
    , m_request(new AsyncRequest(this))
{ }

TaskBrowserModel::~TaskBrowserModel() = default;

QStringList TaskBrowserModel::defaultStates()
{
    return { QStringLiteral("todo"), QStringLiteral("in_progress"), QStringLiteral("proposed"),
        QStringLiteral("forwarded") };
}

QStringList TaskBrowserModel::allStates()
{
    return defaultStates() + QStringList { QStringLiteral("done"), QStringLiteral("cancelled") };
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
    if (!where(filter, error))
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
    const auto w = m_db.isOpen() ? where(m_filter, &m_error) : std::nullopt;
    if (!w) {
        m_request->cancel();
        applyIds({});
        return;
    }
    m_request->run<Ids>(
        [text = idsStatement(*w), binds = w->binds, grouping = m_grouping](
            const QSqlDatabase &db, const auto &) { return loadIds(db, text, binds, grouping); },
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

std::optional<TaskBrowserModel::Where> TaskBrowserModel::where(const Filter &filter, QString *error) const
{
    QString queryError;
    const auto query = core::Query::parse(filter.query, &queryError, m_today);
    if (!query) {
        if (error)
            *error = queryError;
        return std::nullopt;
    }
    const core::Query::Sql sql = query->taskSql();
    Where w { QStringLiteral("(") + sql.where + QStringLiteral(")"), sql.binds };
    const auto add = [&w](const QString &condition, const QVariantList &binds) {
        w.sql += QStringLiteral(" AND ") + condition;
        w.binds += binds;
    };
    QStringList states = filter.states;
    states.removeDuplicates();
    if (!states.isEmpty() && states.size() < allStates().size()) {
        QVariantList binds;
        for (const QString &state : states)
            binds << state;
        add(QStringLiteral("t.state IN (") + core::Query::placeholders(states.size()) + u')', binds);
    }
    if (filter.owner.compare(u"none", Qt::CaseInsensitive) == 0)
        add(QStringLiteral("t.owner IS NULL"), {});
    else if (!filter.owner.trimmed().isEmpty())
        add(QStringLiteral("t.owner = ? COLLATE NOCASE"), { filter.owner.trimmed() });
    if (QString tag = filter.tag.trimmed(); !tag.isEmpty()) {
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        // The note's tags include its tasks' own.
        add(QStringLiteral("EXISTS (SELECT 1 FROM note_tags nt WHERE nt.note_id = n.id AND nt.tag = ?)"), { tag });
    }
    const QString today = m_today.toString(Qt::ISODate);
    switch (filter.due) {
    case DueRange::Any:
        break;
    case DueRange::Overdue:
        add(QStringLiteral("+t.due < ?"), { today }); // most tasks: a scan beats the index (see core::Query)
        break;
    case DueRange::Today:
        add(QStringLiteral("t.due = ?"), { today });
        break;
    case DueRange::ThisWeek:
        add(QStringLiteral("t.due >= ? AND t.due <= ?"),
            { today, m_today.addDays(7 - m_today.dayOfWeek()).toString(Qt::ISODate) });
        break;
    case DueRange::Next30Days:
        add(QStringLiteral("t.due >= ? AND t.due <= ?"), { today, m_today.addDays(30).toString(Qt::ISODate) });
        break;
    case DueRange::NoDate:
        add(QStringLiteral("t.due IS NULL"), {});
        break;
    }
    return w;
}

QString TaskBrowserModel::groupExpression() const
{
    switch (m_grouping) {
    case Grouping::DueBucket:
        return QStringLiteral("CASE WHEN t.due IS NULL THEN 4 WHEN t.due < :today THEN 0 WHEN t.due = :today"
                              " THEN 1 WHEN t.due <= :weekEnd THEN 2 ELSE 3 END, NULL");
    case Grouping::Owner:
        return QStringLiteral("COALESCE(t.owner, ''), NULL");
    case Grouping::Meeting:
        return QStringLiteral("n.id, n.title || CASE WHEN n.date IS NULL THEN '' ELSE ' · ' || n.date END");
    }
    return {};
}

QString TaskBrowserModel::orderBy() const
{
    static const char *const columns[] = { "t.state", "t.text COLLATE NOCASE",
        "t.owner IS NULL, t.owner COLLATE NOCASE", "t.due IS NULL, t.due",
        "CASE t.priority WHEN 'highest' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2"
        " WHEN 'normal' THEN 3 WHEN 'low' THEN 4 ELSE 5 END",
        "n.title COLLATE NOCASE", "n.date IS NULL, n.date" };
    const QString direction = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString group;
    switch (m_grouping) {
    case Grouping::DueBucket:
        group = QStringLiteral("2"); // the bucket column
        break;
    case Grouping::Owner:
        group = QStringLiteral("t.owner IS NULL, t.owner COLLATE NOCASE");
        break;
    case Grouping::Meeting:
        group = QStringLiteral("n.date IS NULL, n.date DESC, n.path");
        break;
    }
    QString column = QString::fromLatin1(columns[m_sortColumn]);
    column.replace(u',', direction + u',');
    return group + QStringLiteral(", ") + column + direction + QStringLiteral(", t.note_id, t.line");
}

QString TaskBrowserModel::idsStatement(const Where &w) const
{
    // Named placeholders for the buckets would mix with the query's positional ones: inline them.
    QString groupBy = groupExpression();
    groupBy.replace(QStringLiteral(":today"), u'\'' + m_today.toString(Qt::ISODate) + u'\'');
    groupBy.replace(QStringLiteral(":weekEnd"),
        u'\'' + m_today.addDays(7 - m_today.dayOfWeek()).toString(Qt::ISODate) + u'\'');
    return QStringLiteral("SELECT t.id, ") + groupBy
        + QStringLiteral(" FROM tasks t JOIN notes n ON n.id = t.note_id WHERE ") + w.sql
        + QStringLiteral(" ORDER BY ") + orderBy();
}

// Runs on the reader's thread: nothing here may touch the model.
TaskBrowserModel::Ids TaskBrowserModel::loadIds(
    const QSqlDatabase &db, const QString &text, const QVariantList &binds, Grouping grouping)
{
    Ids out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareAndRun(q, text, binds)) {
        out.error = q.lastError().text();
        return out;
    }
    QVariant previous;
    while (q.next()) {
        const QVariant key = q.value(1);
        if (out.groups.isEmpty() || key != previous) {
            const QVariant extra = grouping == Grouping::Meeting ? q.value(2) : QVariant();
            out.groups.append({ groupLabel(grouping, key, extra), int(out.ids.size()), 0 });
            previous = key;
        }
        out.ids.append(q.value(0).toLongLong());
        ++out.groups.last().count;
    }
    return out;
}

QString TaskBrowserModel::groupLabel(Grouping grouping, const QVariant &key, const QVariant &extra)
{
    switch (grouping) {
    case Grouping::DueBucket:
        return QString::fromLatin1(kBucketLabels[std::clamp(key.toInt(), 0, 4)]);
    case Grouping::Owner:
        return key.toString().isEmpty() ? QStringLiteral("No owner") : key.toString();
    case Grouping::Meeting:
        return extra.toString();
    }
    return {};
}

bool TaskBrowserModel::loadPage(int page) const
{
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, int(m_ids.size()));
    QVariantList binds;
    for (int row = first; row < last; ++row)
        binds << m_ids.at(row);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString text = QStringLiteral("SELECT t.id, n.path, n.title, n.date, ") + core::IndexReader::taskColumns()
        + QStringLiteral(" FROM tasks t JOIN notes n ON n.id = t.note_id WHERE t.id IN (")
        + core::Query::placeholders(binds.size()) + u')';
    if (!prepareAndRun(q, text, binds))
        return false;
    QHash<qint64, Row> byId;
    while (q.next()) {
        Row row { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            core::IndexReader::taskFromQuery(q, 4) };
        byId.insert(row.id, std::move(row));
    }
    QVector<Row> rows(last - first);
    for (int row = first; row < last; ++row)
        rows[row - first] = byId.value(m_ids.at(row));
    m_pages.insert(page, std::move(rows));
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
        && column != TaskColumns::PriorityColumn)
        return QString(row.path + u':' + QString::number(task.line) + u'\n' + task.raw.trimmed());
    switch (column) {
    case TaskColumns::StatusColumn:
        if (role == Qt::DecorationRole)
            return TaskStatusDelegate::glyphIcon(task.state, QGuiApplication::palette());
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return taskStateLabel(task.state);
        return {};
    case TaskColumns::TextColumn:
        return role == Qt::DisplayRole ? QVariant(task.text) : QVariant();
    case TaskColumns::OwnerColumn:
        return role == Qt::DisplayRole ? QVariant(task.owner.value_or(QString())) : QVariant();
    case TaskColumns::DueColumn:
        if (role == Qt::DisplayRole)
            return task.due.value_or(QString());
        if (role == Qt::ForegroundRole && core::isOverdue(task, m_today))
            return QBrush(Theme::warning(QGuiApplication::palette()));
        return {};
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

QVariant TaskBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    return TaskColumns::headerData(section, role);
}

} // namespace ui
