// SPDX-License-Identifier: GPL-3.0-or-later
// The note model from the bytes of one file: title, date, type, people, tags, sections, tasks and
// warnings, on small notes built for each rule and on the real seed note
// (shared/seeds/meeting-note.md, whose emoji are Mac Roman mojibake).

#include "core/parse/noteparser.h"
#include "parserhelpers.h"

#include <QtTest>

using core::Note;
using core::NoteParser;
using core::Task;

namespace {

QByteArray raw(const char *text)
{
    return QByteArray(text);
}

// UTF-8 bytes of text that holds mojibake written as \u escapes.
QByteArray raw(const QString &text)
{
    return text.toUtf8();
}

Note parse(const QByteArray &bytes, const QString &path = QStringLiteral("note.md"))
{
    return NoteParser::parse(path, bytes);
}

QVariant opt(const std::optional<QString> &value)
{
    return parsertest::opt(value);
}

// "LINE:[S] TEXT" for each task, to compare what was found at a glance.
QStringList brief(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &task : tasks)
        out.append(QString::number(task.line) + QStringLiteral(":[") + task.status
            + QStringLiteral("] ") + task.text);
    return out;
}

QStringList sections(const QList<Task> &tasks)
{
    QStringList out;
    for (const Task &task : tasks)
        out.append(task.section.value_or(QStringLiteral("<null>")));
    return out;
}

QByteArray repeated(const QByteArray &unit, int times)
{
    QByteArray out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

// Mac Roman spellings (from Python's mac_roman codec) of what the seed note holds.
const QString kMacCalendar = QStringLiteral("\uF8FF\u00FC\u00EC\u00D6"); // 📅
const QString kMacHigh = QStringLiteral("\u201A\u00E8\u00B4"); // ⏫
const QString kMacQuote = QStringLiteral("\u201A\u00C4\u00F4"); // ’
const QString kMacEAcute = QStringLiteral("\u221A\u00A9"); // é
const QString kMacEDiaeresis = QStringLiteral("\u221A\u00B4"); // ë
const QString kWinCalendar = QStringLiteral("\u00F0\u0178\u201C\u2026"); // 📅 as Windows-1252
const QString kWinEAcute = QStringLiteral("\u00C3\u00A9"); // é as Windows-1252

} // namespace

class TestNoteParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateOf_data();
    void dateOf();
    void decode_data();
    void decode();
    void title_data();
    void title();
    void date_data();
    void date();
    void type_data();
    void type();
    void people_data();
    void people();
    void tags_data();
    void tags();
    void sections_data();
    void sections();
    void tasks_data();
    void tasks();
    void taskSections_data();
    void taskSections();
    void taskFieldsThroughTheNote();
    void comments_data();
    void comments();
    void commentsAreNotInTheFullText();
    void warnings_data();
    void warnings();
    void invalidUtf8IsReplaced();
    void mojibakeRepairedEverywhere_data();
    void mojibakeRepairedEverywhere();
    void fileIsNeverChanged();
    void robustness_data();
    void robustness();
    void seedNote();
    void seedTasks_data();
    void seedTasks();
};

void TestNoteParser::dateOf_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QVariant>("date");
    const QVariant null;
    const QVariant day(QStringLiteral("2025-10-28"));
    QTest::newRow("dateOf: date alone") << QStringLiteral("2025-10-28") << day;
    QTest::newRow("dateOf: followed by T") << QStringLiteral("2025-10-28T14:30:00") << day;
    QTest::newRow("dateOf: followed by a space") << QStringLiteral("2025-10-28 14:30") << day;
    QTest::newRow("dateOf: surrounding spaces") << QStringLiteral("  2025-10-28 ") << day;
    QTest::newRow("dateOf: leap day")
        << QStringLiteral("2024-02-29") << QVariant(QStringLiteral("2024-02-29"));
    QTest::newRow("dateOf: not a calendar date (Feb 30)") << QStringLiteral("2025-02-30") << null;
    QTest::newRow("dateOf: not a leap year") << QStringLiteral("2025-02-29") << null;
    QTest::newRow("dateOf: month 13") << QStringLiteral("2025-13-01") << null;
    QTest::newRow("dateOf: followed by a letter") << QStringLiteral("2025-10-28x") << null;
    QTest::newRow("dateOf: followed by a dash") << QStringLiteral("2025-10-28-01") << null;
    QTest::newRow("dateOf: one-digit month") << QStringLiteral("2025-1-28") << null;
    QTest::newRow("dateOf: other order") << QStringLiteral("28.10.2025") << null;
    QTest::newRow("dateOf: empty") << QString() << null;
}

void TestNoteParser::dateOf()
{
    QFETCH(QString, value);
    QFETCH(QVariant, date);
    QCOMPARE(opt(NoteParser::dateOf(value)), date);
}

void TestNoteParser::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("invalid");
    QTest::newRow("decode: UTF-8") << raw("Zoë 📅") << QStringLiteral("Zoë 📅") << false;
    QTest::newRow("decode: leading BOM dropped")
        << raw("\xEF\xBB\xBFhi") << QStringLiteral("hi") << false;
    QTest::newRow("decode: invalid byte becomes U+FFFD") << raw("a\xFF"
                                                                "b")
                                                         << QStringLiteral("a\uFFFDb") << true;
    QTest::newRow("decode: lone continuation byte becomes U+FFFD")
        << raw("a\x80z") << QStringLiteral("a\uFFFDz") << true;
    QTest::newRow("decode: BOM in the middle is text")
        << raw("a\xEF\xBB\xBF") << QStringLiteral("a\uFEFF") << false;
    QTest::newRow("decode: Latin-1 byte becomes U+FFFD")
        << raw("caf\xE9!") << QStringLiteral("caf\uFFFD!") << true;
    QTest::newRow("decode: empty") << QByteArray() << QString() << false;
}

void TestNoteParser::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, invalid);
    bool flagged = !invalid;
    QCOMPARE(NoteParser::decode(bytes, &flagged), text);
    QCOMPARE(flagged, invalid);
}

