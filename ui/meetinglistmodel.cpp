#include "meetinglistmodel.h"

#include "query.h"
#include "uilogging.h"

#include <QDate>
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

} // namespace

MeetingListModel::MeetingListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

MeetingListModel::~MeetingListModel() = default;

void MeetingListModel::setDatabase(const QSqlDatabase &db)
{
    beginResetModel();
    m_db = db;
    m_rows.clear();
    endResetModel();
    if (m_db.isValid())
        refresh();
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
    const bool ok = refresh();
    if (!ok && error)
        *error = m_error;
    return ok;
}

void MeetingListModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    refresh();
}

bool MeetingListModel::refresh()
{
    if (!m_db.isValid())
        return false;
    // Parsed again each time: relative terms such as due:overdue depend on today's date.
    const auto query = core::Query::parse(m_queryText, &m_error);
    if (!query)
        return false;
    core::Search search(m_db);
    auto rows = search.notes(*query,
        m_order == Order::Title ? core::Search::Order::Title : core::Search::Order::DateDescending);
    if (!rows) {
        m_error = search.error();
        qCWarning(lcUi) << m_error;
        return false;
    }
    m_error.clear();
    const bool sameRows = rows->size() == m_rows.size()
        && std::equal(rows->cbegin(), rows->cend(), m_rows.cbegin(),
            [](const auto &a, const auto &b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(*rows);
        endResetModel();
    } else {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (sameContent(m_rows.at(i), rows->at(i)))
                continue;
            m_rows[i] = rows->at(i);
            // The next row's section header depends on this row's date.
            const int last = std::min(i + 1, int(m_rows.size()) - 1);
            Q_EMIT dataChanged(index(i), index(last));
        }
    }
    Q_EMIT refreshed();
    return true;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Search::NoteRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole: {
        QString tip = row.title + u'\n' + row.path;
        if (row.openCount > 0)
            tip += QStringLiteral("\n%1 open task(s), %2 of them proposed")
                       .arg(row.openCount)
                       .arg(row.proposedCount);
        if (row.hasWarnings)
            tip += QStringLiteral("\nThis note has parsing notices");
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
    case FirstInSectionRole:
        return firstInSection(index.row());
    case NoteIdRole:
        return row.id;
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
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).path == path)
            return i;
    }
    return -1;
}

QString MeetingListModel::pathAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).path : QString();
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
        return QStringLiteral("No date");
    return QLocale().standaloneMonthName(date.month()) + u' ' + QString::number(date.year());
}

// Cheaper than the label: compared for every row the view lays out.
QString MeetingListModel::sectionKey(int row) const
{
    const core::Search::NoteRow &r = m_rows.at(row);
    if (m_order == Order::Title)
        return sectionLabel(r, m_order);
    return dateOf(r).left(7);
}

bool MeetingListModel::firstInSection(int row) const
{
    return row == 0 || sectionKey(row) != sectionKey(row - 1);
}

} // namespace ui
