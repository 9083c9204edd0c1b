// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/paneheader.h"

#include "ui/widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace ui {

PaneHeader::PaneHeader(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title.toUpper(), this))
    , m_detail(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("paneHeader"));
    m_layout->setContentsMargins(12, 9, 10, 8);
    m_layout->setSpacing(8);
    QFont font = Theme::smallFont(m_title->font());
    font.setBold(true);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    m_title->setFont(font);
    m_detail->setTextFormat(Qt::PlainText);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_detail, 1);
    applyPalette();
}

PaneHeader::~PaneHeader() = default;

void PaneHeader::setDetail(const QString &detail)
{
    m_detail->setText(detail);
}

QString PaneHeader::detail() const
{
    return m_detail->text();
}

void PaneHeader::addTool(QWidget *tool)
{
    m_layout->addWidget(tool);
}

void PaneHeader::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    applyPalette();
    update();
}

void PaneHeader::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    if (m_active) {
        painter.fillRect(0, height() - 3, width(), 3, Theme::accent(palette()));
        return;
    }
    painter.setPen(Theme::faint(palette()));
    painter.drawLine(0, height() - 1, width(), height() - 1);
}

void PaneHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void PaneHeader::applyPalette()
{
    QPalette title = m_title->palette();
    title.setColor(QPalette::WindowText, Theme::muted(palette()));
    m_detail->setPalette(title);
    if (m_active)
        title.setColor(QPalette::WindowText, Theme::accent(palette()));
    m_title->setPalette(title);
}

} // namespace ui
