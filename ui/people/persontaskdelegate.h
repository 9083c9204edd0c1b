// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ui {

// An open task between me and a person: an open box, the text, and its meeting and due date
// below in muted text (the due date in the warning colour when overdue).
class PersonTaskDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit PersonTaskDelegate(QObject *parent = nullptr);
    ~PersonTaskDelegate() override;
    Q_DISABLE_COPY_MOVE(PersonTaskDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace ui
