// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/markdownrenderer.h"

#include "ui/widgets/theme.h"

#include <md4c-html.h>

namespace ui {

namespace {

constexpr unsigned kParserFlags = MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_TABLES
    | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_NOHTML | MD_FLAG_WIKILINKS;

void append(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

} // namespace

MarkdownRenderer::MarkdownRenderer(const QPalette &palette)
    : m_palette(palette)
{ }

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() * 2 + 64);
    if (md_html(input.constData(), MD_SIZE(input.size()), &append, &output, kParserFlags, 0) != 0)
        return markdown.toHtmlEscaped();
    QString html = QString::fromUtf8(output);
    // QTextDocument drops unknown elements but keeps their text; give wiki links a class to style.
    html.replace(QStringLiteral("<x-wikilink "), QStringLiteral("<span class=\"wikilink\" "));
    html.replace(QStringLiteral("</x-wikilink>"), QStringLiteral("</span>"));
    return html;
}

QString MarkdownRenderer::listToHtml(const QStringList &items)
{
    QString markdown;
    for (const QString &item : items) {
        QString line = item;
        line.replace(u'\n', u' ');
        markdown += QStringLiteral("- ") + line + u'\n';
    }
    return toHtml(markdown);
}

QString MarkdownRenderer::styleSheet() const
{
    const QString text = Theme::css(m_palette.color(QPalette::Text));
    const QString muted = Theme::css(Theme::muted(m_palette));
    const QString link = Theme::css(m_palette.color(QPalette::Link));
    const QString codeBackground = Theme::css(
        Theme::mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.07));
    const QString rule = Theme::css(Theme::faint(m_palette));
    return QStringLiteral(
        "body { color: %1; }"
        "p { margin-top: 0px; margin-bottom: 10px; line-height: 135%; }"
        "li { margin-bottom: 6px; line-height: 135%; }"
        "ul, ol { margin-left: 0px; -qt-list-indent: 1; }"
        "h1, h2, h3, h4 { color: %1; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }"
        "h2.section { color: %2; font-size: small; font-weight: 700; margin-top: 16px; "
        "margin-bottom: 8px; }"
        "a { color: %3; text-decoration: none; }"
        ".wikilink { color: %3; }"
        "code { background-color: %4; font-family: monospace; }"
        "pre { background-color: %4; font-family: monospace; }"
        "hr { color: %5; }"
        ".muted { color: %2; }")
        .arg(text, muted, link, codeBackground, rule);
}

QString MarkdownRenderer::page(const QString &bodyHtml) const
{
    return QStringLiteral("<html><head><style>") + styleSheet()
        + QStringLiteral("</style></head><body>") + bodyHtml + QStringLiteral("</body></html>");
}

} // namespace ui