void TestNoteParser::title_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    const QString note = QStringLiteral("Meetings/2025/10/2025-10-28 Sync.md");

    QTest::newRow("title: frontmatter title")
        << note << raw("---\ntitle: From YAML\n---\n# From heading\n")
        << QStringLiteral("From YAML");
    QTest::newRow("title: frontmatter title trimmed")
        << note << raw("---\ntitle: '  Spaced  '\n---\n") << QStringLiteral("Spaced");
    QTest::newRow("title: first level-1 heading")
        << note << raw("intro\n\n# First\n\n# Second\n") << QStringLiteral("First");
    QTest::newRow("title: level-2 heading is not the title")
        << note << raw("## Two\n\n# One\n") << QStringLiteral("One");
    QTest::newRow("title: setext level-1 heading")
        << note << raw("Setext title\n===\n") << QStringLiteral("Setext title");
    QTest::newRow("title: heading as plain text")
        << note << raw("# **Bold** [link](http://x) `code`\n") << QStringLiteral("Bold link code");
    QTest::newRow("title: empty frontmatter title falls back to the heading")
        << note << raw("---\ntitle: ''\n---\n# Heading\n") << QStringLiteral("Heading");
    QTest::newRow("title: broken YAML falls back to the heading")
        << note << raw("---\ntitle: \"open\n---\n# Heading\n") << QStringLiteral("Heading");
    QTest::newRow("title: heading in a code block does not count")
        << note << raw("```\n# not a heading\n```\n") << QStringLiteral("2025-10-28 Sync");
    QTest::newRow("title: file name without extension")
        << note << raw("no heading\n") << QStringLiteral("2025-10-28 Sync");
    QTest::newRow("title: upper-case extension")
        << QStringLiteral("Notes/Plan.MD") << QByteArray() << QStringLiteral("Plan");
    QTest::newRow("title: file name with dots")
        << QStringLiteral("v1.2 notes.md") << QByteArray() << QStringLiteral("v1.2 notes");
}

void TestNoteParser::title()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QCOMPARE(parse(bytes, path).title, title);
}

void TestNoteParser::date_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariant>("date");
    const QVariant null;
    const QVariant day(QStringLiteral("2025-10-28"));
    const QVariant fileDay(QStringLiteral("2024-01-15"));
    const QString plain = QStringLiteral("notes/meeting.md");
    const QString dated = QStringLiteral("notes/2024-01-15 meeting.md");

    QTest::newRow("date: frontmatter date") << plain << raw("---\ndate: 2025-10-28\n---\n") << day;
    QTest::newRow("date: frontmatter date quoted")
        << plain << raw("---\ndate: '2025-10-28'\n---\n") << day;
    QTest::newRow("date: frontmatter date-time with T")
        << plain << raw("---\ndate: 2025-10-28T14:30:00\n---\n") << day;
    QTest::newRow("date: frontmatter date-time with a space")
        << plain << raw("---\ndate: 2025-10-28 14:30\n---\n") << day;
    QTest::newRow("date: frontmatter date-time quoted")
        << plain << raw("---\ndate: \"2025-10-28T14:30:00\"\n---\n") << day;
    QTest::newRow("date: frontmatter beats the file name")
        << dated << raw("---\ndate: 2025-10-28\n---\n") << day;
    QTest::newRow("date: invalid frontmatter date falls back to the file name")
        << dated << raw("---\ndate: 2025-02-30\n---\n") << fileDay;
    QTest::newRow("date: frontmatter date with a letter after it falls back")
        << dated << raw("---\ndate: 2025-10-28x\n---\n") << fileDay;
    QTest::newRow("date: a list date falls back")
        << dated << raw("---\ndate: [2025-10-28]\n---\n") << fileDay;
    QTest::newRow("date: broken YAML falls back to the file name")
        << dated << raw("---\ndate: 2025-10-28\nx: 'open\n---\n") << fileDay;
    QTest::newRow("date: file name, then a space") << dated << QByteArray() << fileDay;
    QTest::newRow("date: file name, then a dash")
        << QStringLiteral("2024-01-15-standup.md") << QByteArray() << fileDay;
    QTest::newRow("date: file name, then an underscore")
        << QStringLiteral("2024-01-15_standup.md") << QByteArray() << fileDay;
    QTest::newRow("date: file name is only the date")
        << QStringLiteral("daily/2024-01-15.md") << QByteArray() << fileDay;
    QTest::newRow("date: file name date must be valid")
        << QStringLiteral("2025-02-30 plan.md") << QByteArray() << null;
    QTest::newRow("date: file name with more digits is no date")
        << QStringLiteral("2024-01-150.md") << QByteArray() << null;
    QTest::newRow("date: date not at the start of the file name")
        << QStringLiteral("sync 2024-01-15.md") << QByteArray() << null;
    QTest::newRow("date: dated folders are not the file name")
        << QStringLiteral("2024-01-15/notes.md") << QByteArray() << null;
    QTest::newRow("date: a **Date**: line in the body is not used")
        << plain << raw("**Date**: 2025-10-28\n") << null;
    QTest::newRow("date: none") << plain << raw("# Title\n") << null;
}

void TestNoteParser::date()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QVariant, date);
    QCOMPARE(opt(parse(bytes, path).date), date);
}

void TestNoteParser::type_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariant>("type");
    QTest::newRow("type: frontmatter type")
        << raw("---\ntype: people\n---\n") << QVariant(QStringLiteral("people"));
    QTest::newRow("type: absent is null")
        << raw("---\ntitle: x\n---\ntype: people\n") << QVariant();
    QTest::newRow("type: a list is null") << raw("---\ntype: [a, b]\n---\n") << QVariant();
    QTest::newRow("type: broken YAML gives null")
        << raw("---\ntype: people\ntitle: 'open\n---\n") << QVariant();
    QTest::newRow("type: no frontmatter gives null") << raw("type: people\n") << QVariant();
}

void TestNoteParser::type()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariant, type);
    QCOMPARE(opt(parse(bytes).type), type);
}

