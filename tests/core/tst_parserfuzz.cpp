// SPDX-License-Identifier: GPL-3.0-or-later
// A bounded-time fuzz of the note parser: the seed note, generated notes and hand-written traps,
// mutated (byte flips, insertions, deletions, splices, truncations) and mixed with random YAML-ish
// and Markdown-ish text, deep nesting and long lines. No input may crash or hang, and what comes
// back must be consistent.
//
// VAULTVIEW_FUZZ_SECONDS sets the time (default 20); VAULTVIEW_FUZZ_SEED replays a run. A failing
// input is saved to the temporary folder and its path printed. Runs longer than five minutes also
// need QTEST_FUNCTION_TIMEOUT (milliseconds) raised, and the CTest TIMEOUT when run through ctest.

#include "core/parse/noteparser.h"
#include "core/parse/tagscanner.h"
#include "core/parse/tasklineparser.h"
#include "parserhelpers.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using core::Note;
using core::NoteParser;
using core::Task;

namespace {

constexpr qsizetype kMaxInput = 1 << 20;

const char *const kTokens[] = {
    "---\n",
    "...\n",
    "\n",
    "\r\n",
    "\r",
    "\xEF\xBB\xBF",
    "- [ ] ",
    "- [x] ",
    "* [?] ",
    "1. [/] ",
    "  - [-] ",
    "> ",
    "# ",
    "## Summary\n",
    "## Decisions\n",
    "## Key Points\n",
    "```\n",
    "~~~\n",
    "    ",
    "\t",
    "**With**: ",
    "[[",
    "]]",
    "|",
    "@Alon Horev",
    " @",
    "#tag",
    "#2025",
    "C#",
    " ^abc123",
    "[due:: 2025-10-31]",
    "[priority:: high]",
    "📅 2025-10-31",
    "📅 2025-02-30",
    "[due:: 2025-13-01]",
    "%%",
    " %%c%% ",
    "⏳ 2025-11-01",
    "🛫",
    "➕",
    "✅ 2025-01-01",
    "❌",
    "🔁 every week",
    "🔺",
    "⏫",
    "🔼",
    "🔽",
    "⏬",
    "🆔 a1",
    "⛔ a1,b2",
    "🏁 delete",
    "\xEF\xB8\x8F",
    "\xEF\xA3\xBF\xC3\xBC\xC3\xAC\xC3\x96", // 📅 as Mac Roman mojibake
    "\xE2\x80\x9A\xC3\xA8\xC2\xB4", // ⏫ as Mac Roman mojibake
    "\xC3\xB0\xC5\xB8\xE2\x80\x9C\xE2\x80\xA6", // 📅 as Windows-1252 mojibake
    "\xFF",
    "\xC3",
    "\xF0\x9F",
    "\xED\xA0\x80",
    "\0",
    "title: ",
    "date: ",
    "tags: ",
    "participants:\n- ",
    "&a ",
    "*a",
    "[",
    "{",
    "]",
    "}",
    ",",
    "'",
    "\"",
    ": ",
    "- ",
    "? ",
    "!!str ",
    "%YAML 1.2\n",
    "<!--",
    "-->",
    "<div>",
    "`",
    "*",
    "_",
    "~~",
    "\\",
    "&amp;",
    "&#x1F4C5;",
    "$$",
};

QByteArray token(QRandomGenerator &rng)
{
    const char *t = kTokens[rng.bounded(int(std::size(kTokens)))];
    return t[0] == '\0' ? QByteArray(1, '\0') : QByteArray(t);
}

QByteArray randomBytes(QRandomGenerator &rng, int n)
{
    QByteArray out(n, '\0');
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

QByteArray pick(QRandomGenerator &rng, std::initializer_list<const char *> items)
{
    return QByteArray(*(items.begin() + rng.bounded(int(items.size()))));
}

QByteArray yamlValue(QRandomGenerator &rng)
{
    switch (rng.bounded(8)) {
    case 0:
        return "2025-" + QByteArray::number(rng.bounded(15)) + "-"
            + QByteArray::number(rng.bounded(33));
    case 1:
        return "[" + pick(rng, { "a", "[[A]]", "*x", "'q", "b, c" }) + pick(rng, { "]", "", "]]" });
    case 2:
        return "{" + pick(rng, { "a: 1", "a: {", "b" }) + pick(rng, { "}", "" });
    case 3:
        return pick(rng, { "\"open", "'open", "\"ok\"", "'it''s'" });
    case 4:
        return pick(rng, { "&x [*x]", "*x", "&x a", "!!binary x", "|\n  block", ">\n  folded" });
    case 5:
        return "\n" + QByteArray(rng.bounded(4), ' ') + "- " + token(rng);
    case 6:
        return token(rng) + token(rng);
    default:
        return "Alon Horev, [[Jason Vallery|JV]], @Bob";
    }
}

QByteArray yamlish(QRandomGenerator &rng)
{
    QByteArray out = rng.bounded(4) == 0 ? "\xEF\xBB\xBF---\n" : "---\n";
    const int lines = rng.bounded(12);
    for (int i = 0; i < lines; ++i) {
        out += QByteArray(
            rng.bounded(3) == 0 ? rng.bounded(5) : 0, rng.bounded(8) == 0 ? '\t' : ' ');
        out += pick(rng,
            { "title", "date", "type", "person", "participants", "attendees", "tags", "tag", "x",
                "" });
        out += pick(rng, { ": ", ":", " ", ": " }) + yamlValue(rng) + "\n";
    }
    out += pick(rng, { "---\n", "...\n", "", "--- \r\n" });
    return out;
}

QByteArray markdownLine(QRandomGenerator &rng)
{
    const QByteArray indent(rng.bounded(4) == 0 ? rng.bounded(12) : 0, ' ');
    switch (rng.bounded(10)) {
    case 0:
        return QByteArray(rng.bounded(1, 8), '#') + " " + token(rng) + "Heading";
    case 1:
        return indent + pick(rng, { "- ", "* ", "+ ", "1. ", "2) ", "> - ", "- - " }) + "["
            + token(rng).left(4) + "] task " + token(rng) + token(rng) + token(rng);
    case 2:
        return indent + "- [" + pick(rng, { " ", "x", "X", "/", "-", "?", ">", "!", "é", "🙂" })
            + "] do " + token(rng) + " @"
            + pick(rng, { "Alon Horev", "bob", "Zoë O'Brien", "李雷", "A B C D E" }) + " "
            + token(rng);
    case 3:
        return pick(rng,
            { "```", "~~~", "    code", "<!-- c -->", "---", "***", "===", "| a | b |",
                "|---|---|" });
    case 4:
        return "**" + pick(rng, { "With", "Attendees", "participants", "Date" })
            + "**: " + yamlValue(rng);
    case 5:
        return QByteArray();
    default:
        return indent + token(rng) + " words " + token(rng) + token(rng);
    }
}

QByteArray markdownish(QRandomGenerator &rng)
{
    QByteArray out;
    const int lines = rng.bounded(40);
    const char *eol = rng.bounded(3) == 0 ? "\r\n" : "\n";
    for (int i = 0; i < lines; ++i)
        out += markdownLine(rng) + (rng.bounded(20) == 0 ? "\r" : eol);
    return out;
}

QByteArray deepNesting(QRandomGenerator &rng)
{
    const int depth = rng.bounded(1, 20000);
    switch (rng.bounded(7)) {
    case 0:
        return QByteArray(depth, '>') + " - [ ] deep";
    case 1: {
        QByteArray out;
        for (int i = 0; i < std::min(depth, 800); ++i)
            out += QByteArray(2 * i, ' ') + "- [ ] level " + QByteArray::number(i) + "\n";
        return out;
    }
    case 2:
        return "---\nk: " + QByteArray(depth, '[') + "\n---\n- [ ] t\n";
    case 3: {
        QByteArray out = "---\n";
        for (int i = 0; i < std::min(depth, 1000); ++i)
            out += QByteArray(i, ' ') + "k:\n";
        return out + "---\n- [ ] t\n";
    }
    case 4: {
        QByteArray out;
        for (int i = 0; i < depth; ++i)
            out += "- ";
        return out + "[x] deep";
    }
    case 5:
        return QByteArray(depth, '*') + "a" + QByteArray(depth, '_');
    default:
        return QByteArray(depth, '[') + "x" + QByteArray(depth / 2, ']');
    }
}

QByteArray repeatedUnit(const QByteArray &unit, int bytes)
{
    QByteArray out;
    out.reserve(bytes + unit.size());
    while (!unit.isEmpty() && out.size() < bytes)
        out += unit;
    return out;
}

// A long body, then a long tail of fields and tags, as read from the end of a task line.
QByteArray longLine(QRandomGenerator &rng)
{
    const QByteArray body
        = token(rng) + pick(rng, { " ", "é", "李", "#t ", "@A ", "^b ", "word " });
    const QByteArray tail = pick(
        rng, { " [due:: 2025-01-01]", " 📅 2025-01-01", " #t", " ⏫", " [x:: y]", " 🔁 every day" });
    return pick(rng, { "- [ ] ", "", "## ", "> - [?] " })
        + repeatedUnit(body, rng.bounded(1000, 300000)) + repeatedUnit(tail, rng.bounded(0, 40000));
}

void mutateOnce(QRandomGenerator &rng, QByteArray &data, const QList<QByteArray> &corpus)
{
    const qsizetype size = data.size();
    const qsizetype at = size ? rng.bounded(size) : 0;
    const qsizetype span = size ? rng.bounded(std::min<qsizetype>(size - at, 64) + 1) : 0;
    switch (rng.bounded(8)) {
    case 0:
        if (size)
            data[at] = char(data[at] ^ (1 << rng.bounded(8)));
        break;
    case 1:
        if (size)
            data[at] = char(rng.bounded(256));
        break;
    case 2:
        data.insert(at, randomBytes(rng, rng.bounded(1, 16)));
        break;
    case 3:
        data.insert(at, token(rng));
        break;
    case 4:
        data.remove(at, span);
        break;
    case 5:
        data.insert(at, data.mid(at, span));
        break;
    case 6:
        data.truncate(at);
        break;
    default: {
        const QByteArray &other = corpus.at(rng.bounded(int(corpus.size())));
        data.insert(
            at, other.mid(other.isEmpty() ? 0 : rng.bounded(other.size()), rng.bounded(2048)));
    }
    }
}

int lineCount(const QByteArray &bytes)
{
    return int(bytes.count('\n')) + 1;
}

bool isDate(const std::optional<QString> &value)
{
    return !value || (value->size() == 10 && QDate::fromString(*value, Qt::ISODate).isValid());
}

bool uniqueCaseInsensitive(const QStringList &list)
{
    QSet<QString> seen;
    for (const QString &item : list) {
        if (seen.contains(item.toCaseFolded()))
            return false;
        seen.insert(item.toCaseFolded());
    }
    return true;
}

// Everything that must hold for any input; returns what does not.
QString checkTask(const Task &task, int lines, int previous)
{
    static const QStringList priorities { QStringLiteral("highest"), QStringLiteral("high"),
        QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("lowest"),
        QStringLiteral("normal") };
    if (task.line < 1 || task.line > lines)
        return QStringLiteral("task line %1 outside 1..%2").arg(task.line).arg(lines);
    if (task.line <= previous)
        return QStringLiteral("task lines out of order: %1 after %2").arg(task.line).arg(previous);
    if (task.status.toUcs4().size() != 1 || core::stateForStatus(task.status) != task.state)
        return QStringLiteral("bad status '%1'").arg(task.status);
    if (!priorities.contains(task.priority))
        return QStringLiteral("bad priority ") + task.priority;
    for (const auto *date :
        { &task.due, &task.scheduled, &task.start, &task.created, &task.done, &task.cancelled }) {
        if (!isDate(*date))
            return QStringLiteral("bad task date ") + date->value_or(QString());
    }
    if (task.text != task.text.trimmed())
        return QStringLiteral("untrimmed text");
    if (task.owner && (task.owner->isEmpty() || task.owner->startsWith(u'@')))
        return QStringLiteral("bad owner ") + *task.owner;
    return {};
}

QString checkNote(const Note &note, const QByteArray &bytes)
{
    if (note.title.isEmpty())
        return QStringLiteral("empty title");
    if (!isDate(note.date))
        return QStringLiteral("bad date ") + note.date.value_or(QString());
    if (!std::is_sorted(note.people.cbegin(), note.people.cend())
        || !uniqueCaseInsensitive(note.people))
        return QStringLiteral("people not sorted and unique: ") + note.people.join(u'|');
    QStringList sorted = note.tags;
    core::TagScanner::sortCaseInsensitive(sorted);
    if (sorted != note.tags || !uniqueCaseInsensitive(note.tags))
        return QStringLiteral("tags not sorted and unique: ") + note.tags.join(u'|');
    for (const QString &tag : note.tags) {
        if (tag.isEmpty() || tag.startsWith(u'#'))
            return QStringLiteral("bad tag ") + tag;
    }
    int previous = 0;
    for (const Task &task : note.tasks) {
        if (QString problem = checkTask(task, lineCount(bytes), previous); !problem.isEmpty())
            return problem;
        previous = task.line;
    }
    return {};
}

// Any single line, as TaskWriter hands them over: a checkbox must lie within the line.
QString checkLines(const QByteArray &bytes, QRandomGenerator &rng)
{
    const QList<QByteArray> lines = bytes.split('\n');
    const QString line = QString::fromUtf8(lines.at(rng.bounded(int(lines.size()))));
    const auto box = core::TaskLineParser::checkbox(line);
    const auto task = core::TaskLineParser::parse(line);
    if (box.has_value() != task.has_value())
        return QStringLiteral("checkbox and parse disagree");
    if (box && (box->statusPos + box->statusLen > line.size() || box->descriptionPos > line.size()))
        return QStringLiteral("checkbox outside the line");
    return {};
}

} // namespace

class TestParserFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noteParserSurvivesRandomInput();

private:
    QByteArray nextInput();
    void fail(const QByteArray &input, const QString &problem);

