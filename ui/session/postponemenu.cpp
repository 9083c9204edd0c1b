// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/postponemenu.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <optional>

namespace ui {

PostponeMenu::PostponeMenu(QWidget *parent)
    : QMenu(parent)
{
    setObjectName(QStringLiteral("postponeMenu"));
    // The key that opens it from a task list, shown where it is a submenu.
    setTitle(tr("&Postpone") + u'\t' + QKeySequence(Qt::Key_P).toString(QKeySequence::NativeText));
    setToolTipsVisible(true);
    addChoice(Choice::OneDay, tr("1 &Day"), QKeySequence(Qt::Key_D));
    addChoice(Choice::OneWeek, tr("1 &Week"), QKeySequence(Qt::Key_W));
    addChoice(Choice::NextMonday, tr("Next &Monday"), QKeySequence(Qt::Key_M));
    addSeparator();
    addChoice(Choice::Remove, tr("&Remove Due Date"), QKeySequence(Qt::Key_Delete));
    action(Choice::OneDay)->setToolTip(tr("From the due date, or from today when it has passed"));
    action(Choice::OneWeek)->setToolTip(action(Choice::OneDay)->toolTip());
}

PostponeMenu::~PostponeMenu() = default;

// The key is shown after a tab, not set as the action's shortcut: set, it would become a window
// shortcut wherever the menu hangs from the menu bar.
void PostponeMenu::addChoice(Choice choice, const QString &text, const QKeySequence &key)
{
    QAction *added = addAction(text + u'\t' + key.toString(QKeySequence::NativeText));
    connect(added, &QAction::triggered, this, [this, choice] { Q_EMIT chosen(choice); });
    m_actions.append(added);
}

QAction *PostponeMenu::action(Choice choice) const
{
    return m_actions.at(int(choice));
}

core::DueChange PostponeMenu::dueChange(Choice choice)
{
    switch (choice) {
    case Choice::OneDay:
        return core::DueChange::postponeDays(1);
    case Choice::OneWeek:
        return core::DueChange::postponeDays(7);
    case Choice::NextMonday:
        return core::DueChange::nextMonday();
    case Choice::Remove:
        break;
    }
    return core::DueChange::clear();
}

QString PostponeMenu::label(Choice choice, int count)
{
    return choice == Choice::Remove ? tr("Remove the Due Date of %n Tasks", nullptr, count)
                                    : tr("Postpone %n Tasks", nullptr, count);
}

PostponeMenu *PostponeMenu::popUp(QWidget *parent, const QPoint &globalPosition)
{
    auto *menu = new PostponeMenu(parent);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    menu->popup(globalPosition);
    return menu;
}

PostponeMenu *PostponeMenu::popUpAtCurrent(QAbstractItemView *view)
{
    const QModelIndex current = view->currentIndex();
    if (current.isValid())
        view->scrollTo(current);
    const QRect cell = current.isValid() ? view->visualRect(current) : QRect();
    const QPoint at = cell.isValid() ? cell.bottomLeft() : QPoint(0, 0);
    return popUp(view, view->viewport()->mapToGlobal(at));
}

// D, W, M and Delete (or Backspace) choose as a click would, closing this menu and any it hangs
// from; anything else is the menu's own (arrows, Enter, Escape, the underlined letters).
void PostponeMenu::keyPressEvent(QKeyEvent *event)
{
    std::optional<Choice> choice;
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        switch (event->key()) {
        case Qt::Key_D:
            choice = Choice::OneDay;
            break;
        case Qt::Key_W:
            choice = Choice::OneWeek;
            break;
        case Qt::Key_M:
            choice = Choice::NextMonday;
            break;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            choice = Choice::Remove;
            break;
        default:
            break;
        }
    }
    if (!choice) {
        QMenu::keyPressEvent(event);
        return;
    }
    setActiveAction(action(*choice));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QMenu::keyPressEvent(&enter);
}

} // namespace ui