void TestNoteParser::people_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("people");

    QTest::newRow("people: person, participants and attendees")
        << raw("---\nperson: Cara\nparticipants:\n- Bea\nattendees: [Abe]\n---\n")
        << QStringList { QStringLiteral("Abe"), QStringLiteral("Bea"), QStringLiteral("Cara") };
    QTest::newRow("people: comma-separated frontmatter string")
        << raw("---\nparticipants: Jason Vallery, Alon Horev\n---\n")
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") };
    QTest::newRow("people: wikilinks and @ stripped")
        << raw("---\nparticipants:\n- '[[Jason Vallery|JV]]'\n- '@Alon Horev'\n---\n")
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") };
    QTest::newRow("people: **With**: line")
        << raw("**With**: Jason Vallery, [[Alon Horev]], @Kushal\n")
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery"),
               QStringLiteral("Kushal") };
    QTest::newRow("people: **Attendees**: line")
        << raw("**Attendees**: Bea\n") << QStringList { QStringLiteral("Bea") };
    QTest::newRow("people: **Participants**: line")
        << raw("**Participants**: Bea\n") << QStringList { QStringLiteral("Bea") };
    QTest::newRow("people: any case")
        << raw("**WITH**: Bea\n\n**attendees**: Abe\n")
        << QStringList { QStringLiteral("Abe"), QStringLiteral("Bea") };
    QTest::newRow("people: colon inside the bold")
        << raw("**With:** Bea\n") << QStringList { QStringLiteral("Bea") };
    QTest::newRow("people: line inside a paragraph")
        << raw("**Date**: 2025-10-28\n**With**: Bea, Abe\n")
        << QStringList { QStringLiteral("Abe"), QStringLiteral("Bea") };
    QTest::newRow("people: after a level-1 heading")
        << raw("# Title\n\n**With**: Bea\n") << QStringList { QStringLiteral("Bea") };
    QTest::newRow("people: union, deduplicated case-insensitively")
        << raw("---\nperson: Alon Horev\nparticipants: [jason vallery]\n---\n**With**: Jason "
               "Vallery, ALON HOREV, Bea\n")
        << QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Bea"),
               QStringLiteral("jason vallery") };
    QTest::newRow("people: not after a level-2 heading") << raw(
        "**With**: Bea\n\n## Notes\n\n**With**: Late\n") << QStringList { QStringLiteral("Bea") };
    QTest::newRow("people: not after a level-3 heading")
        << raw("### Notes\n\n**With**: Late\n") << QStringList();
    QTest::newRow("people: not in a list item") << raw("- **With**: Listed\n") << QStringList();
    QTest::newRow("people: not in a blockquote") << raw("> **With**: Quoted\n") << QStringList();
    QTest::newRow("people: not in a code block")
        << raw("```\n**With**: Code\n```\n") << QStringList();
    QTest::newRow("people: not without the bold") << raw("With: Plain\n") << QStringList();
    QTest::newRow("people: not another label") << raw("**Owner**: Bea\n") << QStringList();
}

void TestNoteParser::people()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, people);
    QCOMPARE(parse(bytes).people, people);
}

void TestNoteParser::tags_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("tags");
    const auto tags = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };

    QTest::newRow("tags: frontmatter list") << raw("---\ntags:\n- type/people\n- generated\n---\n")
                                            << tags({ "generated", "type/people" });
    QTest::newRow("tags: frontmatter string split on commas and spaces")
        << raw("---\ntags: b, a c\n---\n") << tags({ "a", "b", "c" });
    QTest::newRow("tags: frontmatter tag key") << raw("---\ntag: solo\n---\n") << tags({ "solo" });
    QTest::newRow("tags: frontmatter # dropped")
        << raw("---\ntags: ['#hash']\n---\n") << tags({ "hash" });
    QTest::newRow("tags: inline in the body")
        << raw("Talked about #azure and #mai/falcon.\n") << tags({ "azure", "mai/falcon" });
    QTest::newRow("tags: in headings, lists, quotes and tables")
        << raw("## Notes #h\n\n- item #li\n\n> quote #q\n\n| a |\n|---|\n| #cell |\n")
        << tags({ "cell", "h", "li", "q" });
    QTest::newRow("tags: on task lines")
        << raw("- [ ] do #task #proposed\n") << tags({ "proposed", "task" });
    QTest::newRow("tags: not in code spans") << raw("use `#nope` and #yes\n") << tags({ "yes" });
    QTest::newRow("tags: not in fenced code")
        << raw("```\n#nope\n```\n~~~\n#nope2\n~~~\n#yes\n") << tags({ "yes" });
    QTest::newRow("tags: not in indented code")
        << raw("para\n\n    #nope\n\n#yes\n") << tags({ "yes" });
    QTest::newRow("tags: not in HTML comments")
        << raw("<!-- #nope -->\n\n#yes\n") << tags({ "yes" });
    QTest::newRow("tags: #2025, C# and page#anchor are not tags")
        << raw("In #2025 we use C# per page#anchor.\n") << QStringList();
    QTest::newRow("tags: # Heading is not a tag") << raw("# Heading\n") << QStringList();
    QTest::newRow("tags: escaped # is not a tag") << raw("\\#nope\n") << QStringList();
    QTest::newRow("tags: first spelling seen wins, frontmatter first")
        << raw("---\ntags: [Azure]\n---\n#azure #MAI #mai\n") << tags({ "Azure", "MAI" });
    QTest::newRow("tags: sorted case-insensitively")
        << raw("#beta #Alpha #gamma #Delta\n") << tags({ "Alpha", "beta", "Delta", "gamma" });
    QTest::newRow("tags: broken YAML drops frontmatter tags, keeps body tags")
        << raw("---\ntags: [a, b\n---\n#body\n") << tags({ "body" });
}

void TestNoteParser::tags()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, tags);
    QCOMPARE(parse(bytes).tags, tags);
}

