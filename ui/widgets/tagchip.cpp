// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/tagchip.h"

#include "ui/widgets/theme.h"

#include <QPainter>

namespace ui {

namespace {
constexpr int kPaddingX = 9;
constexpr int kPaddingY = 3;
} // namespace

TagChip::TagChip(const QString &tag, QWidget *parent)
    : QAbstractButton(parent)
    , m_tag(tag)
{
    setText(u'#' + tag);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show meetings tagged #%1").arg(tag));
    setFocusPolicy(Qt::TabFocus);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    connect(this, &QAbstractButton::clicked, this, [this] { Q_EMIT tagClicked(m_tag); });
}

TagChip::~TagChip() = default;

QSize TagChip::sizeHint() const
{
    const QFontMetrics metrics(font());
    return QSize(
        metrics.horizontalAdvance(text()) + 2 * kPaddingX, metrics.height() + 2 * kPaddingY);
}

void TagChip::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor background = Theme::chipBackground(palette());
    if (m_hovered || isDown())
        background = Theme::mix(background, palette().color(QPalette::Highlight), 0.18);
    painter.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), 1.2) : Qt::NoPen);
    painter.setBrush(background);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(Theme::chipText(palette()));
    painter.drawText(rect(), Qt::AlignCenter, text());
}

void TagChip::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void TagChip::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

} // namespace ui
