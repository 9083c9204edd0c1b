// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/journal.h"

#include <QAbstractTableModel>
#include <QList>

namespace ui {

// The last writes Vaultview made to notes, newest first, as core::Journal records them.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, NoteColumn, LineColumn, ChangeColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        PathRole = Qt::UserRole,
        LineRole,
        BeforeRole,
        AfterRole,
        UndoneRole,
        BatchRole,
    };
    Q_ENUM(Roles)

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;
    Q_DISABLE_COPY_MOVE(HistoryModel)

    void setEntries(const QList<core::Journal::Entry> &entries);
    const core::Journal::Entry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayData(const core::Journal::Entry &entry, int column) const;
    static QString shownAfter(const core::Journal::Entry &entry, const QString &separator);

    QList<core::Journal::Entry> m_entries;
};

} // namespace ui
