// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/meetinglistmodel.h"

#include "core/query/query.h"
#include "ui/meeting/logging.h"
#include "ui/session/backgroundreader.h"

#include <QDate>
#include <algorithm>
#include <QLocale>

namespace ui {

namespace {

bool sameContent(const core::Search::NoteRow &a, const core::Search::NoteRow &b)
{
    return a.path == b.path && a.title == b.title && a.date == b.date && a.type == b.type
        && a.taskCount == b.taskCount && a.openCount == b.openCount
        && a.proposedCount == b.proposedCount && a.hasWarnings == b.hasWarnings;
}

QString dateOf(const core::Search::NoteRow &row)
{
    return row.date.value_or(QString());
}

const core::Search::NoteRow &emptyRow()
{
    static const core::Search::NoteRow row;
    return row;
}

} // namespace

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_request(new AsyncRequest(this))
{ }

MeetingListModel::~MeetingListModel() = default;

void MeetingListModel::setDatabase(const QSqlDatabase &db)
{
    m_request->cancel();
    beginResetModel();
    m_db = db;
    m_keys.clear();
    m_pages.clear();
    m_pageUse.clear();
    m_complete = true;
    m_prefixShown = false;
    endResetModel();
    m_request->setFallback(db);
    if (m_db.isValid())
        reload(true);
}

void MeetingListModel::setReader(BackgroundReader *reader)
{
    m_request->cancel();
    m_request->setReader(reader);
}

bool MeetingListModel::setQueryText(const QString &text, QString *error)
{
    QString problem;
    if (!core::Query::parse(text, &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    m_queryText = text;
    const bool ok = reload(true);
    if (!ok && error)
        *error = m_error;
    return ok;
}

void MeetingListModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    reload(true);
}

core::MeetingQueries::Order MeetingListModel::queryOrder() const
{
    return m_order == Order::Title ? core::MeetingQueries::Order::Title
                                   : core::MeetingQueries::Order::Date;
}

bool MeetingListModel::refresh()
{
    return reload(false);
}

// A new search replaces the rows with its first ones at once; a refresh of the same search
// keeps the rows on screen until the new list is known.
bool MeetingListModel::reload(bool newSearch)
{
    if (!m_db.isValid())
        return false;
    // Parsed again each time: relative terms such as due:overdue depend on today's date.
    const auto query = core::Query::parse(m_queryText, &m_error);
    if (!query)
        return false;
    m_error.clear();
    const bool background = m_request->reader() != nullptr;
    if (background && (newSearch || m_keys.isEmpty()) && !showPrefix(*query))
        return false;
    m_complete = false;
    using Result = std::pair<std::optional<QList<core::MeetingQueries::Key>>, QString>;
    m_request->run<Result>(
        [query = *query, order = queryOrder()](const QSqlDatabase &db, const auto &) {
            core::MeetingQueries queries(db);
            auto keys = queries.keys(query, order);
            return Result(std::move(keys), queries.error());
        },
        [this](Result result) {
            if (!result.first) {
                m_error = result.second;
                m_complete = true;
                Q_EMIT refreshed();
                return;
            }
            applyKeys(std::move(*result.first));
        });
    return m_error.isEmpty();
}

bool MeetingListModel::showPrefix(const core::Query &query)
{
    core::MeetingQueries queries(m_db);
    auto prefix = queries.prefix(query, queryOrder(), kPageSize, kPrefixWindow);
    if (!prefix) {
        m_error = queries.error();
        return false;
    }
    m_error.clear();
    beginResetModel();
    m_keys = std::move(prefix->keys);
    m_pages.clear();
    m_pageUse.clear();
    m_prefixShown = true;
    if (!prefix->rows.isEmpty()) {
        m_pages.insert(0, std::move(prefix->rows));
        m_pageUse.append(0);
    }
    endResetModel();
    return true;
}

// The whole list: appended to the first rows of a new search, updated in place when it holds the
// same notes in the same order, else it replaces the rows.
void MeetingListModel::applyKeys(QList<core::MeetingQueries::Key> keys)
{
    m_error.clear();
    m_complete = true;
    const bool extendsPrefix = m_prefixShown && keys.size() >= m_keys.size()
        && std::equal(m_keys.cbegin(), m_keys.cend(), keys.cbegin());
    m_prefixShown = false;
    const bool sameRows = keys.size() == m_keys.size()
        && std::equal(keys.cbegin(), keys.cend(), m_keys.cbegin(),
            [](const auto &a, const auto &b) { return a.id == b.id; });
    if (extendsPrefix) {
        if (keys.size() > m_keys.size()) {
            beginInsertRows(QModelIndex(), int(m_keys.size()), int(keys.size()) - 1);
            m_keys = std::move(keys);
            endInsertRows();
        }
    } else if (sameRows) {
        updateInPlace(keys);
    } else {
        beginResetModel();
        m_keys = std::move(keys);
        m_pages.clear();
        m_pageUse.clear();
        endResetModel();
    }
    Q_EMIT refreshed();
}

// Same notes in the same order: re-read the pages held and signal the rows that differ.
void MeetingListModel::updateInPlace(const QList<core::MeetingQueries::Key> &keys)
{
    QList<int> changed;
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i).section != m_keys.at(i).section)
            changed.append(i);
    }
    m_keys = keys;
    core::MeetingQueries queries(m_db);
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        const int first = it.key() * kPageSize;
        QList<qint64> ids;
        for (int i = first; i < std::min<int>(first + kPageSize, int(m_keys.size())); ++i)
            ids.append(m_keys.at(i).id);
        const auto fresh = queries.rows(ids);
        if (!fresh || fresh->size() != it->size())
            continue;
        for (int i = 0; i < fresh->size(); ++i) {
            if (!sameContent(fresh->at(i), it->at(i)))
                changed.append(first + i);
        }
        *it = *fresh;
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (const int row : std::as_const(changed)) {
        // The next row's section header depends on this row's date.
        Q_EMIT dataChanged(index(row), index(std::min(row + 1, int(m_keys.size()) - 1)));
    }
}

