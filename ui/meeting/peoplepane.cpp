// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/peoplepane.h"

#include "core/model/task.h"
#include "ui/people/peopledelegate.h"
#include "ui/people/peoplemodel.h"
#include "ui/session/identityeditor.h"
#include "ui/widgets/paneheader.h"

#include <QAction>
#include <QListView>

namespace ui {

PeoplePane::PeoplePane(QWidget *parent)
    : Pane(tr("People"), parent)
    , m_view(new QListView(this))
    , m_model(new PeopleModel(this))
{
    setObjectName(QStringLiteral("peoplePane"));
    setContent(m_view);

    m_view->setObjectName(QStringLiteral("peopleList"));
    m_view->setAccessibleName(tr("People in this meeting"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PeopleDelegate(m_view));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setUniformItemSizes(true);
    m_view->setTabKeyNavigation(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setToolTip(
        tr("Double-click or press Enter to see every meeting with this person"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *show = new QAction(tr("Show All Meetings with This Person"), m_view);
    connect(show, &QAction::triggered, this, [this] {
        if (m_view->currentIndex().isValid())
            Q_EMIT personActivated(m_view->currentIndex().data(PeopleModel::NameRole).toString());
    });
    m_view->addAction(show);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT personActivated(index.data(PeopleModel::NameRole).toString());
    });
    showPeople({}, {}, false);
}

PeoplePane::~PeoplePane() = default;

void PeoplePane::showPeople(
    const QStringList &participants, const QList<core::Task> &tasks, bool hasNote)
{
    m_model->setIdentity(IdentityEditor::loadIdentity());
    m_model->setMeeting(participants, tasks);
    updateState(hasNote);
}

// The identity may have changed in the People view while this pane was hidden.
void PeoplePane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    m_model->setIdentity(IdentityEditor::loadIdentity());
    updateState(m_hasNote);
}

void PeoplePane::updateState(bool hasNote)
{
    m_hasNote = hasNote;
    const int count = m_model->rowCount();
    header()->setDetail(count > 0 ? QString::number(count) : QString());
    if (count > 0)
        showContent();
    else
        showEmpty(hasNote ? tr("No people listed") : QString());
}

void PeoplePane::clear()
{
    showPeople({}, {}, false);
}

} // namespace ui
