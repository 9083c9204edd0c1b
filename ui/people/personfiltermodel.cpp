// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/personfiltermodel.h"

#include "ui/people/persontablemodel.h"

namespace ui {

PersonFilterModel::PersonFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

PersonFilterModel::~PersonFilterModel() = default;

void PersonFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_match = core::NameMatch(text);
    invalidateRowsFilter();
}

void PersonFilterModel::setMyNames(const QStringList &names)
{
    if (names == m_myNames)
        return;
    m_myNames = names;
    invalidateRowsFilter();
}

bool PersonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_match.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_match.matches(index.data(PersonTableModel::NameRole).toString()))
        return true;
    return index.data(PersonTableModel::IsMeRole).toBool() && m_match.matchesAny(m_myNames);
}

} // namespace ui