const core::Search::NoteRow *MeetingListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const int first = page * kPageSize;
        QList<qint64> ids;
        for (int i = first; i < std::min<int>(first + kPageSize, int(m_keys.size())); ++i)
            ids.append(m_keys.at(i).id);
        core::MeetingQueries queries(m_db);
        auto rows = queries.rows(ids);
        // A note removed since the ids were read: the page stays incomplete until the refresh.
        if (!rows || rows->size() != ids.size())
            return nullptr;
        if (m_pages.size() >= kMaxPages && !m_pageUse.isEmpty())
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, std::move(*rows));
    }
    m_pageUse.removeOne(page);
    m_pageUse.append(page);
    return &it->at(row - page * kPageSize);
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Answered from the ids alone, so that laying out 100,000 rows reads no details.
    if (role == FirstInSectionRole)
        return firstInSection(index.row());
    if (role == NoteIdRole)
        return m_keys.at(index.row()).id;
    const core::Search::NoteRow &row = [&]() -> const core::Search::NoteRow & {
        const core::Search::NoteRow *found = rowAt(index.row());
        return found ? *found : emptyRow();
    }();
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole: {
        QString tip = row.title + u'\n' + row.path;
        if (row.openCount > 0)
            tip += QStringLiteral("\n")
                + tr("%n open task(s), %1 of them proposed", nullptr, row.openCount).arg(row.proposedCount);
        if (row.hasWarnings)
            tip += QStringLiteral("\n") + tr("This note has parsing notices");
        return tip;
    }
    case PathRole:
        return row.path;
    case DateRole:
        return dateOf(row);
    case TypeRole:
        return row.type.value_or(QString());
    case TaskCountRole:
        return row.taskCount;
    case OpenCountRole:
        return std::max(0, row.openCount - row.proposedCount);
    case ProposedCountRole:
        return row.proposedCount;
    case HasWarningsRole:
        return row.hasWarnings;
    case SectionRole:
        return sectionLabel(row, m_order);
    default:
        return {};
    }
}

QHash<int, QByteArray> MeetingListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { PathRole, "path" }, { TitleRole, "title" }, { DateRole, "date" },
        { TypeRole, "type" }, { TaskCountRole, "taskCount" }, { OpenCountRole, "openCount" },
        { ProposedCountRole, "proposedCount" }, { HasWarningsRole, "hasWarnings" },
        { SectionRole, "section" }, { FirstInSectionRole, "firstInSection" },
        { NoteIdRole, "noteId" } });
    return names;
}

int MeetingListModel::rowOfPath(const QString &path) const
{
    if (path.isEmpty() || !m_db.isValid())
        return -1;
    core::MeetingQueries queries(m_db);
    const auto id = queries.idOfPath(path);
    if (!id)
        return -1;
    const auto it = std::find_if(m_keys.cbegin(), m_keys.cend(),
        [&](const core::MeetingQueries::Key &key) { return key.id == *id; });
    return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
}

QString MeetingListModel::pathAt(int row) const
{
    const core::Search::NoteRow *found = rowAt(row);
    return found ? found->path : QString();
}

QString MeetingListModel::sectionLabel(const core::Search::NoteRow &row, Order order)
{
    if (order == Order::Title) {
        const QString title = row.title.trimmed();
        return title.isEmpty() || !title.at(0).isLetter() ? QStringLiteral("#")
                                                          : title.left(1).toUpper();
    }
    const QDate date = QDate::fromString(dateOf(row), Qt::ISODate);
    if (!date.isValid())
        return tr("No date");
    return QLocale().standaloneMonthName(date.month()) + u' ' + QString::number(date.year());
}

bool MeetingListModel::firstInSection(int row) const
{
    return row == 0 || m_keys.at(row).section != m_keys.at(row - 1).section;
}

} // namespace ui
