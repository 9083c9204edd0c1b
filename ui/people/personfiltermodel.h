// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/namematch.h"

#include <QSortFilterProxyModel>
#include <QStringList>

namespace ui {

// The People directory's rows that the filter field names, as person: does in a query
// (core::NameMatch: any part of the name, any case and accent). My row also answers to my
// aliases.
class PersonFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PersonFilterModel(QObject *parent = nullptr);
    ~PersonFilterModel() override;
    Q_DISABLE_COPY_MOVE(PersonFilterModel)

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    // All of my names (core::Identity::names()): the filter matches my row by any of them.
    void setMyNames(const QStringList &names);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    core::NameMatch m_match { QStringView() }; // of m_text
    QStringList m_myNames;
};

} // namespace ui
