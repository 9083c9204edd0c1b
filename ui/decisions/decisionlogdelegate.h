// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace ui {

// A decision of the vault's log. The first decision of a meeting also draws the meeting above
// itself (date, title and the people as chips); decisions stated several times in their note
// carry a "stated N×" pill. Clicking a person's chip emits personClicked.
class DecisionLogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DecisionLogDelegate(QObject *parent = nullptr);
    ~DecisionLogDelegate() override;
    Q_DISABLE_COPY_MOVE(DecisionLogDelegate)

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The chips of the meeting header of `index` drawn in `cell`, by person.
    static QList<QPair<QString, QRect>> chipRects(
        const QRect &cell, const QFont &font, const QModelIndex &index);

Q_SIGNALS:
    void personClicked(const QString &name);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    static int headerHeight(const QFontMetrics &metrics, const QModelIndex &index);
    static void paintHeader(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index);
    static int paintPill(QPainter *painter, const QStyleOptionViewItem &option, const QRect &body,
        int merged);
};

} // namespace ui
