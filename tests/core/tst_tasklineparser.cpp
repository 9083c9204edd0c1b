// SPDX-License-Identifier: GPL-3.0-or-later
// One task line: the checkbox, then Obsidian Tasks emoji fields and Dataview fields read from the
// end of the line, interleaved with #tags, the first unrecognised word stopping the reading; then a
// trailing @Owner; the rest is the text.

#include "core/parse/mojibake.h"
#include "core/parse/tasklineparser.h"
#include "parserhelpers.h"

#include <QtTest>

using core::TaskLineParser;
using parsertest::plainTask;

namespace {

using Fields = std::initializer_list<std::pair<QString, QVariant>>;

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestTaskLineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkbox_data();
    void checkbox();
    void notTasks_data();
    void notTasks();
    void states_data();
    void states();
    void fields_data();
    void fields();
    void invalidDates_data();
    void invalidDates();
    void comments_data();
    void comments();
    void order_data();
    void order();
    void owner_data();
    void owner();
    void mojibakeForms_data();
    void mojibakeForms();
    void longLines_data();
    void longLines();
    void overdue_data();
    void overdue();

private:
    static void addRow(const char *name, const QString &line, Fields fields);
    static void checkRow();
};

void TestTaskLineParser::addRow(const char *name, const QString &line, Fields fields)
{
    QTest::newRow(name) << line << plainTask(fields);
}

void TestTaskLineParser::checkRow()
{
    QFETCH(QString, line);
    QFETCH(QVariantMap, expected);
    const auto task = TaskLineParser::parse(line);
    QVERIFY2(task, "not read as a task");
    const QStringList diff = parsertest::differences(parsertest::taskFields(*task), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QStringLiteral("; "))));
}

void TestTaskLineParser::checkbox_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("statusPos");
    QTest::addColumn<int>("statusLen");

    QTest::newRow("checkbox: dash") << QStringLiteral("- [x] a") << 3 << 1;
    QTest::newRow("checkbox: indented") << QStringLiteral("    - [ ] a") << 7 << 1;
    QTest::newRow("checkbox: ordered with dot") << QStringLiteral("12. [/] a") << 5 << 1;
    QTest::newRow("checkbox: in a blockquote") << QStringLiteral("> - [?] a") << 5 << 1;
    QTest::newRow("checkbox: astral status is one character, two code units")
        << s("- [🙂] a") << 3 << 2;
    QTest::newRow("checkbox: at the end of the line") << QStringLiteral("- [x]") << 3 << 1;
}

void TestTaskLineParser::checkbox()
{
    QFETCH(QString, line);
    QFETCH(int, statusPos);
    QFETCH(int, statusLen);
    const auto box = TaskLineParser::checkbox(line);
    QVERIFY(box);
    QCOMPARE(box->statusPos, statusPos);
    QCOMPARE(box->statusLen, statusLen);
    QVERIFY(box->descriptionPos <= line.size());
}

void TestTaskLineParser::notTasks_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("not a task: no list marker") << QStringLiteral("[ ] a");
    QTest::newRow("not a task: marker without space") << QStringLiteral("-[ ] a");
    QTest::newRow("not a task: text right after the bracket") << QStringLiteral("- [x]done");
    QTest::newRow("not a task: empty brackets") << QStringLiteral("- [] a");
    QTest::newRow("not a task: two characters") << QStringLiteral("- [xx] a");
    QTest::newRow("not a task: two code points (e + combining acute)") << s("- [e\xCC\x81] a");
    QTest::newRow("not a task: link") << QStringLiteral("- [x](http://example.com) a");
    QTest::newRow("not a task: wikilink") << QStringLiteral("- [[Page]] a");
    QTest::newRow("not a task: plain list item") << QStringLiteral("- a [ ] b");
    QTest::newRow("not a task: paragraph") << QStringLiteral("plain text");
    QTest::newRow("not a task: empty line") << QString();
}

void TestTaskLineParser::notTasks()
{
    QFETCH(QString, line);
    QVERIFY(!TaskLineParser::parse(line));
    QVERIFY(!TaskLineParser::checkbox(line));
}

