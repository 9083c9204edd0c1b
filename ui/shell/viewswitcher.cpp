// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/viewswitcher.h"

#include "ui/widgets/theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {

namespace {

struct ViewInfo
{
    const char *label;
    const char *name;
    QStyle::StandardPixmap icon;
};

const ViewInfo kViews[] = {
    { QT_TRANSLATE_NOOP("ui::ViewSwitcher", "Meetings"), "meetings", QStyle::SP_FileDialogDetailedView },
    { QT_TRANSLATE_NOOP("ui::ViewSwitcher", "Tasks"), "tasks", QStyle::SP_DialogApplyButton },
    { QT_TRANSLATE_NOOP("ui::ViewSwitcher", "People"), "people", QStyle::SP_DirHomeIcon },
    { QT_TRANSLATE_NOOP("ui::ViewSwitcher", "Decisions"), "decisions", QStyle::SP_MessageBoxInformation },
    { QT_TRANSLATE_NOOP("ui::ViewSwitcher", "Timeline"), "timeline", QStyle::SP_FileDialogListView },
};

} // namespace

ViewSwitcher::ViewSwitcher(QStackedWidget *stack, QWidget *parent)
    : QWidget(parent)
    , m_stack(stack)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("viewSwitcher"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Theme::paneBackground(pal));
    setPalette(pal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 8, 4, 8);
    layout->setSpacing(2);
    for (int v = 0; v < ViewCount; ++v) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("view_") + QString::fromLatin1(kViews[v].name));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIcon(style()->standardIcon(kViews[v].icon));
        button->setText(tr(kViews[v].label));
        button->setToolTip(tr("%1 (Ctrl+%2)").arg(button->text()).arg(v + 1));
        button->setFixedWidth(76);
        button->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(button, v);
        layout->addWidget(button);
        auto *action = new QAction(tr(kViews[v].label), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, v] { setCurrent(View(v)); });
        m_actions.append(action);
        auto *placeholder = new QWidget(m_stack);
        m_stack->addWidget(placeholder);
        m_pages.append(placeholder);
    }
    layout->addStretch(1);
    m_group->button(Meetings)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { setCurrent(View(id)); });
}

ViewSwitcher::~ViewSwitcher() = default;

QString ViewSwitcher::name(View view)
{
    return view >= 0 && view < ViewCount ? QString::fromLatin1(kViews[view].name) : QString();
}

std::optional<ViewSwitcher::View> ViewSwitcher::fromName(const QString &name)
{
    for (int v = 0; v < ViewCount; ++v) {
        if (name.compare(QLatin1String(kViews[v].name), Qt::CaseInsensitive) == 0)
            return View(v);
    }
    return std::nullopt;
}

void ViewSwitcher::setPage(View view, QWidget *page)
{
    QWidget *old = m_pages.at(view);
    if (old == page)
        return;
    const bool wasCurrent = m_stack->currentWidget() == old;
    m_stack->insertWidget(int(view), page);
    m_stack->removeWidget(old);
    delete old;
    m_pages[view] = page;
    if (wasCurrent)
        m_stack->setCurrentWidget(page);
}

QWidget *ViewSwitcher::page(View view) const
{
    return m_pages.at(view);
}

ViewSwitcher::View ViewSwitcher::current() const
{
    return View(std::max(0, m_stack->currentIndex()));
}

void ViewSwitcher::setCurrent(View view)
{
    if (view < 0 || view >= ViewCount)
        return;
    m_group->button(view)->setChecked(true);
    if (m_stack->currentIndex() == int(view))
        return;
    m_stack->setCurrentIndex(int(view));
    Q_EMIT currentChanged(view);
}

QToolButton *ViewSwitcher::button(View view) const
{
    return qobject_cast<QToolButton *>(m_group->button(view));
}

} // namespace ui