void TestNoteParser::sections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariant>("summary");
    QTest::addColumn<QStringList>("decisions");
    QTest::addColumn<QStringList>("keyPoints");
    const QVariant null;
    const QStringList none;
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };

    QTest::newRow("summary: plain text, whitespace collapsed")
        << raw("## Summary\n\nOne   **two**\nthree.\n\nFour [link](http://x) `code`.\n")
        << QVariant(QStringLiteral("One two three. Four link code.")) << none << none;
    QTest::newRow("summary: null when absent") << raw("# Title\n\ntext\n") << null << none << none;
    QTest::newRow("summary: empty section is empty, not null")
        << raw("## Summary\n## Next\n") << QVariant(QString()) << none << none;
    QTest::newRow("summary: Overview")
        << raw("## Overview\nA\n") << QVariant(QStringLiteral("A")) << none << none;
    QTest::newRow("summary: TL;DR")
        << raw("### TL;DR\nA\n") << QVariant(QStringLiteral("A")) << none << none;
    QTest::newRow("summary: Executive Summary")
        << raw("## Executive Summary\nA\n") << QVariant(QStringLiteral("A")) << none << none;
    QTest::newRow("summary: any case and a trailing colon")
        << raw("## SUMMARY:\nA\n") << QVariant(QStringLiteral("A")) << none << none;
    QTest::newRow("summary: a --- rule does not end it")
        << raw("## Summary\nA\n\n---\n\nB\n") << QVariant(QStringLiteral("A B")) << none << none;
    QTest::newRow("summary: ends at the next heading of the same level")
        << raw("## Summary\nA\n## Other\nB\n") << QVariant(QStringLiteral("A")) << none << none;
    QTest::newRow("summary: ends at a higher-level heading")
        << raw("### Summary\nA\n## Other\nB\n") << QVariant(QStringLiteral("A")) << none << none;
    QTest::newRow("summary: a deeper heading stays inside")
        << raw("## Summary\nA\n### Detail\nB\n## Other\nC\n")
        << QVariant(QStringLiteral("A Detail B")) << none << none;
    QTest::newRow("summary: repeated sections are concatenated")
        << raw("## Summary\nA\n## Other\nB\n## Summary\nC\n") << QVariant(QStringLiteral("A C"))
        << none << none;
    QTest::newRow("summary: a level-1 heading is not a section")
        << raw("# Summary\nA\n") << null << none << none;
    QTest::newRow("summary: another name is not a section")
        << raw("## Summary of costs\nA\n") << null << none << none;

    QTest::newRow("decisions: top-level items without nested items")
        << raw("## Decisions\n- One\n  - nested\n    - deeper\n- Two **bold**\n") << null
        << list({ "One", "Two bold" }) << none;
    QTest::newRow("decisions: Key Decisions, ordered list")
        << raw("## Key Decisions\n1. One\n2. Two\n") << null << list({ "One", "Two" }) << none;
    QTest::newRow("decisions: Decisions Made, loose list")
        << raw("## Decisions Made\n\n- One\n\n- Two\n") << null << list({ "One", "Two" }) << none;
    QTest::newRow("decisions: paragraphs when there is no list")
        << raw("## Decisions\nOne\nstill one\n\nTwo\n") << null << list({ "One still one", "Two" })
        << none;
    QTest::newRow("decisions: list items win over paragraphs")
        << raw("## Decisions\nIntro\n\n- One\n") << null << list({ "One" }) << none;
    QTest::newRow("decisions: lists on both sides of a --- rule")
        << raw("## Decisions\n- One\n\n---\n\n- Two\n") << null << list({ "One", "Two" }) << none;
    QTest::newRow("decisions: repeated sections keep document order")
        << raw("## Decisions\n- One\n## X\n- no\n## Decisions\n- Two\n") << null
        << list({ "One", "Two" }) << none;
    QTest::newRow("decisions: empty list when absent")
        << raw("## Action Items\n- [ ] a\n") << null << none << none;
    QTest::newRow("key points: Key Information")
        << raw("## Key Information\n- A\n- B\n") << null << none << list({ "A", "B" });
    QTest::newRow("key points: Key Points")
        << raw("## Key Points\n- A\n") << null << none << list({ "A" });
    QTest::newRow("key points: Highlights")
        << raw("## Highlights:\nA\n") << null << none << list({ "A" });
    QTest::newRow("sections: all three")
        << raw("## Summary\nS\n## Decisions\n- D\n## Key Points\n- K\n")
        << QVariant(QStringLiteral("S")) << list({ "D" }) << list({ "K" });
}

void TestNoteParser::sections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariant, summary);
    QFETCH(QStringList, decisions);
    QFETCH(QStringList, keyPoints);
    const Note note = parse(bytes);
    QCOMPARE(opt(note.summary), summary);
    QCOMPARE(note.decisions, decisions);
    QCOMPARE(note.keyPoints, keyPoints);
}

void TestNoteParser::tasks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("tasks");
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };

    QTest::newRow("tasks: every list marker")
        << raw("- [ ] a\n* [x] b\n+ [/] c\n1. [-] d\n2) [?] e\n")
        << list({ "1:[ ] a", "2:[x] b", "3:[/] c", "4:[-] d", "5:[?] e" });
    QTest::newRow("tasks: nested at any depth")
        << raw("- [ ] a\n  - [x] b\n    - [>] c\n      1. [!] d\n")
        << list({ "1:[ ] a", "2:[x] b", "3:[>] c", "4:[!] d" });
    QTest::newRow("tasks: under a plain item")
        << raw("- parent\n  - [ ] child\n") << list({ "2:[ ] child" });
    QTest::newRow("tasks: in blockquotes")
        << raw("> - [ ] a\n>\n> > 1. [x] b\n") << list({ "1:[ ] a", "3:[x] b" });
    QTest::newRow("tasks: any status character")
        << raw("- [🙂] smile\n- [é] accent\n") << list({ "1:[🙂] smile", "2:[é] accent" });
    QTest::newRow("tasks: only the first line")
        << raw("- [ ] first\n  second #t\n") << list({ "1:[ ] first" });
    QTest::newRow("tasks: end of line after the bracket")
        << raw("- [x]\n- [ ]\n") << list({ "1:[x] ", "2:[ ] " });
    QTest::newRow("tasks: in any section")
        << raw("## Summary\n- [ ] a\n## Decisions\n- [x] b\n") << list({ "2:[ ] a", "4:[x] b" });
    QTest::newRow("tasks: not in fenced code")
        << raw("```markdown\n- [ ] example\n```\n- [ ] real\n") << list({ "4:[ ] real" });
    QTest::newRow("tasks: not in tilde-fenced code")
        << raw("~~~\n- [ ] example\n~~~\n") << QStringList();
    QTest::newRow("tasks: not in indented code")
        << raw("para\n\n    - [ ] example\n") << QStringList();
    QTest::newRow("tasks: not in a list inside code in a list")
        << raw("- item\n\n  ```\n  - [ ] example\n  ```\n") << QStringList();
    QTest::newRow("tasks: not when text follows the bracket")
        << raw("- [x]done\n") << QStringList();
    QTest::newRow("tasks: not outside a list") << raw("[ ] not a list item\n") << QStringList();
    QTest::newRow("tasks: not an escaped bracket") << raw("- \\[x] escaped\n") << QStringList();
    QTest::newRow("tasks: not a link") << raw("- [x](http://x) link\n") << QStringList();
    QTest::newRow("tasks: not in an HTML comment")
        << raw("<!--\n- [ ] hidden\n-->\n") << QStringList();
    QTest::newRow("tasks: lines after frontmatter")
        << raw("---\ntitle: t\n---\n\n- [ ] a\n") << list({ "5:[ ] a" });
    QTest::newRow("tasks: lines after an empty frontmatter")
        << raw("---\n---\n- [ ] a\n") << list({ "3:[ ] a" });
    QTest::newRow("tasks: lines after broken frontmatter")
        << raw("---\nx: 'open\n---\n- [ ] a\n") << list({ "4:[ ] a" });
    QTest::newRow("tasks: CRLF") << raw("---\r\ntitle: t\r\n---\r\n\r\n- [ ] a\r\n- [x] b\r\n")
                                 << list({ "5:[ ] a", "6:[x] b" });
    QTest::newRow("tasks: mixed line endings") << raw("a\r\n\n- [ ] b\r\n- [x] c\n\r\n- [/] d")
                                               << list({ "3:[ ] b", "4:[x] c", "6:[/] d" });
    QTest::newRow("tasks: a BOM does not shift lines")
        << raw("\xEF\xBB\xBF- [ ] a\n- [x] b\n") << list({ "1:[ ] a", "2:[x] b" });
    QTest::newRow("tasks: mojibake does not shift lines") << raw(
        QStringLiteral("caf\u221A\u00A9\n- [ ] a ") + kMacCalendar
        + QStringLiteral(" 2025-01-01\n")) << list({ "2:[ ] a" });
}

