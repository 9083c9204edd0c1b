// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/obsidiancomments.h"

#include "core/parse/cputimer.h"

#include <QHash>
#include <algorithm>
#include <md4c.h>
#include <optional>

namespace core {

namespace {

// Walks the body with md4c only to learn where "%%" opens a comment: in text that is not code (nor
// raw HTML, whose own comments hide a "%%" as Obsidian's hide "<!--"). The closing "%%" is looked
// for in the bytes themselves, since inside a comment nothing is code.
class Finder
{
public:
    Finder(const QByteArray &body, qint64 budgetMs)
        : m_body(body)
        , m_budgetMs(budgetMs)
    { }

    ObsidianComments::Found run(unsigned flags)
    {
        MD_PARSER parser {};
        parser.abi_version = 0;
        parser.flags = flags;
        parser.enter_block
            = [](MD_BLOCKTYPE, void *, void *u) { return self(u)->overBudget() ? 1 : 0; };
        parser.leave_block
            = [](MD_BLOCKTYPE, void *, void *u) { return self(u)->overBudget() ? 1 : 0; };
        parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
            return self(u)->text(t, s, n);
        };
        m_timer.start();
        md_parse(m_body.constData(), MD_SIZE(m_body.size()), &parser, this);
        if (m_found.truncated) // what was not read may be a comment: keep it hidden
            m_found.spans.append({ m_resume, m_body.size() });
        return std::move(m_found);
    }

private:
    static Finder *self(void *userdata) { return static_cast<Finder *>(userdata); }

    bool overBudget()
    {
        if (++m_calls % 1024 == 0 && m_timer.elapsed() > m_budgetMs)
            m_found.truncated = true;
        return m_found.truncated;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE size)
    {
        if (overBudget())
            return 1;
        if (type != MD_TEXT_NORMAL || s < m_body.constData()
            || s + size > m_body.constData() + m_body.size())
            return 0;
        const qsizetype end = (s - m_body.constData()) + qsizetype(size);
        for (qsizetype at = std::max<qsizetype>(s - m_body.constData(), m_resume); at + 1 < end;) {
            const qsizetype open = QByteArrayView(m_body).sliced(at, end - at).indexOf("%%");
            if (open < 0)
                break;
            const qsizetype start = at + open;
            const qsizetype close = m_body.indexOf("%%", start + 2);
            if (close < 0) {
                m_found.spans.append({ start, m_body.size() });
                m_resume = m_body.size();
                return 1; // the rest of the note is the comment
            }
            m_found.spans.append({ start, close + 2 });
            at = m_resume = close + 2;
        }
        m_resume = std::max(m_resume, end);
        return 0;
    }

    const QByteArray &m_body;
    const qint64 m_budgetMs;
    CpuTimer m_timer;
    quint64 m_calls = 0;
    qsizetype m_resume = 0; // text before this offset was read (or is in a comment)
    ObsidianComments::Found m_found;
};

// The backtick runs of one line, for its code spans: a run opens one that the next run of the same
// length closes. Asked about positions left to right, it answers in linear time overall.
class BacktickRuns
{
public:
    explicit BacktickRuns(QStringView line)
    {
        for (qsizetype i = 0; i < line.size();) {
            qsizetype length = 0;
            while (i + length < line.size() && line.at(i + length) == u'`')
                ++length;
            if (length == 0) {
                ++i;
                continue;
            }
            m_byLength[length].append(m_runs.size());
            m_runs.append({ i, length });
            i += length;
        }
    }

    // The end of the first code span that opens in [from, before), if one does.
    std::optional<qsizetype> codeSpan(qsizetype from, qsizetype before)
    {
        for (; m_at < m_runs.size() && m_runs.at(m_at).pos < before; ++m_at) {
            const Run run = m_runs.at(m_at);
            if (run.pos < from)
                continue;
            const QList<qsizetype> &same = m_byLength[run.length];
            qsizetype &next = m_next[run.length];
            while (next < same.size() && m_runs.at(same.at(next)).pos <= run.pos)
                ++next;
            if (next < same.size()) {
                ++m_at;
                return m_runs.at(same.at(next)).pos + run.length;
            }
        }
        return std::nullopt;
    }

private:
    struct Run
    {
        qsizetype pos = 0;
        qsizetype length = 0;
    };
    QList<Run> m_runs;
    QHash<qsizetype, QList<qsizetype>> m_byLength; // indexes into m_runs, in order
    QHash<qsizetype, qsizetype> m_next; // per length, the first of m_byLength not yet passed
    qsizetype m_at = 0;
};

} // namespace

ObsidianComments::Found ObsidianComments::inBody(
    const QByteArray &body, unsigned md4cFlags, qint64 budgetMs)
{
    if (!body.contains("%%"))
        return {};
    return Finder(body, budgetMs).run(md4cFlags);
}

QByteArray ObsidianComments::removed(const QByteArray &body, const QList<Span> &spans)
{
    QByteArray out;
    out.reserve(body.size());
    qsizetype kept = 0;
    for (const Span &span : spans) {
        out.append(QByteArrayView(body).sliced(kept, span.start - kept));
        out.append(
            QByteArrayView(body).sliced(span.start, span.end - span.start).count('\n'), '\n');
        kept = span.end;
    }
    out.append(QByteArrayView(body).sliced(kept));
    return out;
}

QList<ObsidianComments::Span> ObsidianComments::inLine(QStringView line)
{
    QList<Span> spans;
    qsizetype open = line.indexOf(u"%%");
    if (open < 0)
        return spans;
    BacktickRuns runs(line);
    qsizetype at = 0;
    while (open >= 0) {
        // A code span that opens first hides the "%%" when it closes after it.
        if (const auto code = runs.codeSpan(at, open)) {
            at = *code;
            if (open < at)
                open = line.indexOf(u"%%", at);
            continue;
        }
        const qsizetype close = line.indexOf(u"%%", open + 2);
        spans.append({ open, close < 0 ? line.size() : close + 2 });
        if (close < 0)
            break;
        at = close + 2;
        open = line.indexOf(u"%%", at);
    }
    return spans;
}

} // namespace core
