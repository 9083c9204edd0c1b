// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QRectF>
#include <QString>

class QPainter;

namespace ui {

// Obsidian Tasks priorities drawn as vector shapes, so they show without an emoji font:
// highest ▲ (red), high ⇈ (orange), medium ˄ (amber), low ˅ (blue), lowest ⇊ (grey-blue).
class PriorityGlyph final
{
public:
    static void paint(QPainter *painter, const QRectF &rect, const QString &priority);
    // An empty icon for "normal".
    static QIcon icon(const QString &priority);
    // "High priority", or an empty string for "normal".
    static QString label(const QString &priority);
    // Higher is more urgent: lowest = 0 … highest = 5, normal = 2.
    static int rank(const QString &priority);
};

} // namespace ui
