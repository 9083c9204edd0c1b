// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/bodyparser.h"

#include "core/model/names.h"
#include "core/parse/cputimer.h"
#include "core/parse/obsidiancomments.h"
#include "core/parse/tagscanner.h"
#include "core/parse/tasklineparser.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <md4c.h>
#include <vector>

namespace core {

namespace {

// Permissive autolinks stay off: they have quadratic cases in md4c 0.4.8.
constexpr unsigned kMarkdownFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;

enum class Section { None, Summary, Decisions, KeyPoints };

Section sectionForHeading(QString text)
{
    text = text.simplified().toLower();
    if (text.endsWith(u':'))
        text.chop(1);
    text = text.trimmed();
    static const QStringList summary { QStringLiteral("summary"), QStringLiteral("overview"),
                                       QStringLiteral("tl;dr"), QStringLiteral("executive summary") };
    static const QStringList decisions { QStringLiteral("decisions"), QStringLiteral("key decisions"),
                                         QStringLiteral("decisions made") };
    static const QStringList keyPoints { QStringLiteral("key information"), QStringLiteral("key points"),
                                         QStringLiteral("highlights") };
    if (summary.contains(text))
        return Section::Summary;
    if (decisions.contains(text))
        return Section::Decisions;
    if (keyPoints.contains(text))
        return Section::KeyPoints;
    return Section::None;
}

QString decodeEntity(QStringView entity)
{
    static const QHash<QString, QString> named {
        { QStringLiteral("&amp;"), QStringLiteral("&") }, { QStringLiteral("&lt;"), QStringLiteral("<") },
        { QStringLiteral("&gt;"), QStringLiteral(">") }, { QStringLiteral("&quot;"), QStringLiteral("\"") },
        { QStringLiteral("&apos;"), QStringLiteral("'") }, { QStringLiteral("&nbsp;"), QStringLiteral(" ") },
    };
    if (const auto it = named.constFind(entity.toString()); it != named.cend())
        return *it;
    if (entity.startsWith(u"&#") && entity.endsWith(u';')) {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        const uint cp = entity.sliced(hex ? 3 : 2).chopped(1).toUInt(&ok, hex ? 16 : 10);
        if (ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF)) {
            const char32_t one[1] = { char32_t(cp) };
            return QString::fromUcs4(one, 1);
        }
    }
    return entity.toString();
}

struct ListItem
{
    bool settled = false; // whether we already know if this item is a task
};

class Walker
{
public:
    // `body` is what md4c reads (without Obsidian comments); `raw` has the same lines with them,
    // for task lines, which Tasks reads as they stand.
    Walker(const QByteArray &body, const QByteArray &raw, int firstLine, qint64 budgetMs)
        : m_body(body)
        , m_raw(raw)
        , m_firstLine(firstLine)
        , m_budgetMs(budgetMs)
        , m_newlines(newlines(body))
        , m_rawNewlines(&raw == &body ? std::vector<qsizetype>() : newlines(raw))
    { }

    BodyParser::Result run()
    {
        MD_PARSER parser {};
        parser.abi_version = 0;
        parser.flags = kMarkdownFlags;
        parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) { return self(u)->overBudget() ? 1 : self(u)->enterBlock(t, d); };
        parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) { return self(u)->overBudget() ? 1 : self(u)->leaveBlock(t, d); };
        parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { return self(u)->overBudget() ? 1 : self(u)->text(t, s, n); };
        m_timer.start();
        md_parse(m_body.constData(), MD_SIZE(m_body.size()), &parser, this);
        finishSection();
        finish();
        return std::move(m_result);
    }

