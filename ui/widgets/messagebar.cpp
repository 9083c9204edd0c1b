// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/messagebar.h"

#include "ui/widgets/theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace ui {

namespace {

QStyle::StandardPixmap iconFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Info:
        return QStyle::SP_MessageBoxInformation;
    case MessageBar::Kind::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageBar::Kind::Error:
        break;
    }
    return QStyle::SP_MessageBoxCritical;
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss this message"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->setSpacing(Theme::kSpacing);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_action, 0, Qt::AlignVCenter);
    row->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT actionTriggered();
    });
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    m_text->setText(text);
    m_text->setToolTip(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(kind)).pixmap(size, size));
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleDescription(text);
    applyColors();
    show();
    // Qt 6.4 has no announcement event: an alert on the bar is what Orca reads out.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT alerted();
}

void MessageBar::clear()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QString MessageBar::actionText() const
{
    return m_action->text();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void MessageBar::applyColors()
{
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const QColor tone = m_kind == Kind::Info ? Theme::accent(base) : Theme::warning(base);
    QPalette colors = palette();
    const QColor background = Theme::mix(base.color(QPalette::Window), tone, 0.18);
    if (colors.color(QPalette::Window) == background)
        return; // setPalette would send PaletteChange again
    colors.setColor(QPalette::Window, background);
    setPalette(colors);
}

} // namespace ui
