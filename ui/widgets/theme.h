// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QHBoxLayout;
class QVBoxLayout;
class QWidget;

namespace ui {

// The look every widget shares: colours with a meaning (warning, success, proposed…) derived from
// a QPalette, so that they read well on light and dark palettes alike (QPalette has no such
// roles); the small font of secondary text; the flat layouts panes and views are built with.
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

    // Dates, counts, owners and pane titles: 0.88 of `base`.
    static QFont smallFont(const QFont &base);

    // Between the small widgets of a row or a column (fields, labels, chips).
    static constexpr int kSpacing = 6;
    // The layout of a widget made of parts that bring their own padding and separators (a pane's
    // header and content, a view's bars and lists): no margins, `spacing` between the parts.
    static QVBoxLayout *flatColumn(QWidget *parent = nullptr, int spacing = 0);
    static QHBoxLayout *flatRow(QWidget *parent = nullptr, int spacing = 0);
};

} // namespace ui
