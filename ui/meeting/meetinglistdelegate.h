// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ui {

// A meeting row: title, date and type, and badges for open and proposed tasks; the first row of
// a month (or initial, in title order) also draws the section header above itself.
class MeetingListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MeetingListDelegate(QObject *parent = nullptr);
    ~MeetingListDelegate() override;
    Q_DISABLE_COPY_MOVE(MeetingListDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static int headerHeight(const QFontMetrics &metrics);
    static int rowHeight(const QFontMetrics &metrics);
    // The width that shows the row's title and badges whole, in `font`.
    static int preferredWidth(const QFont &font, const QModelIndex &index);

private:
    void paintHeader(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
        const QString &label) const;
    // Draws the badges right-aligned in `rect`; returns the width they took.
    int paintBadges(QPainter *painter, const QRect &rect, const QStyleOptionViewItem &option,
        const QModelIndex &index) const;
};

} // namespace ui
