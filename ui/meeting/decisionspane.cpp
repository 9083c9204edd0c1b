#include "ui/meeting/decisionspane.h"

#include "ui/decisions/decisionsdelegate.h"
#include "ui/decisions/decisionsmodel.h"
#include "ui/widgets/paneheader.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

DecisionsPane::DecisionsPane(QWidget *parent)
    : QWidget(parent)
    , m_header(new PaneHeader(QStringLiteral("Decisions"), this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(QStringLiteral("No decisions recorded"), this))
    , m_model(new DecisionsModel(this))
{
    setObjectName(QStringLiteral("decisionsPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("decisionsList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DecisionsDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QStringLiteral("Copy"), m_view);
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
    m_header->setDetail(decisions.isEmpty() ? QString() : QString::number(decisions.size()));
    m_empty->setText(hasNote ? QStringLiteral("No decisions recorded") : QString());
    m_stack->setCurrentWidget(decisions.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
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
