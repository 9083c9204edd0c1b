#pragma once

#include <QColor>
#include <QPalette>

namespace ui {

// Colours with a meaning (warning, success, proposed…) derived from a QPalette, so that they
// read well on light and dark palettes alike. QPalette has no such roles.
class Theme final
{
public:
    static QPalette lightPalette();
    static QPalette darkPalette();

    static bool isDark(const QPalette &palette);
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB);

    static QColor warning(const QPalette &palette); // overdue dates, errors
    static QColor success(const QPalette &palette); // done tasks
    static QColor proposed(const QPalette &palette); // [?] tasks waiting for triage
    static QColor progress(const QPalette &palette); // in-progress tasks
    static QColor muted(const QPalette &palette); // secondary text
    static QColor faint(const QPalette &palette); // separators, outlines
    static QColor chipBackground(const QPalette &palette);
    static QColor chipText(const QPalette &palette);
    static QColor accent(const QPalette &palette);
    static QColor paneBackground(const QPalette &palette);

    // "#rrggbb" for CSS.
    static QString css(const QColor &color);
};

} // namespace ui
