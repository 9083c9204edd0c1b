// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/priorityglyph.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ui {

namespace {

QColor colorFor(const QString &priority)
{
    if (priority == u"highest")
        return QColor(0xe5, 0x3e, 0x3e);
    if (priority == u"high")
        return QColor(0xf0, 0x7b, 0x1d);
    if (priority == u"medium")
        return QColor(0xd4, 0xa0, 0x17);
    if (priority == u"low")
        return QColor(0x3b, 0x82, 0xf6);
    return QColor(0x7a, 0x8a, 0xa6);
}

// One chevron centred at (cx, cy), pointing up or down.
QPainterPath chevron(qreal cx, qreal cy, qreal halfWidth, qreal height, bool up)
{
    QPainterPath path;
    const qreal tip = up ? cy - height / 2 : cy + height / 2;
    const qreal base = up ? cy + height / 2 : cy - height / 2;
    path.moveTo(cx - halfWidth, base);
    path.lineTo(cx, tip);
    path.lineTo(cx + halfWidth, base);
    return path;
}

} // namespace

void PriorityGlyph::paint(QPainter *painter, const QRectF &rect, const QString &priority)
{
    if (rank(priority) == 2)
        return;
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QColor color = colorFor(priority);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal cx = box.center().x();
    const qreal cy = box.center().y();
    const qreal w = side * 0.36;
    const qreal h = side * 0.26;
    if (priority == u"highest") {
        QPainterPath triangle;
        triangle.moveTo(cx, box.top() + side * 0.16);
        triangle.lineTo(box.right() - side * 0.14, box.bottom() - side * 0.2);
        triangle.lineTo(box.left() + side * 0.14, box.bottom() - side * 0.2);
        triangle.closeSubpath();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPath(triangle);
    } else {
        QPen pen(color, std::max(1.6, side * 0.14), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const bool up = priority == u"high" || priority == u"medium";
        const bool twice = priority == u"high" || priority == u"lowest";
        if (twice) {
            painter->drawPath(chevron(cx, cy - side * 0.14, w, h, up));
            painter->drawPath(chevron(cx, cy + side * 0.14, w, h, up));
        } else {
            painter->drawPath(chevron(cx, cy, w, h, up));
        }
    }
    painter->restore();
}

QIcon PriorityGlyph::icon(const QString &priority)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(priority); it != cache.cend())
        return *it;
    QIcon icon;
    if (rank(priority) != 2) {
        for (const int size : { 16, 32 }) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            paint(&painter, QRectF(0, 0, size, size), priority);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    cache.insert(priority, icon);
    return icon;
}

QString PriorityGlyph::label(const QString &priority)
{
    if (rank(priority) == 2)
        return {};
    QString name = priority;
    name[0] = name[0].toUpper();
    return QCoreApplication::translate("ui::PriorityGlyph", "%1 priority").arg(name);
}

int PriorityGlyph::rank(const QString &priority)
{
    if (priority == u"highest")
        return 5;
    if (priority == u"high")
        return 4;
    if (priority == u"medium")
        return 3;
    if (priority == u"low")
        return 1;
    if (priority == u"lowest")
        return 0;
    return 2;
}

} // namespace ui
