// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/meetinglistpane.h"

#include "ui/meeting/meetinglistdelegate.h"
#include "ui/widgets/paneheader.h"

#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QStyle>

namespace ui {

MeetingListPane::MeetingListPane(MeetingListModel *model, QWidget *parent)
    : Pane(tr("Meetings"), parent)
    , m_model(model)
    , m_sort(new QComboBox(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("meetingListPane"));
    setContent(m_view);
    emptyLabel()->setWordWrap(true);
    emptyLabel()->setMargin(16);

    m_sort->addItem(tr("Newest first"), int(MeetingListModel::Order::Date));
    m_sort->addItem(tr("By title"), int(MeetingListModel::Order::Title));
    m_sort->setToolTip(tr("Sort the meeting list"));
    m_sort->setAccessibleName(tr("Sort meetings"));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header()->addTool(m_sort);
    // On Linux a combo box's accessible name is its current item: Orca names it by a label.
    auto *sortLabel = new QLabel(tr("Sort meetings"), header());
    sortLabel->setBuddy(m_sort);
    sortLabel->hide();
    connect(m_sort, &QComboBox::activated, this, [this](int at) {
        Q_EMIT orderChanged(MeetingListModel::Order(m_sort->itemData(at).toInt()));
    });

    m_view->setObjectName(QStringLiteral("meetingList"));
    m_view->setAccessibleName(tr("Meetings"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MeetingListDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(false);
    // 100,000 rows are laid out a batch at a time between events, not in one long freeze.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(kLayoutBatch);
    m_view->setMouseTracking(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAttribute(Qt::WA_MacShowFocusRect, false);
    m_view->setTabKeyNavigation(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MeetingListPane::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_pathBeforeReset = m_currentPath; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QString path = m_pathBeforeReset;
        m_pathBeforeReset.clear();
        // Keep the meeting selected across refreshes and filters; the panes keep showing it
        // otherwise.
        // The rest of a search's rows may still come (MeetingListModel::isComplete).
        if (!path.isEmpty() && !selectPath(path)) {
            if (m_model->isComplete())
                selectFallback();
            else
                m_pendingPath = path;
        } else if (path.isEmpty() && m_emptied && m_model->rowCount() > 0) {
            selectRow(0);
        }
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MeetingListPane::updateState);
    connect(m_model, &MeetingListModel::refreshed, this, [this] {
        if (!m_pendingPath.isEmpty() && m_currentPath == m_pendingPath
            && !selectPath(m_pendingPath))
            selectFallback();
        else if (m_emptied && m_currentPath.isEmpty() && m_model->rowCount() > 0)
            selectRow(0);
        m_pendingPath.clear();
        updateState();
    });
    updateState();
}

MeetingListPane::~MeetingListPane() = default;

QString MeetingListPane::currentPath() const
{
    return m_currentPath;
}

bool MeetingListPane::selectPath(const QString &path)
{
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return false;
    // A meeting chosen by path (restored, filtered, asked for) is shown mid-list, not at an edge.
    const QModelIndex index = m_model->index(row, 0);
    const bool visible = m_view->viewport()->rect().contains(m_view->visualRect(index));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(
        index, visible ? QAbstractItemView::EnsureVisible : QAbstractItemView::PositionAtCenter);
    return true;
}

void MeetingListPane::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
}

void MeetingListPane::selectFallback()
{
    if (m_model->rowCount() > 0) {
        selectRow(0);
        return;
    }
    if (m_currentPath.isEmpty())
        return;
    m_emptied = true;
    m_currentPath.clear();
    Q_EMIT currentPathChanged(QString());
}

void MeetingListPane::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    updateState();
}

void MeetingListPane::setTotalCount(int total)
{
    m_total = total;
    updateState();
}

void MeetingListPane::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateState();
}

int MeetingListPane::preferredWidth(int rows) const
{
    int widest = 0;
    const int count = std::min(rows, m_model->rowCount());
    for (int row = 0; row < count; ++row)
        widest = std::max(
            widest, MeetingListDelegate::preferredWidth(m_view->font(), m_model->index(row, 0)));
    const int scrollBar = m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    return std::max(widest + scrollBar, header()->sizeHint().width());
}

void MeetingListPane::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return; // a reset: the selection is restored by path
    const QString path = current.data(MeetingListModel::PathRole).toString();
    m_emptied = false;
    if (path == m_currentPath)
        return;
    m_currentPath = path;
    Q_EMIT currentPathChanged(path);
}

void MeetingListPane::updateState()
{
    const int shown = m_model->rowCount();
    const bool filtered = !m_model->queryText().trimmed().isEmpty();
    QString detail = QString::number(shown);
    if (!m_model->isComplete())
        detail = QStringLiteral("%1+").arg(shown);
    if (filtered && m_total >= 0)
        detail = tr("%1 of %2").arg(detail).arg(m_total);
    if (m_stale)
        detail = tr("%1 · not this search").arg(detail);
    header()->setDetail(detail);
    header()->setToolTip(m_stale
            ? tr("The search is not valid: the list still shows the last valid search.")
            : QString());
    m_view->setAccessibleDescription(
        m_stale ? tr("Not filtered by the search, which is not valid") : QString());
    if (shown > 0)
        showContent();
    else
        showEmpty(!m_model->isComplete() ? tr("Searching…")
                : filtered               ? tr("No meetings match the search.")
                : m_emptyText.isEmpty()  ? tr("No meetings in this vault.")
                                         : m_emptyText);
    m_sort->setCurrentIndex(m_sort->findData(int(m_model->order())));
}

} // namespace ui
