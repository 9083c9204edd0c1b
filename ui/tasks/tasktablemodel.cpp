// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/tasktablemodel.h"

#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/session/tasknotices.h"
#include "ui/widgets/priorityglyph.h"
#include "ui/widgets/theme.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

namespace ui {

namespace {

bool sameTask(const core::Task &a, const core::Task &b)
{
    return a.line == b.line && a.status == b.status && a.text == b.text && a.owner == b.owner
        && a.due == b.due && a.priority == b.priority && a.section == b.section && a.done == b.done
        && a.tags == b.tags && a.raw == b.raw && a.warnings == b.warnings;
}

bool isClosed(const core::Task &task)
{
    return task.state == core::TaskState::Done || task.state == core::TaskState::Cancelled;
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

TaskTableModel::~TaskTableModel() = default;

void TaskTableModel::setEditor(TaskEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor) {
        connect(m_editor, &TaskEditor::noteChanged, this, [this](const QString &path) {
            if (path == m_path)
                reload();
            else
                refreshBlockers(); // a task this note waits for may live there
        });
    }
    m_blockers = readBlockers(m_path);
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TaskTableModel::setNote(const QString &path, const QList<core::Task> &tasks)
{
    Blockers blockers = readBlockers(path);
    const bool sameShape = path == m_path && tasks.size() == m_tasks.size()
        && std::equal(tasks.cbegin(), tasks.cend(), m_tasks.cbegin(),
            [](const core::Task &a, const core::Task &b) { return a.line == b.line; });
    if (!sameShape) {
        beginResetModel();
        m_path = path;
        m_tasks = tasks;
        m_blockers = std::move(blockers);
        endResetModel();
        return;
    }
    // Same tasks on the same lines: update in place so that views keep their current row.
    std::swap(m_blockers, blockers); // `blockers` now holds the old ones
    for (int row = 0; row < tasks.size(); ++row) {
        const int line = tasks.at(row).line;
        if (sameTask(tasks.at(row), m_tasks.at(row))
            && blockers.value(line) == m_blockers.value(line))
            continue;
        m_tasks[row] = tasks.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

TaskTableModel::Blockers TaskTableModel::readBlockers(const QString &path) const
{
    if (!m_editor || path.isEmpty())
        return {};
    // A failed read (logged by core) shows no task as blocked.
    return core::TaskDependencies(m_editor->index().database())
        .blockersInNote(path)
        .value_or(Blockers());
}

void TaskTableModel::refreshBlockers()
{
    const Blockers old = std::exchange(m_blockers, readBlockers(m_path));
    for (int row = 0; row < m_tasks.size(); ++row) {
        const int line = m_tasks.at(row).line;
        if (old.value(line) != m_blockers.value(line))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TaskTableModel::clear()
{
    setNote(QString(), {});
}

void TaskTableModel::reload()
{
    if (!m_editor || m_path.isEmpty())
        return;
    core::IndexReader reader(m_editor->index().database());
    const auto note = reader.note(m_path);
    if (!note) {
        clear();
        return;
    }
    setNote(m_path, note->tasks);
}

void TaskTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(
            index(0, TaskColumns::DueColumn), index(rowCount() - 1, TaskColumns::DueColumn));
}

TaskRef TaskTableModel::taskRef(int row) const
{
    const core::Task &task = m_tasks.at(row);
    // An index row without its line (never the case since schema 3) makes the edit wait for a
    // re-index instead of writing blind.
    return TaskRef { m_path, task.line,
        task.raw.isEmpty() ? std::nullopt : std::optional<QString>(task.raw), task.text };
}

int TaskTableModel::rowOfLine(int line) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).line == line)
            return row;
    }
    return -1;
}

int TaskTableModel::openCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
        [](const core::Task &t) { return core::isOpenState(t.state); }));
}

int TaskTableModel::proposedCount() const
{
    return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(),
        [](const core::Task &t) { return t.state == core::TaskState::Proposed; }));
}

bool TaskTableModel::setStatus(int row, const QString &status)
{
    return setData(index(row, TaskColumns::StatusColumn), status, TaskRoles::StatusRole);
}

int TaskTableModel::setStatuses(
    const QList<std::pair<int, QString>> &rowStatuses, const QString &label)
{
    if (!m_editor)
        return 0;
    // Every reference is taken before the first write: a write changes one line's text, never
    // where the other lines are.
    QList<TaskEditor::Change> changes;
    for (const auto &[row, status] : rowStatuses) {
        if (row >= 0 && row < m_tasks.size())
            changes.append({ taskRef(row), status });
    }
    return m_editor->setStatuses(changes, label);
}