    QList<QByteArray> m_corpus;
    QRandomGenerator m_rng;
    quint32 m_seed = 0;
    int m_seconds = 20;
};

void TestParserFuzz::initTestCase()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("VAULTVIEW_FUZZ_SECONDS", &ok);
    m_seconds = ok && seconds >= 0 ? seconds : 20;
    const QByteArray seed = qgetenv("VAULTVIEW_FUZZ_SEED");
    m_seed = seed.isEmpty() ? QRandomGenerator::system()->generate() : seed.toUInt();
    m_rng.seed(m_seed);
    qInfo("fuzzing for %d s with VAULTVIEW_FUZZ_SEED=%u", m_seconds, m_seed);

    m_corpus.append(parsertest::seedBytes());
    QVERIFY2(!m_corpus.first().isEmpty(), "the seed note is missing");
    TestVault vault;
    if (vault.generate(30, 3, 0.5)) {
        QDirIterator it(
            vault.root(), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_corpus.append(vault.read(QDir(vault.root()).relativeFilePath(it.next())));
    } else {
        qInfo("vaultgen.py is unavailable: fuzzing from the seed note and built-in inputs only");
    }
    m_corpus.append(QByteArray("---\ntitle: \"open\n---\n# H\n- [ ] a 📅 2025-01-01 @Bob #t\n"));
    m_corpus.append(QByteArray("\xEF\xBB\xBF---\r\ntags: a, b\r\n---\r\n## Decisions\r\n- one\r\n  "
                               "- [x] sub ✅ 2025-01-02\r\n"));
}

