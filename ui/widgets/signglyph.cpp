// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/signglyph.h"

#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ui {

namespace {

QRectF square(const QRectF &rect)
{
    const qreal side = std::min(rect.width(), rect.height());
    return QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
}

void paintNoEntry(QPainter *painter, const QRectF &box, const QPalette &palette)
{
    const QRectF disc = box.adjusted(1, 1, -1, -1);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Theme::warning(palette));
    painter->drawEllipse(disc);
    const qreal bar = std::max(1.5, disc.height() * 0.2);
    painter->setBrush(QColor(Qt::white));
    painter->drawRoundedRect(QRectF(disc.left() + disc.width() * 0.2, disc.center().y() - bar / 2,
                                 disc.width() * 0.6, bar),
        bar / 3, bar / 3);
}

void paintWarning(QPainter *painter, const QRectF &box, const QPalette &palette)
{
    const qreal w = box.width();
    const qreal h = box.height();
    QPainterPath triangle;
    triangle.moveTo(box.center().x(), box.top() + h * 0.06);
    triangle.lineTo(box.right() - w * 0.02, box.bottom() - h * 0.08);
    triangle.lineTo(box.left() + w * 0.02, box.bottom() - h * 0.08);
    triangle.closeSubpath();
    const QColor amber = Theme::proposed(palette);
    painter->setPen(
        QPen(amber, std::max(1.0, w * 0.08), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(amber);
    painter->drawPath(triangle);
    // The "!": a stroke and a dot, in the colour of the palette's base so it stays readable.
    const QColor ink = Theme::isDark(palette) ? palette.color(QPalette::Base) : QColor(Qt::white);
    const qreal stroke = std::max(1.2, w * 0.12);
    painter->setPen(QPen(ink, stroke, Qt::SolidLine, Qt::RoundCap));
    const qreal x = box.center().x();
    painter->drawLine(QPointF(x, box.top() + h * 0.36), QPointF(x, box.top() + h * 0.6));
    painter->drawPoint(QPointF(x, box.top() + h * 0.76));
}

} // namespace

void SignGlyph::paint(QPainter *painter, const QRectF &rect, Sign sign, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (sign == NoEntry)
        paintNoEntry(painter, square(rect), palette);
    else
        paintWarning(painter, square(rect), palette);
    painter->restore();
}

QIcon SignGlyph::icon(Signs signs, const QPalette &palette)
{
    if (!signs)
        return {};
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const QRectF whole(0, 0, size, size);
        if (signs == Signs(NoEntry) || signs == Signs(Warning)) {
            paint(&painter, whole, signs == Signs(NoEntry) ? NoEntry : Warning, palette);
        } else {
            paint(&painter, QRectF(0, 0, size * 0.82, size * 0.82), NoEntry, palette);
            paint(&painter, QRectF(size * 0.45, size * 0.45, size * 0.55, size * 0.55), Warning,
                palette);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ui
