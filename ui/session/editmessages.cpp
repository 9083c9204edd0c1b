// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/editmessages.h"

#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QWidget>

namespace ui {

namespace {

int depth(const QWidget *widget)
{
    int levels = 0;
    for (; widget; widget = widget->parentWidget())
        ++levels;
    return levels;
}

} // namespace

EditMessages::EditMessages(TaskEditor *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(editor, &TaskEditor::refused, this, &EditMessages::show);
    connect(editor, &TaskEditor::editStarted, this, [this] {
        if (MessageBar *bar = currentBar())
            bar->clear();
    });
}

EditMessages::~EditMessages() = default;

void EditMessages::addBar(QWidget *scope, MessageBar *bar)
{
    m_scopes.removeIf([scope](const Scope &known) { return !known.scope || known.scope == scope; });
    m_scopes.append({ scope, bar });
    watch(bar);
}

void EditMessages::setFallback(MessageBar *bar)
{
    m_fallback = bar;
    watch(bar);
}

void EditMessages::watch(MessageBar *bar)
{
    if (m_paths.contains(bar))
        return;
    m_paths.insert(bar, QString());
    connect(bar, &MessageBar::actionTriggered, this, [this, bar] {
        const QString path = m_paths.value(bar);
        if (!path.isEmpty())
            m_editor->reloadNote(path);
    });
    connect(bar, &QObject::destroyed, this, [this, bar] { m_paths.remove(bar); });
}

MessageBar *EditMessages::currentBar() const
{
    const QWidget *focus = QApplication::focusWidget();
    // A menu that made the edit (Postpone ▸, a context menu) stands for the widget it opened on.
    if (focus && focus->window()->windowType() == Qt::Popup)
        focus = focus->window()->parentWidget();
    const Scope *best = nullptr;
    for (const Scope &known : m_scopes) {
        if (!known.scope || !known.bar || !focus
            || (known.scope != focus && !known.scope->isAncestorOf(focus)))
            continue;
        if (!best || depth(known.scope) > depth(best->scope))
            best = &known;
    }
    return best ? best->bar.data() : m_fallback.data();
}

void EditMessages::show(const TaskEditor::Failure &failure)
{
    MessageBar *bar = currentBar();
    if (!bar)
        return; // no bar at all: TaskEditor::failed has it, and lcEdit logged it
    const Message message = describe(failure);
    m_paths.insert(bar, failure.path);
    const auto kind = failure.reason == TaskEditor::Failure::Reason::Warning
        ? MessageBar::Kind::Warning
        : MessageBar::Kind::Error;
    bar->showMessage(kind, message.text, message.actionText);
}

EditMessages::Message EditMessages::describe(const TaskEditor::Failure &failure)
{
    using Reason = TaskEditor::Failure::Reason;
    QString sentence;
    bool reload = false;
    switch (failure.reason) {
    case Reason::Stale:
        sentence = tr("The note changed on disk since it was shown — reload the note, then try "
                      "again.");
        reload = true;
        break;
    case Reason::LineChanged:
        sentence = tr("The line changed in another editor — reload the note.");
        reload = true;
        break;
    case Reason::NotATask:
        sentence = tr("That line is no longer a task — reload the note.");
        reload = true;
        break;
    case Reason::Busy:
        sentence = tr("The vault is busy (its index is being updated) — try again in a moment.");
        break;
    case Reason::Refused:
        sentence = tr("Vaultview does not change this note (it is outside the vault or a link) "
                      "— edit it in its own editor.");
        break;
    case Reason::WriteError:
        sentence = tr("The note could not be written — check that the file is there and can be "
                      "written, then reload the note.");
        reload = true;
        break;
    case Reason::Warning:
        sentence = tr("The change was written, with a caveat:");
        break;
    case Reason::Other:
        sentence = tr("Nothing was written.");
        break;
    }
    return { failure.detail.isEmpty() ? sentence : sentence + u'\n' + failure.detail,
        reload ? tr("Reload") : QString() };
}

} // namespace ui
