// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ui {

// A person: an initials avatar, the name, and their role and task count in this meeting.
class PeopleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PeopleDelegate(QObject *parent = nullptr);
    ~PeopleDelegate() override;
    Q_DISABLE_COPY_MOVE(PeopleDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A stable colour per name, readable on `palette`.
    static QColor avatarColor(const QString &name, const QPalette &palette);
};

} // namespace ui
