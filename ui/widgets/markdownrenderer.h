// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

namespace ui {

// Markdown to HTML with md4c-html, styled for QTextBrowser with colours taken from a QPalette so
// that rendered notes follow light and dark palettes.
class MarkdownRenderer final
{
public:
    explicit MarkdownRenderer(const QPalette &palette = QPalette());

    void setPalette(const QPalette &palette) { m_palette = palette; }
    const QPalette &palette() const { return m_palette; }

    // An HTML fragment. Raw HTML in the Markdown is escaped, never passed through.
    static QString toHtml(const QString &markdown);
    // Markdown bullet list of `items` (each item is inline Markdown).
    static QString listToHtml(const QStringList &items);
    // The CSS for QTextDocument::setDefaultStyleSheet().
    QString styleSheet() const;
    // A whole document: the fragment wrapped in <html> with the style sheet inlined.
    QString page(const QString &bodyHtml) const;

private:
    QPalette m_palette;
};

} // namespace ui
