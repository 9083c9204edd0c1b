// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace ui {

class MessageBar;
class PaneHeader;

// A pane of the window: a PaneHeader (title, detail, tools) above either its content or a
// centred, muted line saying why there is none ("No tasks in this meeting"). The meeting list and
// the panes of a meeting are built on it; it knows nothing of what they show.
class Pane : public QWidget
{
    Q_OBJECT
public:
    explicit Pane(const QString &title, QWidget *parent = nullptr);
    ~Pane() override;
    Q_DISABLE_COPY_MOVE(Pane)

    PaneHeader *header() const { return m_header; }
    // Under the header, hidden until a message about the pane's content is shown in it.
    MessageBar *messageBar() const { return m_messages; }
    // The line shown instead of the content (a pane whose line may be long lets it wrap).
    QLabel *emptyLabel() const { return m_empty; }
    // Puts `content` under the header and shows it; a pane has one content.
    void setContent(QWidget *content);
    QWidget *content() const { return m_content; }
    void showContent();
    void showEmpty(const QString &text);
    bool isShowingContent() const;
    // True while the keyboard focus is inside the pane (its header shows it).
    bool hasFocusWithin() const;

private:
    void onFocusChanged(QWidget *now);

    PaneHeader *m_header = nullptr;
    MessageBar *m_messages = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace ui
