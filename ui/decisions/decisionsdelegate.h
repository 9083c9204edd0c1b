// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ui {

// A decision: a numbered disc and the text wrapped to the view's width.
class DecisionsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DecisionsDelegate(QObject *parent = nullptr);
    ~DecisionsDelegate() override;
    Q_DISABLE_COPY_MOVE(DecisionsDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QRect textRect(const QRect &cell, const QFontMetrics &metrics);
    static int availableWidth(const QStyleOptionViewItem &option);
};

} // namespace ui
