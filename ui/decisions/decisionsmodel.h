// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace ui {

// The decisions of one note, numbered in file order.
class DecisionsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        TextRole = Qt::UserRole,
        NumberRole, // 1-based
    };
    Q_ENUM(Roles)

    explicit DecisionsModel(QObject *parent = nullptr);
    ~DecisionsModel() override;
    Q_DISABLE_COPY_MOVE(DecisionsModel)

    void setDecisions(const QStringList &decisions);
    QStringList decisions() const { return m_decisions; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QStringList m_decisions;
};

} // namespace ui
