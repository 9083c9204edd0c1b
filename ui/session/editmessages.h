// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/session/taskeditor.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace ui {

class MessageBar;

// Says a refused edit where it was made: in the MessageBar of the pane (a meeting's tasks, the
// Tasks view, a person's page) that holds the keyboard focus, as a sentence and the action to
// take ("The line changed in another editor — reload the note." [Reload]), with core's own words
// under it. The message stays until dismissed, its action taken, or the next edit begins
// (TaskEditor::editStarted). An edit made with the focus in no pane goes to the fallback bar.
class EditMessages final : public QObject
{
    Q_OBJECT
public:
    struct Message
    {
        QString text; // the sentence, then core's words
        QString actionText; // "Reload", or empty
    };

    explicit EditMessages(TaskEditor *editor);
    ~EditMessages() override;
    Q_DISABLE_COPY_MOVE(EditMessages)

    // Edits made with the focus in `scope` are reported in `bar` (the innermost scope wins).
    void addBar(QWidget *scope, MessageBar *bar);
    void setFallback(MessageBar *bar);
    // The bar a failure is shown in now; nullptr when there is none.
    MessageBar *currentBar() const;

    static Message describe(const TaskEditor::Failure &failure);

private:
    struct Scope
    {
        QPointer<QWidget> scope;
        QPointer<MessageBar> bar;
    };

    void watch(MessageBar *bar);
    void show(const TaskEditor::Failure &failure);

    TaskEditor *m_editor = nullptr;
    QList<Scope> m_scopes;
    QPointer<MessageBar> m_fallback;
    QHash<const MessageBar *, QString> m_paths; // the note each bar's message is about, for Reload
};

} // namespace ui
