// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

namespace ui {

namespace {

QColor pick(const QPalette &palette, const char *light, const char *dark)
{
    return QColor(QString::fromLatin1(Theme::isDark(palette) ? dark : light));
}

void setAll(QPalette &p, QPalette::ColorRole role, const QColor &color)
{
    p.setColor(QPalette::All, role, color);
}

template<typename Layout> Layout *flat(QWidget *parent, int spacing)
{
    auto *layout = new Layout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    return layout;
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    setAll(p, QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    setAll(p, QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::Base, Qt::white);
    setAll(p, QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    setAll(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf0));
    setAll(p, QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::PlaceholderText, QColor(0x8c, 0x95, 0x9f));
    setAll(p, QPalette::Text, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::Button, QColor(0xf6, 0xf8, 0xfa));
    setAll(p, QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    setAll(p, QPalette::BrightText, Qt::white);
    setAll(p, QPalette::Light, Qt::white);
    setAll(p, QPalette::Midlight, QColor(0xea, 0xee, 0xf2));
    setAll(p, QPalette::Mid, QColor(0xc8, 0xcf, 0xd6));
    setAll(p, QPalette::Dark, QColor(0x8c, 0x95, 0x9f));
    setAll(p, QPalette::Shadow, QColor(0x57, 0x60, 0x6a));
    setAll(p, QPalette::Highlight, QColor(0x21, 0x6e, 0xdb));
    setAll(p, QPalette::HighlightedText, Qt::white);
    setAll(p, QPalette::Link, QColor(0x09, 0x69, 0xda));
    setAll(p, QPalette::LinkVisited, QColor(0x82, 0x50, 0xdf));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x95, 0x9f));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    setAll(p, QPalette::Window, QColor(0x1e, 0x21, 0x26));
    setAll(p, QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    setAll(p, QPalette::Base, QColor(0x16, 0x19, 0x1d));
    setAll(p, QPalette::AlternateBase, QColor(0x1c, 0x20, 0x25));
    setAll(p, QPalette::ToolTipBase, QColor(0x2d, 0x33, 0x3b));
    setAll(p, QPalette::ToolTipText, QColor(0xe6, 0xed, 0xf3));
    setAll(p, QPalette::PlaceholderText, QColor(0x7d, 0x85, 0x90));
    setAll(p, QPalette::Text, QColor(0xe6, 0xed, 0xf3));
    setAll(p, QPalette::Button, QColor(0x2a, 0x2f, 0x36));
    setAll(p, QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
    setAll(p, QPalette::BrightText, Qt::white);
    setAll(p, QPalette::Light, QColor(0x3d, 0x44, 0x4d));
    setAll(p, QPalette::Midlight, QColor(0x32, 0x38, 0x40));
    setAll(p, QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    setAll(p, QPalette::Dark, QColor(0x0d, 0x11, 0x17));
    setAll(p, QPalette::Shadow, Qt::black);
    setAll(p, QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    setAll(p, QPalette::HighlightedText, Qt::white);
    setAll(p, QPalette::Link, QColor(0x58, 0xa6, 0xff));
    setAll(p, QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor Theme::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    const qreal t = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor Theme::warning(const QPalette &palette)
{
    return pick(palette, "#cf222e", "#ff7b72");
}

QColor Theme::success(const QPalette &palette)
{
    return pick(palette, "#1a7f37", "#3fb950");
}

QColor Theme::proposed(const QPalette &palette)
{
    return pick(palette, "#9a6700", "#d29922");
}

QColor Theme::progress(const QPalette &palette)
{
    return pick(palette, "#0969da", "#58a6ff");
}

QColor Theme::muted(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.42);
}

QColor Theme::faint(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.84);
}

QColor Theme::chipBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
        isDark(palette) ? 0.22 : 0.10);
}

QColor Theme::chipText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Highlight), palette.color(QPalette::Text),
        isDark(palette) ? 0.35 : 0.25);
}

QColor Theme::accent(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QColor Theme::paneBackground(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QString Theme::css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QFont Theme::smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

QVBoxLayout *Theme::flatColumn(QWidget *parent, int spacing)
{
    return flat<QVBoxLayout>(parent, spacing);
}

QHBoxLayout *Theme::flatRow(QWidget *parent, int spacing)
{
    return flat<QHBoxLayout>(parent, spacing);
}

} // namespace ui