private:
    static Walker *self(void *userdata) { return static_cast<Walker *>(userdata); }

    static std::vector<qsizetype> newlines(const QByteArray &bytes)
    {
        std::vector<qsizetype> out;
        for (qsizetype i = bytes.indexOf('\n'); i >= 0; i = bytes.indexOf('\n', i + 1))
            out.push_back(i);
        return out;
    }

    // md4c 0.4.8 has quadratic corners fixed only in 0.5: a note that takes too long is cut short,
    // keeping what was read so far, rather than stalling the whole index.
    bool overBudget()
    {
        if (++m_calls % 1024 == 0 && m_timer.elapsed() > m_budgetMs)
            m_result.truncated = true;
        return m_result.truncated;
    }

    int lineOf(qsizetype offset) const
    {
        const auto it = std::lower_bound(m_newlines.begin(), m_newlines.end(), offset);
        return m_firstLine + int(it - m_newlines.begin());
    }

    QString lineText(int line) const { return lineText(m_body, m_newlines, line); }
    QString rawLineText(int line) const
    {
        return &m_raw == &m_body ? lineText(line) : lineText(m_raw, m_rawNewlines, line);
    }

    QString lineText(
        const QByteArray &bytes, const std::vector<qsizetype> &newlines, int line) const
    {
        const int index = line - m_firstLine;
        const qsizetype start = index == 0 ? 0 : newlines[size_t(index - 1)] + 1;
        qsizetype end = size_t(index) < newlines.size() ? newlines[size_t(index)] : bytes.size();
        if (end > start && bytes.at(end - 1) == '\r')
            --end;
        return QString::fromUtf8(bytes.constData() + start, end - start);
    }

    bool inBuffer(const MD_CHAR *p) const
    {
        return p >= m_body.constData() && p < m_body.constData() + m_body.size();
    }

    MD_BLOCKTYPE parentType(int up) const
    {
        return m_stack.size() > size_t(up) ? m_stack[m_stack.size() - 1 - size_t(up)] : MD_BLOCK_DOC;
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (!m_items.empty() && !m_items.back().settled && parentType(0) == MD_BLOCK_LI
            && type != MD_BLOCK_P)
            m_items.back().settled = true;
        switch (type) {
        case MD_BLOCK_H: enterHeading(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level); break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: ++m_listDepth; break;
        case MD_BLOCK_LI: enterItem(static_cast<MD_BLOCK_LI_DETAIL *>(detail)); break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML: ++m_codeDepth; break;
        case MD_BLOCK_P:
            if (m_listDepth == 0 && m_quoteDepth == 0 && listSection())
                m_paragraph = QString();
            break;
        case MD_BLOCK_QUOTE: ++m_quoteDepth; break;
        default: break;
        }
        m_stack.push_back(type);
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        m_stack.pop_back();
        append(u" ");
        m_result.plainText += '\n';
        switch (type) {
        case MD_BLOCK_H: leaveHeading(); break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL: --m_listDepth; break;
        case MD_BLOCK_LI: leaveItem(); break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML: --m_codeDepth; break;
        case MD_BLOCK_P: leaveParagraph(); break;
        case MD_BLOCK_QUOTE: --m_quoteDepth; break;
        default: break;
        }
        return 0;
    }

    void enterHeading(int level)
    {
        if (m_section != Section::None && level <= m_sectionLevel)
            finishSection();
        m_heading = QString();
        m_headingLevel = level;
    }

    void leaveHeading()
    {
        const QString text = m_heading->simplified();
        m_heading.reset();
        m_lastHeading = text;
        if (m_headingLevel == 1 && !m_result.firstH1)
            m_result.firstH1 = text;
        if (m_headingLevel < 2)
            return;
        m_seenH2 = true;
        if (m_section != Section::None)
            return; // a sub-heading inside a section belongs to it
        m_section = sectionForHeading(text);
        m_sectionLevel = m_headingLevel;
        if (m_section == Section::Summary && !m_summary)
            m_summary = QString();
    }

    bool listSection() const { return m_section == Section::Decisions || m_section == Section::KeyPoints; }

    void enterItem(const MD_BLOCK_LI_DETAIL *detail)
    {
        m_items.push_back({});
        if (detail->is_task) {
            m_items.back().settled = true;
            addTask(lineOf(qsizetype(detail->task_mark_offset)));
        }
        if (m_listDepth == 1 && m_quoteDepth == 0 && listSection())
            m_item = QString();
    }

    void leaveItem()
    {
        m_items.pop_back();
        if (m_listDepth == 1 && m_item) {
            const QString text = m_item->simplified();
            if (!text.isEmpty())
                (m_section == Section::Decisions ? m_decisionItems : m_keyPointItems).append(text);
            m_item.reset();
        }
    }

    void leaveParagraph()
    {
        if (!m_paragraph)
            return;
        const QString text = m_paragraph->simplified();
        if (!text.isEmpty())
            (m_section == Section::Decisions ? m_decisionParagraphs : m_keyPointParagraphs).append(text);
        m_paragraph.reset();
    }

    void finishSection()
    {
        m_section = Section::None;
        m_sectionLevel = 0;
    }

    void finish()
    {
        if (m_summary)
            m_result.summary = m_summary->simplified();
        m_result.decisions = m_decisionItems.isEmpty() ? m_decisionParagraphs : m_decisionItems;
        m_result.keyPoints = m_keyPointItems.isEmpty() ? m_keyPointParagraphs : m_keyPointItems;
        static const QRegularExpression peopleLine(
            QStringLiteral("^\\s*\\*\\*\\s*(with|attendees|participants)\\s*(?:\\*\\*\\s*:|:\\s*\\*\\*)(.*)$"),
            QRegularExpression::CaseInsensitiveOption);
        for (const int line : std::as_const(m_peopleLines)) {
            const auto match = peopleLine.match(lineText(line));
            if (match.hasMatch())
                m_result.people += Names::splitPeople(match.captured(2));
        }
    }

    void addTask(int line)
    {
        if (m_taskLines.contains(line))
            return;
        const QString raw = rawLineText(line);
        if (auto task = TaskLineParser::parse(raw)) {
            m_taskLines.insert(line);
            task->line = line;
            task->section = m_lastHeading;
            m_result.tasks.append(std::move(*task));
        }
    }

    // The first text of a list item's own paragraph decides whether the item is a task.
    void settleItem(const MD_CHAR *text)
    {
        ListItem &item = m_items.back();
        item.settled = true;
        const bool own = parentType(0) == MD_BLOCK_LI
            || (parentType(0) == MD_BLOCK_P && parentType(1) == MD_BLOCK_LI);
        if (own && inBuffer(text))
            addTask(lineOf(text - m_body.constData()));
    }

    bool capturing() const
    {
        return m_heading || (m_summary && m_section == Section::Summary) || (m_item && m_listDepth == 1) || m_paragraph;
    }

    void append(QStringView s)
    {
        if (m_heading)
            *m_heading += s;
        if (m_summary && m_section == Section::Summary)
            *m_summary += s;
        if (m_item && m_listDepth == 1)
            *m_item += s;
        if (m_paragraph)
            *m_paragraph += s;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size)
    {
        if (!m_items.empty() && !m_items.back().settled)
            settleItem(s);
        if (m_codeDepth > 0) {
            if (type == MD_TEXT_CODE)
                m_result.plainText.append(s, size);
            return 0;
        }
        if (type == MD_TEXT_HTML)
            return 0;
        if (!m_seenH2 && m_listDepth == 0 && inBuffer(s) && parentType(0) == MD_BLOCK_P) {
            const int line = lineOf(s - m_body.constData());
            if (m_peopleLines.isEmpty() || m_peopleLines.back() != line)
                m_peopleLines.append(line);
        }
        const QByteArrayView bytes(s, size);
        const bool soft = type == MD_TEXT_BR || type == MD_TEXT_SOFTBR;
        m_result.plainText.append(soft ? QByteArrayView("\n") : bytes);
        // Most text (transcripts) is only indexed: decode it only when a section wants it or it may hold a tag.
        const bool tagged = type == MD_TEXT_NORMAL && bytes.contains('#') && inBuffer(s);
        if (!tagged && !capturing())
            return 0;
        QString chunk;
        switch (type) {
        case MD_TEXT_NORMAL: chunk = QString::fromUtf8(bytes); break;
        case MD_TEXT_CODE:
        case MD_TEXT_LATEXMATH: chunk = QString::fromUtf8(bytes); break;
        case MD_TEXT_ENTITY: chunk = decodeEntity(QString::fromUtf8(bytes)); break;
        case MD_TEXT_NULLCHAR: chunk = QString(QChar::ReplacementCharacter); break;
        default: chunk = QStringLiteral(" "); break; // line breaks
        }
        if (tagged) {
            // A byte of a multi-byte character is never whitespace here.
            const uchar prev = s == m_body.constData() ? '\n' : uchar(s[-1]);
            TagScanner::scan(chunk, prev < 0x80 ? QChar(prev) : QChar(u'x'), m_result.tags);
        }
        append(chunk);
        return 0;
    }

    const QByteArray &m_body;
    const QByteArray &m_raw;
    const int m_firstLine;
    const qint64 m_budgetMs;
    const std::vector<qsizetype> m_newlines;
    const std::vector<qsizetype> m_rawNewlines; // empty when `raw` is `body`
    CpuTimer m_timer;
    quint64 m_calls = 0;
    std::vector<MD_BLOCKTYPE> m_stack;
    std::vector<ListItem> m_items;
    QSet<int> m_taskLines;
    QList<int> m_peopleLines;
    int m_listDepth = 0;
    int m_codeDepth = 0;
    int m_quoteDepth = 0;
    int m_headingLevel = 0;
    bool m_seenH2 = false;
    Section m_section = Section::None;
    int m_sectionLevel = 0;
    std::optional<QString> m_heading;
    std::optional<QString> m_lastHeading;
    std::optional<QString> m_summary;
    std::optional<QString> m_item;
    std::optional<QString> m_paragraph;
    QStringList m_decisionItems, m_decisionParagraphs, m_keyPointItems, m_keyPointParagraphs;
    BodyParser::Result m_result;
};

} // namespace

BodyParser::Result BodyParser::parse(const QByteArray &body, int firstLine, qint64 timeBudgetMs)
{
    CpuTimer timer;
    timer.start();
    const ObsidianComments::Found comments
        = ObsidianComments::inBody(body, kMarkdownFlags, timeBudgetMs);
    if (comments.spans.isEmpty())
        return Walker(body, body, firstLine, timeBudgetMs).run();
    // md4c reads the note as Obsidian shows it: without its comments, each line where it was.
    const QByteArray visible = ObsidianComments::removed(body, comments.spans);
    Result result
        = Walker(visible, body, firstLine, std::max<qint64>(0, timeBudgetMs - timer.elapsed()))
              .run();
    result.truncated = result.truncated || comments.truncated;
    return result;
}

} // namespace core
