// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/pane.h"

#include "ui/widgets/messagebar.h"
#include "ui/widgets/paneheader.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

Pane::Pane(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_header(new PaneHeader(title, this))
    , m_messages(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(m_stack))
{
    QVBoxLayout *layout = Theme::flatColumn(this);
    layout->addWidget(m_header);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // drawn muted
    m_stack->addWidget(m_empty);
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { onFocusChanged(now); });
}

Pane::~Pane() = default;

void Pane::setContent(QWidget *content)
{
    Q_ASSERT(!m_content && content);
    m_content = content;
    m_stack->insertWidget(0, content);
    showContent();
}

void Pane::showContent()
{
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

void Pane::showEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

bool Pane::isShowingContent() const
{
    return m_content && m_stack->currentWidget() == m_content;
}

bool Pane::hasFocusWithin() const
{
    return m_header->isActive();
}

void Pane::onFocusChanged(QWidget *now)
{
    m_header->setActive(now && (now == this || isAncestorOf(now)));
}

} // namespace ui
