// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"
#include "core/query/taskqueries.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/taskroles.h"
#include "ui/widgets/groupedtreemodel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>

namespace ui {

class AsyncRequest;
class BackgroundReader;

// Every task of the vault that passes the filter, in groups (due bucket, owner or meeting), as a
// two-level tree: groups at the top, tasks below. Only the ordered task ids (8 bytes a task) are
// held; the tasks themselves are read from the index a page at a time when a view asks for them
// and kept in a small cache, so 200,000 tasks scroll without holding 200,000 tasks. With a
// BackgroundReader the ids are read on its thread (the rows shown stay until they come, then
// loaded() is emitted); without one, at once. With a TaskEditor the Due column is editable: its
// EditRole is a QDate (invalid: none), and setData() moves the due date through the editor.
// TaskRoles answered: TaskId, Path, Line, Raw, State, TaskText, Owner, Due, Title, Blocked,
// Warnings; IsGroup and GroupCount on both levels. A blocked task's tooltip names what it waits
// for, asked of the index when the tooltip is.
class TaskBrowserModel final : public GroupedTreeModel
{
    Q_OBJECT
public:
    // All seven TaskColumns.
    static constexpr int ColumnCount = TaskColumns::DateColumn + 1;

    using Grouping = core::TaskQueries::Grouping;
    using DueRange = core::TaskQueries::DueRange;
    using Filter = core::TaskQueries::Filter;
    using Row = core::TaskQueries::Row;

    explicit TaskBrowserModel(QObject *parent = nullptr);
    ~TaskBrowserModel() override;
    Q_DISABLE_COPY_MOVE(TaskBrowserModel)

    static QStringList defaultStates(); // the open ones
    static QStringList allStates();
    static constexpr int kPageSize = 256;
    static constexpr int kMaxPages = 40;

    void setDatabase(const QSqlDatabase &db);
    QSqlDatabase database() const { return m_db; }
    // Reads the ids on `reader`'s thread (nullptr: at once, here). Set before the database.
    void setReader(BackgroundReader *reader);
    // Without an editor the model is read-only.
    void setEditor(TaskEditor *editor);
    // True while the ids of a new filter are being read.
    bool isLoading() const;
    // False with the query's error when the search text does not parse (the model is unchanged).
    bool setFilter(const Filter &filter, QString *error = nullptr);
    Filter filter() const { return m_filter; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setToday(const QDate &today);
    // Runs the query again (after index changes).
    void reload();

    int totalCount() const { return int(m_ids.size()); }
    int groupCount() const override { return int(m_groups.size()); }
    int childCount(int group) const override { return m_groups.at(group).count; }
    QString error() const { return m_error; }
    std::optional<Row> rowAt(const QModelIndex &index) const;
    // Every task passing the filter (all groups), in order; for export and triage.
    QList<Row> rows(int limit = -1, const QStringList &onlyStates = {}) const;
    // The index of the task with `id`, or an invalid one.
    QModelIndex indexOfTask(qint64 id) const;
    // The index of the task on `line` of `path` as the index holds it now, or an invalid one.
    QModelIndex indexOfTask(const QString &path, int line) const;
    // What a write of the task at `index` expects to find; nullopt for a group.
    std::optional<TaskRef> taskRef(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The tasks of the current filter are in (at once without a reader).
    void loaded();

private:
    struct Group
    {
        QString label;
        int first = 0;
        int count = 0;
    };
    struct Ids
    {
        QVector<qint64> ids;
        QList<Group> groups;
        QString error;
    };

    static Ids loadIds(const QSqlDatabase &db, const Filter &filter,
        const core::TaskQueries::Order &order, const QDate &today);
    void applyIds(Ids ids);
    static QString groupLabel(Grouping grouping, const core::TaskQueries::Group &group);
    const Row *cachedRow(int flatRow) const;
    bool loadPage(int page) const;
    QVariant groupData(int group, int column, int role) const override;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant childData(int group, int row, int column, int role) const override;
    QVariant taskData(const Row &row, int column, int role) const;
    QVariant textData(const Row &row, int role) const;
    QVariant taskRoleData(const Row &row, int role) const;
    QVariant dueData(const core::Task &task, int role) const;
    Qt::ItemFlags childFlags(int group, int row, int column) const override;

    QSqlDatabase m_db;
    Filter m_filter;
    Grouping m_grouping = Grouping::DueBucket;
    int m_sortColumn = TaskColumns::DueColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QDate m_today = QDate::currentDate();
    QVector<qint64> m_ids;
    QList<Group> m_groups;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently loaded first
    QString m_error;
    AsyncRequest *m_request = nullptr;
    QPointer<TaskEditor> m_editor;
};

} // namespace ui