void TestTaskLineParser::states_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    addRow("state: space is todo", QStringLiteral("- [ ] a"),
        { { "status", " " }, { "state", "todo" }, { "text", "a" } });
    addRow("state: x is done", QStringLiteral("- [x] a"),
        { { "status", "x" }, { "state", "done" }, { "text", "a" } });
    addRow("state: X is done", QStringLiteral("- [X] a"),
        { { "status", "X" }, { "state", "done" }, { "text", "a" } });
    addRow("state: slash is in_progress", QStringLiteral("- [/] a"),
        { { "status", "/" }, { "state", "in_progress" }, { "text", "a" } });
    addRow("state: dash is cancelled", QStringLiteral("- [-] a"),
        { { "status", "-" }, { "state", "cancelled" }, { "text", "a" } });
    addRow("state: question mark is proposed", QStringLiteral("- [?] a"),
        { { "status", "?" }, { "state", "proposed" }, { "text", "a" } });
    addRow("state: > is forwarded", QStringLiteral("- [>] a"),
        { { "status", ">" }, { "state", "forwarded" }, { "text", "a" } });
    addRow("state: other character is other", QStringLiteral("- [!] a"),
        { { "status", "!" }, { "state", "other" }, { "text", "a" } });
    addRow("state: astral character is other", s("- [🙂] a"),
        { { "status", s("🙂") }, { "state", "other" }, { "text", "a" } });
    addRow("state: accented character is other", s("- [é] a"),
        { { "status", s("é") }, { "state", "other" }, { "text", "a" } });
    addRow("marker: star", QStringLiteral("* [x] a"),
        { { "status", "x" }, { "text", "a" }, { "state", "done" } });
    addRow("marker: plus", QStringLiteral("+ [ ] a"), { { "text", "a" } });
    addRow("marker: ordered with dot", QStringLiteral("1. [ ] a"), { { "text", "a" } });
    addRow("marker: ordered with parenthesis", QStringLiteral("1) [ ] a"), { { "text", "a" } });
    addRow("marker: nested by spaces", QStringLiteral("        - [ ] a"), { { "text", "a" } });
    addRow("marker: nested by a tab", QStringLiteral("\t- [ ] a"), { { "text", "a" } });
    addRow("marker: in nested blockquotes", QStringLiteral("> > - [ ] a"), { { "text", "a" } });
    addRow("checkbox: end of line", QStringLiteral("- [ ]"), { { "text", "" } });
    addRow("checkbox: tab after the bracket", QStringLiteral("- [ ]\ta"), { { "text", "a" } });
    addRow("text: trimmed", QStringLiteral("- [ ]    spaced out   "), { { "text", "spaced out" } });
}

void TestTaskLineParser::states()
{
    checkRow();
}

