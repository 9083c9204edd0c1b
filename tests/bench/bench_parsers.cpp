// SPDX-License-Identifier: GPL-3.0-or-later
// How long the parsers take on the pathological inputs of the parser tests (tst_tasklineparser
// longLines, tst_frontmatter fields/errors, tst_noteparser robustness, tst_bodyparser): the tests
// check what these inputs parse to, this program prints the time, median and slowest of a few
// runs. It never fails on a number. Arguments are ignored, so that it runs like the others:
//   bench_parsers [VAULT INDEX]
#include "core/parse/bodyparser.h"
#include "core/parse/frontmatter.h"
#include "core/parse/noteparser.h"
#include "core/parse/tasklineparser.h"

#include "hostileyaml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {

constexpr int kRuns = 5;

template<typename Text> Text repeated(const Text &unit, int times)
{
    Text out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

void measure(QTextStream &out, const QString &name, const std::function<void()> &work)
{
    QList<double> samples;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    out << QStringLiteral("  %1 median %2 ms, max %3 ms\n")
               .arg(name + u':', -58)
               .arg(samples.at(samples.size() / 2), 8, 'f', 1)
               .arg(samples.last(), 8, 'f', 1);
    out.flush();
}

void taskLines(QTextStream &out)
{
    const QString many = QString(100000, QChar(u'é'));
    QString dataview;
    QString emoji;
    QString tags;
    for (int i = 0; i < 1000; ++i) {
        dataview += QStringLiteral(" [due:: 2025-01-01]");
        emoji += QString::fromUtf8(" 📅 2025-01-01");
        tags += QStringLiteral(" #t");
    }
    const QList<std::pair<const char *, QString>> lines {
        { "non-ASCII text then 1000 Dataview fields", QStringLiteral("- [ ] ") + many + dataview },
        { "non-ASCII text then 1000 emoji fields", QStringLiteral("- [ ] ") + many + emoji },
        { "non-ASCII text then 1000 tags", QStringLiteral("- [ ] ") + many + tags },
        { "ASCII text then 1000 Dataview fields",
            QStringLiteral("- [ ] ") + QString(100000, u'a') + dataview },
        { "100000 @ signs", QStringLiteral("- [ ] ") + QString(100000, u'@') },
        { "100000 open brackets", QStringLiteral("- [ ] ") + QString(100000, u'[') + u']' },
    };
    out << "TaskLineParser::parse, one long line:\n";
    for (const auto &[name, line] : lines) {
        const QString &text = line;
        measure(out, QString::fromUtf8(name), [&text] { core::TaskLineParser::parse(text); });
    }
}

void frontmatter(QTextStream &out)
{
    const QList<std::pair<const char *, QString>> yamls {
        { "self-reference a: &a [*a]", QStringLiteral("a: &a [*a]\ntype: kept\n") },
        { "self-referencing tags", QStringLiteral("tags: &t [*t, real]\ntype: kept\n") },
        { "billion laughs", hostileyaml::billionLaughs() },
        { "10000 nested [", QStringLiteral("type: x\nk: ") + repeated(QStringLiteral("["), 10000) },
        { "10000 nested {",
            QStringLiteral("type: x\nk: ") + repeated(QStringLiteral("{a: "), 10000) },
        { "deep block nesting", hostileyaml::deepBlockMaps(800) },
        { "too large",
            QStringLiteral("type: x\nk: ")
                + repeated(QStringLiteral("a"), int(core::Frontmatter::kMaxYamlChars)) },
        { "comma (LoadAll would loop)", QStringLiteral(",") },
    };
    out << "Frontmatter::parse, hostile YAML:\n";
    for (const auto &[name, yaml] : yamls) {
        const QString &text = yaml;
        measure(out, QString::fromUtf8(name), [&text] { core::Frontmatter::parse(text); });
    }
}

void notes(QTextStream &out)
{
    const QByteArray tail("\n---\n- [ ] t\n");
    QByteArray indented;
    for (int i = 0; i < 1000; ++i)
        indented += QByteArray(2 * i, ' ') + "- x\n";
    QByteArray binary;
    for (int i = 0; i < 65536; ++i)
        binary += char((i * 131 + i / 7) & 0xFF);
    const QList<std::pair<const char *, QByteArray>> bytes {
        { "comma frontmatter", "---\n," + tail },
        { "10000 nested [ in frontmatter", "---\nk: " + repeated(QByteArray("["), 10000) + tail },
        { "self-referencing alias", "---\na: &a [*a]" + tail },
        { "10000 nested list items", repeated(QByteArray("- "), 10000) + "[ ] deep\n" },
        { "10000 nested blockquotes", repeated(QByteArray(">"), 10000) + " - [ ] deep\n" },
        { "1000 indented list levels", indented },
        { "a 4 MB line", "- [ ] " + repeated(QByteArray("word #t "), 500000) },
        { "binary", binary },
    };
    out << "NoteParser::parse, hostile notes:\n";
    for (const auto &[name, note] : bytes) {
        const QByteArray &input = note;
        measure(out, QString::fromUtf8(name),
            [&input] { core::NoteParser::parse(QStringLiteral("2024-01-15 note.md"), input); });
    }
    QByteArray body;
    for (int i = 0; i < 20000; ++i)
        body += "- [ ] task " + QByteArray::number(i) + "\n\nparagraph\n\n";
    out << "BodyParser::parse, against its " << core::BodyParser::kTimeBudgetMs << " ms budget:\n";
    measure(out, QStringLiteral("20000 tasks between paragraphs"),
        [&body] { core::BodyParser::parse(body, 1); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    taskLines(out);
    frontmatter(out);
    notes(out);
    return 0;
}
