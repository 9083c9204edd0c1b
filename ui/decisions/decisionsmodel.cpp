// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionsmodel.h"

namespace ui {

DecisionsModel::DecisionsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

DecisionsModel::~DecisionsModel() = default;

void DecisionsModel::setDecisions(const QStringList &decisions)
{
    if (decisions == m_decisions)
        return;
    beginResetModel();
    m_decisions = decisions;
    endResetModel();
}

int DecisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

QVariant DecisionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TextRole:
        return m_decisions.at(index.row());
    case NumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> DecisionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { TextRole, "text" }, { NumberRole, "number" } });
    return names;
}

} // namespace ui
