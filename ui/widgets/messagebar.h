// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace ui {

// A message that stays where it concerns, like KDE's KMessageWidget: a coloured strip with the
// text, an optional action button ("Reload") and a close button. Hidden while it has nothing to
// say; a new message replaces the one shown; it goes when dismissed, when its action is taken, or
// when its owner clears it (the user's next action). It knows nothing of what the message is about.
class MessageBar final : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;
    Q_DISABLE_COPY_MOVE(MessageBar)

    // Shows `text` (and a button named `actionText`, when not empty); a screen reader is told.
    void showMessage(Kind kind, const QString &text, const QString &actionText = QString());
    // Hides the bar; nothing happens when it is already hidden.
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }
    QString actionText() const;
    bool hasMessage() const { return !isHidden(); }

Q_SIGNALS:
    // The action button was pressed; the bar has hidden itself.
    void actionTriggered();
    // The close button was pressed (or clear() hid a message).
    void dismissed();
    // A screen reader was sent an Alert for the message just shown.
    void alerted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace ui
