// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/vaultview.h"

#include "core/query/query.h"
#include "ui/session/logging.h"

namespace ui {

VaultView::VaultView(VaultSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{ }

VaultView::~VaultView() = default;

void VaultView::refresh()
{
    if (!isVisible()) {
        m_stale = true; // every view reads the whole vault: only for a view on screen
        return;
    }
    m_stale = false;
    m_timer.start();
    reload();
}

void VaultView::setQuery(const QString &query)
{
    QString problem;
    if (!core::Query::parse(query, &problem)) {
        qCDebug(lcSession) << objectName() << "ignores an invalid query:" << problem;
        return;
    }
    const bool changed = query != m_query;
    m_query = query;
    queryChanged(changed);
}

void VaultView::queryChanged(bool changed)
{
    if (changed)
        refresh();
}

void VaultView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

} // namespace ui
