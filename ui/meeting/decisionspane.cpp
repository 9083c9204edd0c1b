// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/decisionspane.h"

#include "ui/decisions/decisionsdelegate.h"
#include "ui/decisions/decisionsmodel.h"
#include "ui/widgets/paneheader.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>

namespace ui {

DecisionsPane::DecisionsPane(QWidget *parent)
    : Pane(tr("Decisions"), parent)
    , m_view(new QListView(this))
    , m_model(new DecisionsModel(this))
{
    setObjectName(QStringLiteral("decisionsPane"));
    setContent(m_view);
    emptyLabel()->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("decisionsList"));
    m_view->setAccessibleName(tr("Decisions of this meeting"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DecisionsDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DecisionsPane::copySelection);
    m_view->addAction(copy);
    showDecisions({}, false);
}

DecisionsPane::~DecisionsPane() = default;

void DecisionsPane::showDecisions(const QStringList &decisions, bool hasNote)
{
    m_model->setDecisions(decisions);
    header()->setDetail(decisions.isEmpty() ? QString() : QString::number(decisions.size()));
    if (decisions.isEmpty())
        showEmpty(hasNote ? tr("No decisions recorded") : QString());
    else
        showContent();
}

void DecisionsPane::clear()
{
    showDecisions({}, false);
}

void DecisionsPane::copySelection()
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows))
        lines.append(QStringLiteral("- ") + index.data(DecisionsModel::TextRole).toString());
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace ui
