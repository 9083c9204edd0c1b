// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;

namespace ui {

// Qt 6.4 has no announcement event: when the data of a view's current row changes (a task ticked
// off with Space), the focused cell's accessible name changes, and a screen reader speaks the
// focused object's new name. This sends that NameChanged event, which Qt's views do not.
class FocusAnnouncer final : public QObject
{
    Q_OBJECT
public:
    // Watches `view` (and the model it has now); it lives as long as the view.
    static FocusAnnouncer *watch(QAbstractItemView *view);

Q_SIGNALS:
    // The focused cell's new name was sent to screen readers.
    void announced(const QString &name);

private:
    explicit FocusAnnouncer(QAbstractItemView *view);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QAbstractItemView *m_view = nullptr;
};

} // namespace ui
