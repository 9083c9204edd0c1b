// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QIcon>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace ui {

// Two small signs drawn as vector shapes, so that they show without an emoji font and read on
// light and dark palettes: a no-entry sign (something stands in the way) and a warning triangle
// (something is wrong).
class SignGlyph final
{
public:
    enum Sign { NoEntry = 0x1, Warning = 0x2 };
    Q_DECLARE_FLAGS(Signs, Sign)

    static void paint(QPainter *painter, const QRectF &rect, Sign sign, const QPalette &palette);
    // One square icon; with both signs, the triangle sits small over the no-entry sign's corner.
    // A null icon for no sign.
    static QIcon icon(Signs signs, const QPalette &palette);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SignGlyph::Signs)

} // namespace ui
