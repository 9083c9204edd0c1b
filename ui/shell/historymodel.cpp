// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/historymodel.h"

#include <QLocale>

namespace ui {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

HistoryModel::~HistoryModel() = default;

void HistoryModel::setEntries(const QList<core::Journal::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Journal::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return QString(entry.path + u':' + QString::number(entry.line) + QStringLiteral("\n− ")
            + entry.oldText.trimmed() + QStringLiteral("\n+ ") + shownAfter(entry, QStringLiteral("\n+ ")));
    case PathRole:
        return entry.path;
    case LineRole:
        return entry.line;
    case BeforeRole:
        return entry.oldText;
    case AfterRole:
        return entry.newText;
    case UndoneRole:
        return entry.undone;
    case BatchRole:
        return entry.batch;
    default:
        return {};
    }
}

// A completion may leave two lines (the next occurrence above the completed one) or none.
QString HistoryModel::shownAfter(const core::Journal::Entry &entry, const QString &separator)
{
    if (entry.newText.isEmpty())
        return tr("(line removed)");
    QStringList lines = entry.newText.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(separator);
}

QVariant HistoryModel::displayData(const core::Journal::Entry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case NoteColumn:
        return entry.path.section(u'/', -1);
    case LineColumn:
        return entry.line;
    case ChangeColumn:
        return QString(entry.oldText.trimmed() + QStringLiteral("  →  ") + shownAfter(entry, QStringLiteral("  ⏎  ")));
    case StateColumn:
        return entry.undone ? tr("Undone") : tr("Applied");
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case NoteColumn:
        return tr("Note");
    case LineColumn:
        return tr("Line");
    case ChangeColumn:
        return tr("Before → After");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({ { PathRole, "path" }, { LineRole, "line" }, { BeforeRole, "before" },
        { AfterRole, "after" }, { UndoneRole, "undone" }, { BatchRole, "batch" } });
    return names;
}

} // namespace ui