void TestTaskLineParser::fields_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    addRow("due: 📅", s("- [ ] a 📅 2025-10-31"), { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("due: 📆", s("- [ ] a 📆 2025-10-31"), { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("due: 🗓", s("- [ ] a 🗓 2025-10-31"), { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("due: 🗓 with U+FE0F", s("- [ ] a 🗓\xEF\xB8\x8F 2025-10-31"),
        { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("due: no space after the emoji", s("- [ ] a 📅2025-10-31"),
        { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("scheduled: ⏳", s("- [ ] a ⏳ 2025-11-01"),
        { { "text", "a" }, { "scheduled", "2025-11-01" } });
    addRow("scheduled: ⌛", s("- [ ] a ⌛ 2025-11-01"),
        { { "text", "a" }, { "scheduled", "2025-11-01" } });
    addRow("start: 🛫", s("- [ ] a 🛫 2025-11-02"),
        { { "text", "a" }, { "start", "2025-11-02" } });
    addRow(
        "created: ➕", s("- [ ] a ➕ 2025-11-03"), { { "text", "a" }, { "created", "2025-11-03" } });
    addRow("done: ✅", s("- [x] a ✅ 2025-11-04"),
        { { "status", "x" }, { "state", "done" }, { "text", "a" }, { "done", "2025-11-04" } });
    addRow("cancelled: ❌", s("- [-] a ❌ 2025-11-05"),
        { { "status", "-" }, { "state", "cancelled" }, { "text", "a" },
            { "cancelled", "2025-11-05" } });
    addRow("recurrence: 🔁 up to the next field", s("- [ ] a 🔁 every week on Monday 📅 2025-11-03"),
        { { "text", "a" }, { "recurrence", "every week on Monday" }, { "due", "2025-11-03" } });
    addRow("recurrence: 🔁 at the end", s("- [ ] a 📅 2025-11-03 🔁 every 2 weeks when done"),
        { { "text", "a" }, { "recurrence", "every 2 weeks when done" }, { "due", "2025-11-03" } });
    addRow("priority: 🔺 highest", s("- [ ] a 🔺"), { { "text", "a" }, { "priority", "highest" } });
    addRow("priority: ⏫ high", s("- [ ] a ⏫"), { { "text", "a" }, { "priority", "high" } });
    addRow("priority: 🔼 medium", s("- [ ] a 🔼"), { { "text", "a" }, { "priority", "medium" } });
    addRow("priority: 🔽 low", s("- [ ] a 🔽"), { { "text", "a" }, { "priority", "low" } });
    addRow("priority: ⏬ lowest", s("- [ ] a ⏬"), { { "text", "a" }, { "priority", "lowest" } });
    addRow("priority: none is normal", s("- [ ] a"), { { "text", "a" }, { "priority", "normal" } });
    addRow("priority: ⏫ with U+FE0F", s("- [ ] a ⏫\xEF\xB8\x8F"),
        { { "text", "a" }, { "priority", "high" } });
    addRow("priority: 🔺 with U+FE0F before a date", s("- [ ] a 🔺\xEF\xB8\x8F 📅 2025-01-02"),
        { { "text", "a" }, { "priority", "highest" }, { "due", "2025-01-02" } });
    addRow("id: 🆔 kept out of the text", s("- [ ] a 🆔 abc123"),
        { { "text", "a" }, { "id", "abc123" } });
    addRow("depends-on: ⛔ kept out of the text", s("- [ ] a ⛔ abc123,def456"),
        { { "text", "a" }, { "dependsOn", list({ "abc123", "def456" }) } });
    addRow("on-completion: 🏁 kept out of the text", s("- [ ] a 🏁 delete"),
        { { "text", "a" }, { "onCompletion", "delete" } });
    addRow("fields: every emoji field at once",
        s("- [x] a 📅 2025-01-02 ⏳ 2025-01-03 🛫 2025-01-04 ➕ 2025-01-05 ✅ 2025-01-06 "
          "❌ "
          "2025-01-07 "
          "🔁 every day 🔺 🆔 id1 ⛔ id0 🏁 keep"),
        { { "status", "x" }, { "state", "done" }, { "text", "a" }, { "due", "2025-01-02" },
            { "scheduled", "2025-01-03" }, { "start", "2025-01-04" }, { "created", "2025-01-05" },
            { "done", "2025-01-06" }, { "cancelled", "2025-01-07" }, { "recurrence", "every day" },
            { "priority", "highest" }, { "id", "id1" }, { "dependsOn", list({ "id0" }) },
            { "onCompletion", "keep" } });

    addRow("dataview: due", QStringLiteral("- [ ] a [due:: 2025-10-31]"),
        { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("dataview: scheduled", QStringLiteral("- [ ] a [scheduled:: 2025-10-31]"),
        { { "text", "a" }, { "scheduled", "2025-10-31" } });
    addRow("dataview: start", QStringLiteral("- [ ] a [start:: 2025-10-31]"),
        { { "text", "a" }, { "start", "2025-10-31" } });
    addRow("dataview: created", QStringLiteral("- [ ] a [created:: 2025-10-31]"),
        { { "text", "a" }, { "created", "2025-10-31" } });
    addRow("dataview: completion is the done date",
        QStringLiteral("- [x] a [completion:: 2025-10-31]"),
        { { "status", "x" }, { "state", "done" }, { "text", "a" }, { "done", "2025-10-31" } });
    addRow("dataview: priority", QStringLiteral("- [ ] a [priority:: high]"),
        { { "text", "a" }, { "priority", "high" } });
    addRow("dataview: priority in any case", QStringLiteral("- [ ] a [priority:: Lowest]"),
        { { "text", "a" }, { "priority", "lowest" } });
    addRow("dataview: spaces inside the brackets", QStringLiteral("- [ ] a [ due ::  2025-10-31 ]"),
        { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("dataview: with emoji fields and tags",
        s("- [ ] a [due:: 2025-10-31] #t ⏫ [start:: 2025-10-01]"),
        { { "text", "a" }, { "due", "2025-10-31" }, { "priority", "high" },
            { "start", "2025-10-01" }, { "tags", list({ "t" }) } });
    addRow("dataview: unknown key stops the reading",
        QStringLiteral("- [ ] a [due:: 2025-10-31] [owner:: Bob]"),
        { { "text", "a [due:: 2025-10-31] [owner:: Bob]" } });
    addRow("dataview: a value that is not a date stops the reading",
        QStringLiteral("- [ ] a [due:: tomorrow]"), { { "text", "a [due:: tomorrow]" } });

    addRow("block id: ignored", s("- [ ] a 📅 2025-10-31 ^abc123"),
        { { "text", "a" }, { "due", "2025-10-31" } });
    addRow("block id: with a dash, after tags", QStringLiteral("- [ ] a #t ^block-1"),
        { { "text", "a" }, { "tags", list({ "t" }) } });
    addRow("block id: not at the end stays in the text", QStringLiteral("- [ ] see ^abc123 later"),
        { { "text", "see ^abc123 later" } });

    addRow("date: leap day is a date", s("- [ ] a 📅 2024-02-29"),
        { { "text", "a" }, { "due", "2024-02-29" } });
    addRow("date: non-ASCII digits are not a date", s("- [ ] a 📅 ２０２５-０１-０１"),
        { { "text", s("a 📅 ２０２５-０１-０１") } });
    addRow("date: a word stops the reading", s("- [ ] a 📅 tomorrow"),
        { { "text", s("a 📅 tomorrow") } });
    addRow("priority: a value after it stops the reading", s("- [ ] a ⏫ soon"),
        { { "text", s("a ⏫ soon") } });
}

void TestTaskLineParser::fields()
{
    checkRow();
}

// Tasks matches a date field by its pattern (\d{4}-\d{2}-\d{2}) and shows an impossible date as
// "Invalid date": the field is read (out of the text, fields left of it too), its date stays unset
// and the task says why.
void TestTaskLineParser::invalidDates_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    const auto warn = [](const char *text) { return list({ text }); };
    addRow("invalid date: Feb 30 due is a warning", s("- [ ] a 📅 2022-02-30"),
        { { "text", "a" }, { "warnings", warn("due date 2022-02-30 is not a calendar date") } });
    addRow("invalid date: day 32 scheduled", s("- [ ] a ⏳ 1999-02-32"),
        { { "text", "a" },
            { "warnings", warn("scheduled date 1999-02-32 is not a calendar date") } });
    addRow("invalid date: month 13 done", s("- [x] a ✅ 2023-13-01"),
        { { "status", "x" }, { "state", "done" }, { "text", "a" },
            { "warnings", warn("done date 2023-13-01 is not a calendar date") } });
    addRow("invalid date: April 31 start", s("- [ ] a 🛫 2025-04-31"),
        { { "text", "a" }, { "warnings", warn("start date 2025-04-31 is not a calendar date") } });
    addRow("invalid date: month 00 created", s("- [ ] a ➕ 2025-00-10"),
        { { "text", "a" },
            { "warnings", warn("created date 2025-00-10 is not a calendar date") } });
    addRow("invalid date: Feb 29 of a common year cancelled", s("- [-] a ❌ 2025-02-29"),
        { { "status", "-" }, { "state", "cancelled" }, { "text", "a" },
            { "warnings", warn("cancelled date 2025-02-29 is not a calendar date") } });
    addRow("invalid date: fields left of it still read", s("- [ ] a @Bob ⏫ #t 📅 2022-02-30 #u"),
        { { "text", "a" }, { "owner", "Bob" }, { "priority", "high" },
            { "tags", list({ "t", "u" }) },
            { "warnings", warn("due date 2022-02-30 is not a calendar date") } });
    addRow("invalid date: a good date beside it is kept", s("- [ ] a 📅 2025-01-02 ⏳ 2022-02-30"),
        { { "text", "a" }, { "due", "2025-01-02" },
            { "warnings", warn("scheduled date 2022-02-30 is not a calendar date") } });
    addRow("invalid date: one warning per bad field, in line order",
        s("- [ ] a ⏳ 2022-02-30 📅 2022-13-01"),
        { { "text", "a" },
            { "warnings",
                list({ "scheduled date 2022-02-30 is not a calendar date",
                    "due date 2022-13-01 is not a calendar date" }) } });
    addRow("invalid date: the leftmost of two due dates wins, as in Tasks",
        s("- [ ] a 📅 2022-02-30 📅 2025-01-02"),
        { { "text", "a" }, { "warnings", warn("due date 2022-02-30 is not a calendar date") } });
    addRow("invalid date: a bad one right of a good one", s("- [ ] a 📅 2025-01-02 📅 2022-02-30"),
        { { "text", "a" }, { "due", "2025-01-02" },
            { "warnings", warn("due date 2022-02-30 is not a calendar date") } });
    addRow("invalid date: Dataview due", QStringLiteral("- [ ] a [due:: 2022-02-30] #t"),
        { { "text", "a" }, { "tags", list({ "t" }) },
            { "warnings", warn("due date 2022-02-30 is not a calendar date") } });
    addRow("invalid date: Dataview completion is the done date",
        QStringLiteral("- [x] a [completion:: 2023-13-01]"),
        { { "status", "x" }, { "state", "done" }, { "text", "a" },
            { "warnings", warn("done date 2023-13-01 is not a calendar date") } });
    addRow("invalid date: Dataview scheduled left of an emoji field",
        s("- [ ] a [scheduled:: 1999-02-32] ⏫"),
        { { "text", "a" }, { "priority", "high" },
            { "warnings", warn("scheduled date 1999-02-32 is not a calendar date") } });
    addRow("invalid date: not the pattern stays text, without a warning", s("- [ ] a 📅 2022-2-30"),
        { { "text", s("a 📅 2022-2-30") } });
}

void TestTaskLineParser::invalidDates()
{
    checkRow();
}

// Obsidian hides "%% … %%"; Tasks reads the line as it stands. The comment stays in the text
// (Tasks's description) and stops the reading of fields like any word that is not one, but nothing
// inside it is ever a field, tag or owner.
void TestTaskLineParser::comments_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    addRow("comment: inside the text, the fields after it are read",
        s("- [ ] call Bob %%private%% 📅 2025-01-02"),
        { { "text", "call Bob %%private%%" }, { "due", "2025-01-02" } });
    addRow("comment: after the fields stops their reading, as in Tasks",
        s("- [ ] call Bob 📅 2025-01-02 %%later%%"),
        { { "text", s("call Bob 📅 2025-01-02 %%later%%") } });
    addRow("comment: a tag inside is no tag", QStringLiteral("- [ ] a %%#secret%% #shown"),
        { { "text", "a %%#secret%%" }, { "tags", list({ "shown" }) } });
    addRow("comment: a tag with spaces around it inside", QStringLiteral("- [ ] a %% #secret %%"),
        { { "text", "a %% #secret %%" } });
    addRow("comment: an owner inside is no owner", QStringLiteral("- [ ] a %%x @Alice%%"),
        { { "text", "a %%x @Alice%%" } });
    addRow("comment: an owner after it is read", QStringLiteral("- [ ] a %%x%% @Bob"),
        { { "text", "a %%x%%" }, { "owner", "Bob" } });
    addRow("comment: a field inside is no field", s("- [ ] a %%📅 2025-01-02%% ⏫"),
        { { "text", s("a %%📅 2025-01-02%%") }, { "priority", "high" } });
    addRow("comment: a field right after it is read", s("- [ ] a %%x%%📅 2025-01-02"),
        { { "text", "a %%x%%" }, { "due", "2025-01-02" } });
    addRow("comment: unclosed runs to the end of the line", s("- [ ] a %% b #t 📅 2025-01-02"),
        { { "text", s("a %% b #t 📅 2025-01-02") } });
    addRow("comment: empty", QStringLiteral("- [ ] a %%%% #t"),
        { { "text", "a %%%%" }, { "tags", list({ "t" }) } });
    addRow("comment: %% in a code span is text", s("- [ ] run `x %% y` #t 📅 2025-01-02"),
        { { "text", "run `x %% y`" }, { "tags", list({ "t" }) }, { "due", "2025-01-02" } });
    addRow("comment: %% in a double-backtick code span is text",
        QStringLiteral("- [ ] run ``a ` %%`` #t"),
        { { "text", "run ``a ` %%``" }, { "tags", list({ "t" }) } });
    addRow("comment: an unclosed backtick does not protect it",
        QStringLiteral("- [ ] run `x %% #y"), { { "text", "run `x %% #y" } });
    addRow("comment: a code span inside a comment is hidden with it",
        QStringLiteral("- [ ] a %% `#x` %% #t"),
        { { "text", "a %% `#x` %%" }, { "tags", list({ "t" }) } });
}

void TestTaskLineParser::comments()
{
    checkRow();
}

void TestTaskLineParser::order_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    addRow("order: tags and fields interleaved",
        s("- [ ] do it #a 📅 2025-01-01 #b ⏫ #c ⏳ 2025-01-02 #d"),
        { { "text", "do it" }, { "due", "2025-01-01" }, { "priority", "high" },
            { "scheduled", "2025-01-02" }, { "tags", list({ "a", "b", "c", "d" }) } });
    addRow("order: fields before tags", s("- [ ] do it 🔼 📅 2025-01-01 #a #b"),
        { { "text", "do it" }, { "due", "2025-01-01" }, { "priority", "medium" },
            { "tags", list({ "a", "b" }) } });
    addRow("order: the first unrecognised word stops the reading",
        s("- [ ] do 📅 2025-01-01 later ⏫ #t"),
        { { "text", s("do 📅 2025-01-01 later") }, { "priority", "high" },
            { "tags", list({ "t" }) } });
    addRow("order: tags inside the sentence stay in the text",
        s("- [ ] fix #bug in the parser 📅 2025-01-01 #task"),
        { { "text", "fix #bug in the parser" }, { "due", "2025-01-01" },
            { "tags", list({ "bug", "task" }) } });
    addRow("order: a line of only a tag has empty text", QStringLiteral("- [ ] #task"),
        { { "text", "" }, { "tags", list({ "task" }) } });
    addRow("tags: every tag on the line, without #", s("- [ ] #lead text #mid ⏫ #end"),
        { { "text", "#lead text" }, { "priority", "high" },
            { "tags", list({ "lead", "mid", "end" }) } });
    addRow("tags: not tags (#2025, C#, page#anchor)",
        QStringLiteral("- [ ] ship C# build for page#anchor in #2025"),
        { { "text", "ship C# build for page#anchor in #2025" }, { "tags", QStringList() } });
}

void TestTaskLineParser::order()
{
    checkRow();
}

void TestTaskLineParser::owner_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    addRow("owner: one word", QStringLiteral("- [ ] a @Myself"),
        { { "text", "a" }, { "owner", "Myself" } });
    addRow("owner: two words", QStringLiteral("- [ ] a @Alon Horev"),
        { { "text", "a" }, { "owner", "Alon Horev" } });
    addRow("owner: four words", QStringLiteral("- [ ] a @Anna Maria De Vries"),
        { { "text", "a" }, { "owner", "Anna Maria De Vries" } });
    addRow("owner: five words is not an owner",
        QStringLiteral("- [ ] a @Anna Maria De Vries Smith"),
        { { "text", "a @Anna Maria De Vries Smith" }, { "owner", QVariant() } });
    addRow("owner: accents and an apostrophe", s("- [ ] a @Zoë O'Brien"),
        { { "text", "a" }, { "owner", s("Zoë O'Brien") } });
    addRow(
        "owner: caseless letters", s("- [ ] a @李雷"), { { "text", "a" }, { "owner", s("李雷") } });
    addRow("owner: digits, dots and dashes", QStringLiteral("- [ ] a @R2-D2 J.R."),
        { { "text", "a" }, { "owner", "R2-D2 J.R." } });
    addRow("owner: before fields and tags",
        s("- [?] Meet Kushal. @Myself 📅 2025-10-31 ⏫ #task #proposed"),
        { { "status", "?" }, { "state", "proposed" }, { "text", "Meet Kushal." },
            { "owner", "Myself" }, { "due", "2025-10-31" }, { "priority", "high" },
            { "tags", list({ "task", "proposed" }) } });
    addRow("owner: before a block id", QStringLiteral("- [ ] a @Bob ^abc"),
        { { "text", "a" }, { "owner", "Bob" } });
    addRow("owner: the whole description", QStringLiteral("- [ ] @Bob"),
        { { "text", "" }, { "owner", "Bob" } });
    addRow("owner: the last @ counts", QStringLiteral("- [ ] mail bob@example.com @Carol"),
        { { "text", "mail bob@example.com" }, { "owner", "Carol" } });
    addRow("owner: email is not an owner", QStringLiteral("- [ ] write to bob@example.com"),
        { { "text", "write to bob@example.com" }, { "owner", QVariant() } });
    addRow("owner: mention mid-sentence is not an owner",
        QStringLiteral("- [ ] Ping @Bob about the invoice"),
        { { "text", "Ping @Bob about the invoice" }, { "owner", QVariant() } });
    addRow("owner: lower-case name is not an owner", QStringLiteral("- [ ] a @bob"),
        { { "text", "a @bob" }, { "owner", QVariant() } });
    addRow("owner: a lower-case second word is not an owner", QStringLiteral("- [ ] a @Alon horev"),
        { { "text", "a @Alon horev" }, { "owner", QVariant() } });
    addRow("owner: no whitespace before @ is not an owner", QStringLiteral("- [ ] a,@Bob"),
        { { "text", "a,@Bob" }, { "owner", QVariant() } });
    addRow("owner: a lone @ is not an owner", QStringLiteral("- [ ] a @"),
        { { "text", "a @" }, { "owner", QVariant() } });
    addRow("owner: a field after the owner's words stops at the owner",
        s("- [ ] call @Bob then 📅 2025-01-01"),
        { { "text", "call @Bob then" }, { "owner", QVariant() }, { "due", "2025-01-01" } });
}

void TestTaskLineParser::owner()
{
    checkRow();
}

void TestTaskLineParser::mojibakeForms_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");

    // Spelled as Python's mac_roman and cp1252 codecs spell them (cp1252's undefined bytes as C1).
    struct Form
    {
        const char *name;
        const char16_t *mac;
        const char16_t *windows;
        const char *field;
        const char *value;
    };
    const Form forms[] = {
        { "📅", u"\uF8FF\u00FC\u00EC\u00D6", u"\u00F0\u0178\u201C\u2026", "due", "2025-01-02" },
        { "📆", u"\uF8FF\u00FC\u00EC\u00DC", u"\u00F0\u0178\u201C\u2020", "due", "2025-01-02" },
        { "🗓", u"\uF8FF\u00FC\u00F3\u00EC", u"\u00F0\u0178\u2014\u201C", "due", "2025-01-02" },
        { "🗓️", u"\uF8FF\u00FC\u00F3\u00EC\u00D4\u220F\u00E8",
            u"\u00F0\u0178\u2014\u201C\u00EF\u00B8\u008F", "due", "2025-01-02" },
        { "⏳", u"\u201A\u00E8\u2265", u"\u00E2\u008F\u00B3", "scheduled", "2025-01-02" },
        { "⌛", u"\u201A\u00E5\u00F5", u"\u00E2\u0152\u203A", "scheduled", "2025-01-02" },
        { "🛫", u"\uF8FF\u00FC\u00F5\u00B4", u"\u00F0\u0178\u203A\u00AB", "start", "2025-01-02" },
        { "➕", u"\u201A\u00FB\u00EF", u"\u00E2\u017E\u2022", "created", "2025-01-02" },
        { "✅", u"\u201A\u00FA\u00D6", u"\u00E2\u0153\u2026", "done", "2025-01-02" },
        { "❌", u"\u201A\u00F9\u00E5", u"\u00E2\u009D\u0152", "cancelled", "2025-01-02" },
        { "🔁", u"\uF8FF\u00FC\u00EE\u00C5", u"\u00F0\u0178\u201D\u0081", "recurrence",
            "every week" },
        { "🔺", u"\uF8FF\u00FC\u00EE\u222B", u"\u00F0\u0178\u201D\u00BA", "priority", "highest" },
        { "⏫", u"\u201A\u00E8\u00B4", u"\u00E2\u008F\u00AB", "priority", "high" },
        { "⏫️", u"\u201A\u00E8\u00B4\u00D4\u220F\u00E8",
            u"\u00E2\u008F\u00AB\u00EF\u00B8\u008F", "priority", "high" },
        { "🔼", u"\uF8FF\u00FC\u00EE\u00BA", u"\u00F0\u0178\u201D\u00BC", "priority", "medium" },
        { "🔽", u"\uF8FF\u00FC\u00EE\u03A9", u"\u00F0\u0178\u201D\u00BD", "priority", "low" },
        { "⏬", u"\u201A\u00E8\u00A8", u"\u00E2\u008F\u00AC", "priority", "lowest" },
        { "🆔", u"\uF8FF\u00FC\u00DC\u00EE", u"\u00F0\u0178\u2020\u201D", "id", "abc" },
        { "⛔", u"\u201A\u00F5\u00EE", u"\u00E2\u203A\u201D", "dependsOn", "abc" },
        { "🏁", u"\uF8FF\u00FC\u00E8\u00C5", u"\u00F0\u0178\u008F\u0081", "onCompletion", "delete" },
    };
    for (const Form &form : forms) {
        const QString field = QString::fromLatin1(form.field ? form.field : "");
        const bool priority = field == u"priority";
        const QString value = QString::fromLatin1(form.value);
        const QString suffix = priority ? QString() : u' ' + value;
        QVariantMap expected = plainTask({ { "text", "a" }, { "tags", list({ "t" }) } });
        if (field == u"dependsOn")
            expected.insert(field, QStringList { value });
        else if (form.field)
            expected.insert(field, value);
        const QString mac = QStringLiteral("- [ ] a ") + QString::fromUtf16(form.mac) + suffix
            + QStringLiteral(" #t");
        const QString windows = QStringLiteral("- [ ] a ") + QString::fromUtf16(form.windows)
            + suffix + QStringLiteral(" #t");
        QTest::addRow("mojibake: %s as Mac Roman", form.name) << mac << expected;
        QTest::addRow("mojibake: %s as Windows-1252", form.name) << windows << expected;
    }
}

// The note parser repairs the text before reading tasks, so every mojibake spelling of a field
// emoji reads as the emoji; without the repair it would stay in the text.
void TestTaskLineParser::mojibakeForms()
{
    QFETCH(QString, line);
    QFETCH(QVariantMap, expected);
    const auto unrepaired = TaskLineParser::parse(line);
    QVERIFY(unrepaired);
    QVERIFY(unrepaired->text != u"a");

    const auto task = TaskLineParser::parse(core::Mojibake::repaired(line));
    QVERIFY(task);
    const QStringList diff = parsertest::differences(parsertest::taskFields(*task), expected);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(QStringLiteral("; "))));
}

void TestTaskLineParser::longLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QVariantMap>("expected");
    const QString many = QString(100000, QChar(u'é'));
    const QString ascii = QString(100000, u'a');
    QString dataview;
    QString emoji;
    QString tags;
    for (int i = 0; i < 1000; ++i) {
        dataview += QStringLiteral(" [due:: 2025-01-01]");
        emoji += s(" 📅 2025-01-01");
        tags += QStringLiteral(" #t");
    }
    const QString due = QStringLiteral("2025-01-01");
    addRow("robustness: non-ASCII text then 1000 Dataview fields",
        QStringLiteral("- [ ] ") + many + dataview, { { "text", many }, { "due", due } });
    addRow("robustness: non-ASCII text then 1000 emoji fields",
        QStringLiteral("- [ ] ") + many + emoji, { { "text", many }, { "due", due } });
    addRow("robustness: non-ASCII text then 1000 tags", QStringLiteral("- [ ] ") + many + tags,
        { { "text", many }, { "tags", list({ "t" }) } });
    addRow("robustness: ASCII text then 1000 Dataview fields",
        QStringLiteral("- [ ] ") + ascii + dataview, { { "text", ascii }, { "due", due } });
    addRow("robustness: 100000 @ signs", QStringLiteral("- [ ] ") + QString(100000, u'@'),
        { { "text", QString(100000, u'@') } });
    const QString brackets = QString(100000, u'[') + u']';
    addRow("robustness: 100000 open brackets", QStringLiteral("- [ ] ") + brackets,
        { { "text", brackets } });
}

// A very long line still gives its fields. (How fast: tests/bench/bench_parsers.)
void TestTaskLineParser::longLines()
{
    checkRow();
}

void TestTaskLineParser::overdue_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("overdue");
    const auto row = [](const char *name, const char *line, bool overdue) {
        QTest::newRow(name) << QString::fromUtf8(line) << overdue;
    };
    row("open, due yesterday", "- [ ] a 📅 2025-02-28", true);
    row("open, due long ago (Dataview)", "- [ ] a [due:: 2024-12-31]", true);
    row("open, due today", "- [ ] a 📅 2025-03-01", false);
    row("open, due tomorrow", "- [ ] a 📅 2025-03-02", false);
    row("open, no due date", "- [ ] a", false);
    row("in progress, due yesterday", "- [/] a 📅 2025-02-28", true);
    row("proposed, due yesterday", "- [?] a 📅 2025-02-28", true);
    row("forwarded, due yesterday", "- [>] a 📅 2025-02-28", true);
    row("done, due yesterday", "- [x] a 📅 2025-02-28", false);
    row("cancelled, due yesterday", "- [-] a 📅 2025-02-28", false);
    row("other state, due yesterday", "- [!] a 📅 2025-02-28", false);
    row("not a date, kept in the text", "- [ ] a 📅 2025-02-30", false);
}

// Overdue is one rule for every view: an open task due before today.
void TestTaskLineParser::overdue()
{
    QFETCH(QString, line);
    QFETCH(bool, overdue);
    const auto task = TaskLineParser::parse(line);
    QVERIFY(task);
    QCOMPARE(core::isOverdue(*task, QDate(2025, 3, 1)), overdue);
}

QTEST_APPLESS_MAIN(TestTaskLineParser)
#include "tst_tasklineparser.moc"
