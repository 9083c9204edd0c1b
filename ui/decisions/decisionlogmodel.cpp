// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionlogmodel.h"

#include "ui/decisions/logging.h"
#include "ui/session/backgroundreader.h"

namespace ui {

DecisionLogModel::DecisionLogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_request(new AsyncRequest(this))
{ }

DecisionLogModel::~DecisionLogModel() = default;

void DecisionLogModel::setReader(BackgroundReader *reader)
{
    m_request->setReader(reader);
}

void DecisionLogModel::setDatabase(const QSqlDatabase &db)
{
    m_request->setFallback(db);
}

void DecisionLogModel::load(const core::Query &query, const QString &text)
{
    load(query.noteSql(), text);
}

void DecisionLogModel::load(const core::Query::Sql &filter, const QString &text)
{
    m_filter = filter;
    m_text = text;
    readPage(true);
}

void DecisionLogModel::setEntries(const QList<core::DecisionLog::Entry> &entries)
{
    m_request->cancel();
    m_filter.reset();
    m_complete = true;
    m_error.clear();
    reset(entries, std::min(int(entries.size()), kPageSize));
}

void DecisionLogModel::clear()
{
    setEntries({});
}

bool DecisionLogModel::isLoading() const
{
    return m_request->isRunning();
}

void DecisionLogModel::readPage(bool first)
{
    using Entries = QList<core::DecisionLog::Entry>;
    m_request->run<Page>(
        [filter = *m_filter, text = m_text, cursor = first ? core::DecisionLog::Cursor() : m_cursor](
            const QSqlDatabase &db, const AsyncRequest::Superseded &superseded) {
            Page page;
            page.cursor = cursor;
            core::DecisionLog log(db);
            page.ok = log.read(
                filter, text, page.cursor,
                [&page](Entries &&entries) {
                    page.entries += std::move(entries);
                    return page.entries.size() < kPageSize;
                },
                superseded);
            page.error = log.error();
            return page;
        },
        [this, first](Page page) { applyPage(std::move(page), first); });
}

void DecisionLogModel::applyPage(Page page, bool first)
{
    m_cursor = page.cursor;
    m_complete = !page.ok || m_cursor.atEnd();
    m_error = page.ok ? QString() : page.error;
    if (!page.ok)
        qCWarning(lcDecisions) << "decisions:" << m_error;
    if (first) {
        const int shown = int(page.entries.size());
        reset(std::move(page.entries), shown);
    } else if (!page.entries.isEmpty()) {
        m_fetching = true;
        const int from = int(m_entries.size());
        beginInsertRows(QModelIndex(), from, from + int(page.entries.size()) - 1);
        m_entries += std::move(page.entries);
        m_shown = int(m_entries.size());
        countFrom(from);
        endInsertRows();
        m_fetching = false;
    }
    Q_EMIT pageLoaded();
}

void DecisionLogModel::reset(QList<core::DecisionLog::Entry> entries, int shown)
{
    m_fetching = true; // views fetch on reset: not before it is over
    beginResetModel();
    m_entries = std::move(entries);
    m_shown = shown;
    m_meetings = 0;
    m_merged = 0;
    countFrom(0);
    endResetModel();
    m_fetching = false;
}

void DecisionLogModel::countFrom(int row)
{
    for (; row < m_entries.size(); ++row) {
        if (firstOfMeeting(row))
            ++m_meetings;
        if (m_entries.at(row).merged > 1)
            ++m_merged;
    }
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
    if (parent.isValid() || m_fetching)
        return false;
    return m_shown < m_entries.size() || (!m_complete && !m_request->isRunning());
}

void DecisionLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_shown == m_entries.size()) {
        readPage(false);
        return;
    }
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
            + (entry.merged > 1 ? QStringLiteral("\n") + tr("Stated %n times in this note", nullptr, entry.merged)
                                : QString())
            + QStringLiteral("\n") + tr("Double-click to open the meeting"));
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