void TestNoteParser::tasks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, tasks);
    QCOMPARE(brief(parse(bytes).tasks), tasks);
}

void TestNoteParser::taskSections_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("sections");
    QTest::newRow("section: null before any heading")
        << raw("- [ ] a\n# T\n") << QStringList { QStringLiteral("<null>") };
    QTest::newRow("section: the nearest heading above, any level") << raw(
        "# Title\n- [ ] a\n## Action Items\n- [ ] b\n#### Deep\n- [ ] c\n## Other\n- [ ] d\n")
                                                                   << QStringList { QStringLiteral(
                                                                                        "Title"),
                                                                          QStringLiteral(
                                                                              "Action Items"),
                                                                          QStringLiteral("Deep"),
                                                                          QStringLiteral("Other") };
    QTest::newRow("section: heading as plain text")
        << raw("## **Next** steps:\n- [ ] a\n") << QStringList { QStringLiteral("Next steps:") };
    QTest::newRow("section: setext heading")
        << raw("Plan\n----\n\n- [ ] a\n") << QStringList { QStringLiteral("Plan") };
}

void TestNoteParser::taskSections()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, sections);
    QCOMPARE(::sections(parse(bytes).tasks), sections);
}

// Every task field, read by the note parser from a line with interleaved fields and tags.
void TestNoteParser::taskFieldsThroughTheNote()
{
    const Note note = parse(raw("## Action Items\n\n"
                                "- [x] Send notes to Alon. @Jason Vallery 📅 2025-10-31 #task ⏳ "
                                "2025-10-29 🛫 2025-10-28 "
                                "➕ 2025-10-27 ✅ 2025-10-30 🔁 every week 🔼 #followup ^abc123\n"));
    QCOMPARE(note.tasks.size(), 1);
    const QVariantMap expected = parsertest::plainTask({
        { QStringLiteral("line"), 3 },
        { QStringLiteral("status"), QStringLiteral("x") },
        { QStringLiteral("state"), QStringLiteral("done") },
        { QStringLiteral("text"), QStringLiteral("Send notes to Alon.") },
        { QStringLiteral("owner"), QStringLiteral("Jason Vallery") },
        { QStringLiteral("due"), QStringLiteral("2025-10-31") },
        { QStringLiteral("scheduled"), QStringLiteral("2025-10-29") },
        { QStringLiteral("start"), QStringLiteral("2025-10-28") },
        { QStringLiteral("created"), QStringLiteral("2025-10-27") },
        { QStringLiteral("done"), QStringLiteral("2025-10-30") },
        { QStringLiteral("recurrence"), QStringLiteral("every week") },
        { QStringLiteral("priority"), QStringLiteral("medium") },
        { QStringLiteral("tags"),
            QStringList { QStringLiteral("task"), QStringLiteral("followup") } },
        { QStringLiteral("section"), QStringLiteral("Action Items") },
    });
    const QStringList diff
        = parsertest::differences(parsertest::taskFields(note.tasks.first()), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QStringLiteral("; "))));
}

// Obsidian's "%% … %%" comments hide what they hold, like HTML comments: no task, tag, person,
// heading, summary or decision comes from inside one. Each row names only what it is about.
void TestNoteParser::comments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVariantMap>("expected"); // of tasks, tags, people, title, summary, decisions
    const auto list = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QString::fromUtf8(item));
        return out;
    };
    const auto row = [](const char *name, const char *bytes, QVariantMap expected) {
        QTest::newRow(name) << raw(bytes) << expected;
    };

    row("comment: block hides a task", "%%\n- [ ] hidden\n%%\n- [ ] shown\n",
        { { "tasks", list({ "4:[ ] shown" }) } });
    row("comment: block over blank lines hides every task in it",
        "- [ ] a\n\n%%\nnote\n\n- [ ] b\n\n- [x] c #t\n%%\n\n- [ ] d\n",
        { { "tasks", list({ "1:[ ] a", "11:[ ] d" }) }, { "tags", QStringList() } });
    row("comment: block opened and closed mid-line",
        "text %%\n- [ ] hidden\nmore %% #after\n- [ ] shown\n",
        { { "tasks", list({ "4:[ ] shown" }) }, { "tags", list({ "after" }) } });
    row("comment: inline hides a tag", "Talked %%#secret%% about #azure.\n",
        { { "tags", list({ "azure" }) } });
    row("comment: a task with an inline comment is still a task",
        "- [ ] call Bob %%private%% 📅 2025-01-02\n",
        { { "tasks", list({ "1:[ ] call Bob %%private%%" }) } });
    row("comment: a tag in a task's comment is not the note's", "- [ ] a %%#secret%% #t\n",
        { { "tags", list({ "t" }) } });
    row("comment: hides people", "**With**: Alice %%, Bob%%\n\n%%\n**Attendees**: Carol\n%%\n",
        { { "people", list({ "Alice" }) } });
    row("comment: hides the title's words", "# Title %%draft%%\n", { { "title", "Title" } });
    row("comment: hides summary text", "## Summary\n\nShown. %%Hidden.%% Also shown.\n",
        { { "summary", "Shown. Also shown." } });
    row("comment: hides decisions", "## Decisions\n\n- kept\n%%\n- dropped\n%%\n- also kept\n",
        { { "decisions", list({ "kept", "also kept" }) } });
    row("comment: hides a heading", "%%\n## Decisions\n%%\n- not a decision\n",
        { { "decisions", QStringList() } });
    row("comment: %% in a code span is text", "use `%%` here #yes\n\n- [ ] after #t\n",
        { { "tasks", list({ "3:[ ] after" }) }, { "tags", list({ "t", "yes" }) } });
    row("comment: %% in a fenced code block is text", "```\n%%\n```\n- [ ] shown #t\n",
        { { "tasks", list({ "4:[ ] shown" }) }, { "tags", list({ "t" }) } });
    row("comment: %% in indented code is text", "para\n\n    %%\n\n- [ ] shown\n",
        { { "tasks", list({ "5:[ ] shown" }) } });
    row("comment: %% in an HTML comment is hidden by it", "<!-- %% -->\n\n- [ ] shown\n",
        { { "tasks", list({ "3:[ ] shown" }) } });
    row("comment: a fence inside a comment is not code", "%%\n```\n%%\n- [ ] shown\n```\n",
        { { "tasks", list({ "4:[ ] shown" }) } });
    row("comment: unclosed hides the rest of the note",
        "- [ ] before\n%% draft\n- [ ] after #t\n\n## Summary\n\nlater\n",
        { { "tasks", list({ "1:[ ] before" }) }, { "tags", QStringList() },
            { "summary", QVariant() } });
    row("comment: unclosed on a task line hides the lines after it", "- [ ] a %% note\n- [ ] b\n",
        { { "tasks", list({ "1:[ ] a %% note" }) } });
    row("comment: %% in the frontmatter is data", "---\ntitle: 50%% done\n---\n- [ ] shown\n",
        { { "title", "50%% done" }, { "tasks", list({ "4:[ ] shown" }) } });
    row("comment: CRLF", "%%\r\n- [ ] hidden\r\n%%\r\n- [ ] shown\r\n",
        { { "tasks", list({ "4:[ ] shown" }) } });
}

