// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/focusannouncer.h"

#include <QAbstractItemView>
#include <QAccessible>

namespace ui {

FocusAnnouncer *FocusAnnouncer::watch(QAbstractItemView *view)
{
    return new FocusAnnouncer(view);
}

FocusAnnouncer::FocusAnnouncer(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    if (view->model())
        connect(
            view->model(), &QAbstractItemModel::dataChanged, this, &FocusAnnouncer::onDataChanged);
}

void FocusAnnouncer::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.parent() != topLeft.parent() || current.row() < topLeft.row()
        || current.row() > bottomRight.row() || !m_view->hasFocus())
        return;
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view);
    QAccessibleInterface *cell = view ? view->focusChild() : nullptr;
    if (!cell)
        return;
    QAccessibleEvent changed(cell, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    Q_EMIT announced(cell->text(QAccessible::Name));
}

} // namespace ui