QByteArray TestParserFuzz::nextInput()
{
    QByteArray input;
    switch (m_rng.bounded(10)) {
    case 0:
        input = yamlish(m_rng) + markdownish(m_rng);
        break;
    case 1:
        input = markdownish(m_rng);
        break;
    case 2:
        input = deepNesting(m_rng);
        break;
    case 3:
        input = longLine(m_rng);
        break;
    case 4:
        input = randomBytes(m_rng, m_rng.bounded(4096));
        break;
    default: {
        input = m_corpus.at(m_rng.bounded(int(m_corpus.size())));
        const int mutations = 1 << m_rng.bounded(7);
        for (int i = 0; i < mutations; ++i)
            mutateOnce(m_rng, input, m_corpus);
    }
    }
    if (input.size() > kMaxInput)
        input.truncate(kMaxInput);
    return input;
}

void TestParserFuzz::fail(const QByteArray &input, const QString &problem)
{
    const QString path = QDir::temp().filePath(QStringLiteral("vaultview-fuzz-%1.md").arg(m_seed));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(input);
    QFAIL(qPrintable(problem + QStringLiteral(" (input saved to ") + path + u')'));
}

void TestParserFuzz::noteParserSurvivesRandomInput()
{
    const QDeadlineTimer deadline(qint64(m_seconds) * 1000);
    qint64 runs = 0;
    qint64 tasks = 0;
    qint64 slowest = 0;
    do {
        const QByteArray input = nextInput();
        QElapsedTimer timer;
        timer.start();
        const Note note = NoteParser::parse(QStringLiteral("Notes/2025-10-28 fuzz.md"), input);
        slowest = std::max(slowest, timer.elapsed());
        if (const QString problem = checkNote(note, input); !problem.isEmpty())
            return fail(input, problem);
        if (const QString problem = checkLines(input, m_rng); !problem.isEmpty())
            return fail(input, problem);
        ++runs;
        tasks += note.tasks.size();
    } while (!deadline.hasExpired());
    qInfo("%lld inputs, %lld tasks, slowest parse %lld ms", runs, tasks, slowest);
    QVERIFY(runs > 0);
}

QTEST_GUILESS_MAIN(TestParserFuzz)
#include "tst_parserfuzz.moc"