void TestNoteParser::comments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVariantMap, expected);
    const Note note = parse(bytes);
    const QVariantMap actual {
        { QStringLiteral("tasks"), brief(note.tasks) },
        { QStringLiteral("tags"), note.tags },
        { QStringLiteral("people"), note.people },
        { QStringLiteral("title"), note.title },
        { QStringLiteral("summary"), opt(note.summary) },
        { QStringLiteral("decisions"), note.decisions },
    };
    const QStringList diff = parsertest::differences(actual, expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QStringLiteral("; "))));
}

void TestNoteParser::commentsAreNotInTheFullText()
{
    const Note note = parse(raw("before %%secret%% after\n\n%%\nblocksecret\n%%\n"));
    QVERIFY(note.body.contains("before"));
    QVERIFY(note.body.contains("after"));
    QVERIFY(!note.body.contains("secret"));
}

void TestNoteParser::warnings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const QString invalid = QStringLiteral("invalid UTF-8");
    const QString mojibake = QStringLiteral("mojibake");
    const QString frontmatter = QStringLiteral("frontmatter");
    QTest::newRow("warning: invalid UTF-8") << raw("# T\xFF\n") << QStringList { invalid };
    QTest::newRow("warning: mojibake")
        << raw(QStringLiteral("- [ ] a ") + kMacCalendar + QStringLiteral(" 2025-01-01\n"))
        << QStringList { mojibake };
    QTest::newRow("warning: frontmatter YAML error")
        << raw("---\ntitle: \"open\n---\n") << QStringList { frontmatter };
    QTest::newRow("warning: frontmatter is a list")
        << raw("---\n- a\n---\n") << QStringList { frontmatter };
    QTest::newRow("warning: frontmatter is a comma")
        << raw("---\n,\n---\n") << QStringList { frontmatter };
    QTest::newRow("warning: frontmatter nested too deep")
        << raw("---\nk: ") + repeated("[", 10000) + raw("\n---\n") << QStringList { frontmatter };
    QTest::newRow("warnings: all three at once") << raw("---\n- a\n---\n\xFF ") + raw(kMacQuote)
                                                 << QStringList { invalid, mojibake, frontmatter };
    QTest::newRow("no warning: clean note")
        << raw("---\ntitle: t\n---\n# T\n- [ ] a 📅 2025-01-01\n") << QStringList();
    QTest::newRow("no warning: empty frontmatter") << raw("---\n---\nbody\n") << QStringList();
    QTest::newRow("no warning: comment-only frontmatter")
        << raw("---\n# nothing yet\n---\nbody\n") << QStringList();
    QTest::newRow("no warning: real accented text")
        << raw("# l’été «Élan» Größe Zoë 李雷\n") << QStringList();
    QTest::newRow("no warning: BOM and CRLF")
        << raw("\xEF\xBB\xBF---\r\ntitle: t\r\n---\r\nbody\r\n") << QStringList();
    QTest::newRow("no warning: no frontmatter") << raw("just text\n---\nmore\n") << QStringList();
}

void TestNoteParser::warnings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    const QStringList warnings = parse(bytes).warnings;
    QCOMPARE(warnings.size(), expected.size());
    for (const QString &needle : expected)
        QVERIFY2(parsertest::anyContains(warnings, needle),
            qPrintable(warnings.join(u'|') + QStringLiteral(" lacks ") + needle));
}

void TestNoteParser::invalidUtf8IsReplaced()
{
    const Note note = parse(raw("---\ntitle: Bad \xFF title\n---\n- [ ] fix \xC3 this #t\n"));
    QCOMPARE(note.title, QStringLiteral("Bad \uFFFD title"));
    QCOMPARE(note.tasks.size(), 1);
    QCOMPARE(note.tasks.first().text, QStringLiteral("fix \uFFFD this"));
    QCOMPARE(note.tags, QStringList { QStringLiteral("t") });
    QVERIFY(parsertest::anyContains(note.warnings, QStringLiteral("invalid UTF-8")));
}

void TestNoteParser::mojibakeRepairedEverywhere_data()
{
    QTest::addColumn<QString>("calendar");
    QTest::addColumn<QString>("eAcute");
    QTest::newRow("mojibake: Mac Roman") << kMacCalendar << kMacEAcute;
    QTest::newRow("mojibake: Windows-1252") << kWinCalendar << kWinEAcute;
}

