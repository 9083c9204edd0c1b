// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskfilterbar.h"

#include "ui/tasks/taskroles.h"
#include "ui/tasks/taskstatusdelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ui {

TaskFilterBar::TaskFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    const QStringList open = TaskBrowserModel::defaultStates();
    for (const QString &state : TaskBrowserModel::allStates()) {
        const core::TaskState value = core::stateFromName(state).value_or(core::TaskState::Other);
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip_") + state);
        chip->setCheckable(true);
        chip->setChecked(open.contains(state));
        chip->setAutoRaise(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIcon(TaskStatusDelegate::glyphIcon(value, palette()));
        chip->setText(taskStateLabel(value));
        chip->setProperty("state", state);
        connect(chip, &QToolButton::toggled, this, &TaskFilterBar::filterChanged);
        layout->addWidget(chip);
        m_chips.append(chip);
    }
    layout->addSpacing(8);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_owner->setPlaceholderText(tr("Owner (or none)"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setMaximumWidth(150);
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setPlaceholderText(QStringLiteral("#tag"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setMaximumWidth(120);
    m_due = new QComboBox(this);
    m_due->setObjectName(QStringLiteral("dueFilter"));
    m_due->setAccessibleName(tr("Filter by due date"));
    m_due->addItems({ tr("Any due date"), tr("Overdue"), tr("Due today"),
        tr("Due this week"), tr("Next 30 days"), tr("No due date") });
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupBy"));
    m_group->setAccessibleName(tr("Group tasks"));
    m_group->addItems({ tr("Group by due"), tr("Group by owner"),
        tr("Group by meeting") });
    for (QWidget *w : { static_cast<QWidget *>(m_owner), static_cast<QWidget *>(m_tag),
             static_cast<QWidget *>(m_due) })
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(m_group);
    connect(m_owner, &QLineEdit::editingFinished, this, &TaskFilterBar::filterChanged);
    connect(m_tag, &QLineEdit::editingFinished, this, &TaskFilterBar::filterChanged);
    connect(m_due, &QComboBox::currentIndexChanged, this, &TaskFilterBar::filterChanged);
    connect(m_group, &QComboBox::currentIndexChanged, this, &TaskFilterBar::groupingChanged);
}

TaskFilterBar::~TaskFilterBar() = default;

TaskBrowserModel::Filter TaskFilterBar::filter() const
{
    TaskBrowserModel::Filter filter;
    filter.states.clear();
    for (const QToolButton *chip : m_chips) {
        if (chip->isChecked())
            filter.states << chip->property("state").toString();
    }
    filter.owner = m_owner->text().trimmed();
    filter.tag = m_tag->text().trimmed();
    filter.due = TaskBrowserModel::DueRange(m_due->currentIndex());
    return filter;
}

TaskBrowserModel::Grouping TaskFilterBar::grouping() const
{
    return TaskBrowserModel::Grouping(m_group->currentIndex());
}

QToolButton *TaskFilterBar::stateChip(const QString &state) const
{
    for (QToolButton *chip : m_chips) {
        if (chip->property("state").toString() == state)
            return chip;
    }
    return nullptr;
}

} // namespace ui