int TaskTableModel::setDues(
    const QList<int> &rows, const core::DueChange &change, const QString &label)
{
    if (!m_editor)
        return 0;
    QList<TaskRef> tasks;
    for (const int row : rows) {
        if (row >= 0 && row < m_tasks.size())
            tasks.append(taskRef(row));
    }
    return m_editor->setDues(tasks, change, label);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Task &task = m_tasks.at(index.row());
    switch (role) {
    case TaskRoles::StatusRole:
        return task.status;
    case TaskRoles::StateRole:
        return int(task.state);
    case TaskRoles::StateNameRole:
        return core::stateName(task.state);
    case TaskRoles::LineRole:
        return task.line;
    case TaskRoles::RawRole:
        return task.raw;
    case TaskRoles::OverdueRole:
        return core::isOverdue(task, m_today);
    case TaskRoles::PriorityRole:
        return task.priority;
    case TaskRoles::IsOpenRole:
        return core::isOpenState(task.state);
    case TaskRoles::TaskTextRole:
        return task.text;
    case TaskRoles::OwnerRole:
        return task.owner.value_or(QString());
    case TaskRoles::DueRole:
        return task.due.value_or(QString());
    case TaskRoles::SectionRole:
        return task.section.value_or(QString());
    case TaskRoles::BlockedRole:
        return m_blockers.contains(task.line);
    case TaskRoles::WarningsRole:
        return task.warnings;
    default:
        break;
    }
    switch (index.column()) {
    case TaskColumns::StatusColumn:
        return statusData(task, role);
    case TaskColumns::TextColumn:
        return textData(task, role);
    case TaskColumns::OwnerColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return task.owner.value_or(QString());
        return {};
    case TaskColumns::DueColumn:
        return dueData(task, role);
    case TaskColumns::PriorityColumn:
        if (role == Qt::DecorationRole)
            return PriorityGlyph::icon(task.priority);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return PriorityGlyph::label(task.priority);
        return {};
    default:
        return {};
    }
}

QVariant TaskTableModel::statusData(const core::Task &task, int role) const
{
    switch (role) {
    case Qt::EditRole:
        return task.status;
    case Qt::CheckStateRole:
        return task.state == core::TaskState::Done      ? Qt::Checked
            : task.state == core::TaskState::InProgress ? Qt::PartiallyChecked
                                                        : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        return taskStateLabel(task.state);
    case Qt::ToolTipRole: {
        QString tip = taskStateLabel(task.state);
        if (task.state == core::TaskState::Proposed)
            tip = tr("%1 — A accepts, R rejects").arg(tip);
        else
            tip = tr("%1 — click or Space toggles done").arg(tip);
        return tip;
    }
    default:
        return {};
    }
}

QVariant TaskTableModel::textData(const core::Task &task, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return task.text;
    case Qt::DecorationRole: {
        const QIcon icon = taskSignIcon(
            m_blockers.contains(task.line), !task.warnings.isEmpty(), QGuiApplication::palette());
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    case Qt::AccessibleTextRole:
        return TaskNotices::accessibleText(task, m_blockers.contains(task.line));
    case Qt::ToolTipRole: {
        QString tip = task.text;
        if (task.section)
            tip += QStringLiteral("\n\n") + tr("Section: %1").arg(*task.section);
        tip += QStringLiteral("\n") + tr("Line %1").arg(task.line);
        if (!task.tags.isEmpty())
            tip += QStringLiteral(" · #") + task.tags.join(QStringLiteral(" #"));
        const QStringList notices = TaskNotices::blockedBy(m_blockers.value(task.line))
            + TaskNotices::warnings(task.warnings);
        if (!notices.isEmpty())
            tip += QStringLiteral("\n\n") + notices.join(u'\n');
        return tip;
    }
    case Qt::FontRole:
        if (isClosed(task)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isClosed(task))
            return QBrush(Theme::muted(QGuiApplication::palette()));
        return {};
    default:
        return {};
    }
}

QVariant TaskTableModel::dueData(const core::Task &task, int role) const
{
    if (role == Qt::EditRole)
        return task.due ? QDate::fromString(*task.due, Qt::ISODate) : QDate();
    if (!task.due)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return *task.due;
    case Qt::ToolTipRole:
        return core::isOverdue(task, m_today) ? tr("Overdue: was due %1").arg(*task.due)
                                              : tr("Due %1").arg(*task.due);
    case Qt::ForegroundRole:
        if (core::isOverdue(task, m_today))
            return QBrush(Theme::warning(QGuiApplication::palette()));
        if (isClosed(task))
            return QBrush(Theme::muted(QGuiApplication::palette()));
        return {};
    case Qt::FontRole:
        if (core::isOverdue(task, m_today)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return TaskColumns::headerData(section, role);
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TaskColumns::StatusColumn && m_editor)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    if (index.column() == TaskColumns::DueColumn && m_editor)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_editor)
        return false;
    if (index.column() == TaskColumns::DueColumn && role == Qt::EditRole) {
        const QDate date = value.toDate();
        const auto change = date.isValid() ? core::DueChange::set(date) : core::DueChange::clear();
        return m_editor->setDue(taskRef(index.row()), change).has_value();
    }
    if (index.column() != TaskColumns::StatusColumn && role != TaskRoles::StatusRole)
        return false;
    QString status;
    if (role == Qt::CheckStateRole)
        status = value.value<Qt::CheckState>() == Qt::Checked ? QStringLiteral("x")
                                                              : QStringLiteral(" ");
    else if (role == Qt::EditRole || role == TaskRoles::StatusRole)
        status = value.toString();
    else
        return false;
    // On success the editor reports the change and reload() emits dataChanged for the row.
    return m_editor->setStatus(taskRef(index.row()), status);
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { TaskRoles::StatusRole, "status" }, { TaskRoles::StateRole, "state" },
        { TaskRoles::StateNameRole, "stateName" }, { TaskRoles::LineRole, "line" },
        { TaskRoles::RawRole, "raw" }, { TaskRoles::OverdueRole, "overdue" },
        { TaskRoles::PriorityRole, "priority" }, { TaskRoles::IsOpenRole, "isOpen" },
        { TaskRoles::TaskTextRole, "text" }, { TaskRoles::OwnerRole, "owner" },
        { TaskRoles::DueRole, "due" }, { TaskRoles::SectionRole, "section" },
        { TaskRoles::BlockedRole, "blocked" }, { TaskRoles::WarningsRole, "warnings" } });
    return names;
}

} // namespace ui