// Title, people, tags, summary, key points, decisions, task text, fields and section are all
// shown repaired, and the note says so.
void TestNoteParser::mojibakeRepairedEverywhere()
{
    QFETCH(QString, calendar);
    QFETCH(QString, eAcute);
    const QString cafe = QStringLiteral("Caf") + eAcute;
    const QString text = QStringLiteral("---\ntitle: ") + cafe
        + QStringLiteral(" sync\nperson: Ren") + eAcute + QStringLiteral("e\ntags: [") + cafe
        + QStringLiteral("]\n---\n**With**: Zo") + kMacEDiaeresis
        + QStringLiteral(" O'Brien\n\n## Summary\n") + cafe
        + QStringLiteral(" summary\n\n## Decisions\n- ") + cafe
        + QStringLiteral(" decision\n\n## Key Points\n- ") + cafe + QStringLiteral(" point\n\n## ")
        + cafe + QStringLiteral(" tasks\n- [ ] Order ") + cafe + QStringLiteral(" @Zo")
        + kMacEDiaeresis + QStringLiteral(" O'Brien ") + calendar
        + QStringLiteral(" 2025-10-31 #caf") + eAcute + QStringLiteral("\n");
    const Note note = parse(text.toUtf8());

    QCOMPARE(note.title, QStringLiteral("Café sync"));
    QCOMPARE(note.people, (QStringList { QStringLiteral("Renée"), QStringLiteral("Zoë O'Brien") }));
    QCOMPARE(note.tags, QStringList { QStringLiteral("Café") });
    QCOMPARE(note.summary, std::optional<QString>(QStringLiteral("Café summary")));
    QCOMPARE(note.decisions, QStringList { QStringLiteral("Café decision") });
    QCOMPARE(note.keyPoints, QStringList { QStringLiteral("Café point") });
    QCOMPARE(note.tasks.size(), 1);
    const Task &task = note.tasks.first();
    QCOMPARE(task.text, QStringLiteral("Order Café"));
    QCOMPARE(task.owner, std::optional<QString>(QStringLiteral("Zoë O'Brien")));
    QCOMPARE(task.due, std::optional<QString>(QStringLiteral("2025-10-31")));
    QCOMPARE(task.tags, QStringList { QStringLiteral("café") });
    QCOMPARE(task.section, std::optional<QString>(QStringLiteral("Café tasks")));
    QVERIFY(parsertest::anyContains(note.warnings, QStringLiteral("mojibake")));
}

void TestNoteParser::fileIsNeverChanged()
{
    TestVault vault;
    QVERIFY(vault.isValid());
    QVERIFY(vault.addSeed());
    const QByteArray before = vault.read(QStringLiteral("meeting-note.md"));
    QVERIFY(!before.isEmpty());
    const QByteArray input = before;
    const Note note = NoteParser::parse(QStringLiteral("meeting-note.md"), input);
    QVERIFY(parsertest::anyContains(note.warnings, QStringLiteral("mojibake")));
    QCOMPARE(input, before);
    QCOMPARE(vault.read(QStringLiteral("meeting-note.md")), before);
}

void TestNoteParser::robustness_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("tasks");
    QTest::addColumn<QString>("warning");
    const QString path = QStringLiteral("2024-01-15 note.md");
    const QStringList afterFence { QStringLiteral("4:[ ] t") };
    const QByteArray tail = raw("\n---\n- [ ] t\n");

    QTest::newRow("robustness: unclosed frontmatter is body")
        << path << raw("---\ntitle: x\n- [ ] t\n") << QStringList { QStringLiteral("3:[ ] t") }
        << QString();
    QTest::newRow("robustness: empty file") << path << QByteArray() << QStringList() << QString();
    QTest::newRow("robustness: only a BOM")
        << path << raw("\xEF\xBB\xBF") << QStringList() << QString();
    QTest::newRow("robustness: only fences")
        << path << raw("---\n---") << QStringList() << QString();
    QTest::newRow("robustness: NUL bytes")
        << path << QByteArray("# a\0b\n- [ ] t\0\n\0", 16)
        << QStringList { QStringLiteral("2:[ ] t") } << QString();
    QTest::newRow("robustness: comma frontmatter still indexes the body")
        << path << raw("---\n,") + tail << afterFence << QStringLiteral("frontmatter");
    QTest::newRow("robustness: 10000 nested [ in frontmatter")
        << path << raw("---\nk: ") + repeated("[", 10000) + tail << afterFence
        << QStringLiteral("frontmatter");
    QTest::newRow("robustness: self-referencing alias")
        << path << raw("---\na: &a [*a]") + tail << afterFence << QString();
    QTest::newRow("robustness: unterminated quote still indexes the body")
        << path << raw("---\ntitle: \"x") + tail << afterFence << QStringLiteral("frontmatter");
    QTest::newRow("robustness: 10000 nested list items")
        << path << repeated("- ", 10000) + raw("[ ] deep\n")
        << QStringList { QStringLiteral("1:[ ] deep") } << QString();
    QTest::newRow("robustness: 10000 nested blockquotes")
        << path << repeated(">", 10000) + raw(" - [ ] deep\n")
        << QStringList { QStringLiteral("1:[ ] deep") } << QString();
    QTest::newRow("robustness: 1000 indented list levels") << path << [] {
        QByteArray out;
        for (int i = 0; i < 1000; ++i)
            out += QByteArray(2 * i, ' ') + "- x\n";
        return out;
    }() << QStringList() << QString();
    QTest::newRow("robustness: a 4 MB line")
        << path << raw("- [ ] ") + repeated("word #t ", 500000)
        << QStringList { QStringLiteral("1:[ ] word") } << QString();
    QTest::newRow("robustness: binary") << path << [] {
        QByteArray out;
        for (int i = 0; i < 65536; ++i)
            out += char((i * 131 + i / 7) & 0xFF);
        return out;
    }() << QStringList() << QStringLiteral("invalid UTF-8");
}

// Hostile notes still parse to what they hold. (How long they take: tests/bench/bench_parsers.)
void TestNoteParser::robustness()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, tasks);
    QFETCH(QString, warning);
    const Note note = NoteParser::parse(path, bytes);
    QVERIFY(!note.title.isEmpty());
    QCOMPARE(note.date, std::optional<QString>(QStringLiteral("2024-01-15")));
    QStringList found = brief(note.tasks);
    if (tasks.isEmpty() || found.size() != 1)
        QCOMPARE(found, tasks);
    else
        QCOMPARE(found.first().left(tasks.first().size()), tasks.first());
    if (warning.isEmpty())
        QVERIFY2(note.warnings.isEmpty(), qPrintable(note.warnings.join(u'|')));
    else
        QVERIFY2(
            parsertest::anyContains(note.warnings, warning), qPrintable(note.warnings.join(u'|')));
}

void TestNoteParser::seedNote()
{
    const QByteArray bytes = parsertest::seedBytes();
    QVERIFY2(!bytes.isEmpty(), qPrintable(TestVault::seedPath()));
    const Note note = NoteParser::parse(QStringLiteral("Meetings/2025/10/meeting-note.md"), bytes);

    QCOMPARE(note.title,
        QStringLiteral("1:1 with Alon Horev, MAI Falcon rollout, Project Apollo entry path, and "
                       "Azure internal dynamics"));
    QCOMPARE(note.date, std::optional<QString>(QStringLiteral("2025-10-28")));
    QCOMPARE(note.type, std::optional<QString>(QStringLiteral("people")));
    QCOMPARE(note.people,
        (QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") }));
    QCOMPARE(note.tags,
        (QStringList { QStringLiteral("auto"), QStringLiteral("generated"),
            QStringLiteral("proposed"), QStringLiteral("task"), QStringLiteral("type/people") }));
    QVERIFY(note.summary);
    QVERIFY(note.summary->startsWith(QStringLiteral(
        "Jason Vallery and Alon Horev aligned on Microsoft AI Infrastructure (MAI)")));
    QVERIFY(note.summary->endsWith(QStringLiteral("near-term GPU-utilization performance wins.")));
    QCOMPARE(note.decisions.size(), 8);
    QVERIFY(note.decisions.first().startsWith(
        QStringLiteral("Alon Horev will wait until after Jason Vallery's Friday meeting")));
    QVERIFY(note.decisions.at(4).startsWith(
        QStringLiteral("Alon Horev will wait until after Jason Vallery’s Friday meeting")));
    QCOMPARE(note.keyPoints.size(), 28); // 15 before the --- rule and 13 after it
    QVERIFY(note.keyPoints.first().startsWith(QStringLiteral("Kushal (former Inflection")));
    QVERIFY(note.keyPoints.last().startsWith(
        QStringLiteral("Blob API compatibility was characterized")));
    QCOMPARE(note.warnings.size(), 1);
    QVERIFY(note.warnings.first().contains(QStringLiteral("mojibake")));
    QCOMPARE(note.tasks.size(), 18);
    QVERIFY(!QString::fromUtf8(note.body).contains(kMacCalendar));
}

void TestNoteParser::seedTasks_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QVariant>("due");
    QTest::addColumn<QString>("priority");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("textStart");

    const QVariant none;
    const auto d = [](const char *date) { return QVariant(QString::fromLatin1(date)); };
    const QString me = QStringLiteral("Myself");
    const QString alon = QStringLiteral("Alon Horev");
    const QString high = QStringLiteral("high");
    const QString low = QStringLiteral("low");
    const QString normal = QStringLiteral("normal");
    QTest::newRow("seed task 1 (line 27)")
        << 0 << 27 << d("2025-10-31") << high << me << QStringLiteral("Meet with Kushal");
    QTest::newRow("seed task 2 (line 29)")
        << 1 << 29 << d("2025-10-31") << high << me << QStringLiteral("Send detailed notes");
    QTest::newRow("seed task 3 (line 31)")
        << 2 << 31 << d("2025-11-03") << normal << alon << QStringLiteral("Follow up with Vipin");
    QTest::newRow("seed task 4 (line 33)") << 3 << 33 << d("2025-11-15") << normal << me
                                           << QStringLiteral("Maintain close collaboration");
    QTest::newRow("seed task 5 (line 35)")
        << 4 << 35 << d("2025-11-08") << normal << me << QStringLiteral("Map Azure stakeholders");
    QTest::newRow("seed task 6 (line 37)")
        << 5 << 37 << d("2025-11-22") << low << me << QStringLiteral("Engage Azure Hardware");
    QTest::newRow("seed task 7 (line 39)")
        << 6 << 39 << d("2025-12-06") << low << me << QStringLiteral("Explore liquid-cooled");
    QTest::newRow("seed task 8 (line 41)")
        << 7 << 41 << d("2025-12-06") << low << me << QStringLiteral("Evaluate strategic value");
    QTest::newRow("seed task 9 (line 43)")
        << 8 << 43 << d("2025-11-15") << low << me << QStringLiteral("Confirm whether");
    QTest::newRow("seed task 10 (line 45)")
        << 9 << 45 << d("2025-10-31") << high << me << QStringLiteral("Meet Kushal");
    QTest::newRow("seed task 11 (line 47)")
        << 10 << 47 << d("2025-10-31") << high << me << QStringLiteral("Send notes from");
    QTest::newRow("seed task 12 (line 49, repaired ’)")
        << 11 << 49 << none << normal << alon
        << QStringLiteral("Follow up with Vipin after receiving Jason Vallery’s notes");
    QTest::newRow("seed task 13 (line 51)")
        << 12 << 51 << none << normal << me << QStringLiteral("Stay closely aligned");
    QTest::newRow("seed task 14 (line 53)")
        << 13 << 53 << none << normal << me << QStringLiteral("Map Microsoft Azure");
    QTest::newRow("seed task 15 (line 55, repaired ’)")
        << 14 << 55 << none << low << me
        << QStringLiteral("Engage Azure Hardware leadership (Ronnie Booker’s team)");
    QTest::newRow("seed task 16 (line 57)")
        << 15 << 57 << none << low << me << QStringLiteral("Explore liquid-cooled");
    QTest::newRow("seed task 17 (line 59)")
        << 16 << 59 << none << low << me << QStringLiteral("Evaluate Blob API");
    QTest::newRow("seed task 18 (line 61)")
        << 17 << 61 << none << low << me << QStringLiteral("Confirm whether");
}

// Dues and priorities are read through the Mac Roman mojibake of 📅, ⏫ and 🔽.
void TestNoteParser::seedTasks()
{
    QFETCH(int, index);
    QFETCH(int, line);
    QFETCH(QVariant, due);
    QFETCH(QString, priority);
    QFETCH(QString, owner);
    QFETCH(QString, textStart);

    const Note note = NoteParser::parse(QStringLiteral("meeting-note.md"), parsertest::seedBytes());
    QCOMPARE(note.tasks.size(), 18);
    const Task &task = note.tasks.at(index);
    QCOMPARE(task.line, line);
    QCOMPARE(task.status, QStringLiteral("?"));
    QCOMPARE(task.state, core::TaskState::Proposed);
    QCOMPARE(opt(task.due), due);
    QCOMPARE(task.priority, priority);
    QCOMPARE(task.owner, std::optional<QString>(owner));
    QVERIFY2(task.text.startsWith(textStart), qPrintable(task.text));
    QVERIFY2(task.text.endsWith(u'.') || task.text.endsWith(u')'), qPrintable(task.text));
    QCOMPARE(task.tags,
        (QStringList {
            QStringLiteral("task"), QStringLiteral("proposed"), QStringLiteral("auto") }));
    QCOMPARE(task.section, std::optional<QString>(QStringLiteral("Action Items")));
    QVERIFY(!task.scheduled && !task.start && !task.done && !task.created && !task.cancelled
        && !task.recurrence);
}

QTEST_APPLESS_MAIN(TestNoteParser)
#include "tst_noteparser.moc"
