// SPDX-License-Identifier: GPL-3.0-or-later
// Frontmatter: only a first line "---" and a later line "---" or "..." make a block; the YAML is
// read into title, date, type, people and tags, and no input may crash or hang (yaml-cpp 0.7 traps:
// LoadAll loops on ",", alias bombs, self-referencing aliases, DeepRecursion).

#include "core/parse/frontmatter.h"

#include "hostileyaml.h"

#include <QtTest>

using core::Frontmatter;

namespace {

QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

} // namespace

class TestFrontmatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void fields_data();
    void fields();
    void errors_data();
    void errors();
};

void TestFrontmatter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("bodyFirstLine");

    QTest::newRow("split: dashes then dashes")
        << QStringLiteral("---\na: 1\n---\nbody\n") << true << QStringLiteral("a: 1\n")
        << QStringLiteral("body\n") << 4;
    QTest::newRow("split: closed by dots")
        << QStringLiteral("---\na: 1\n...\nbody") << true << QStringLiteral("a: 1\n")
        << QStringLiteral("body") << 4;
    QTest::newRow("split: CRLF fences")
        << QStringLiteral("---\r\na: 1\r\n---\r\nbody") << true << QStringLiteral("a: 1\r\n")
        << QStringLiteral("body") << 4;
    QTest::newRow("split: trailing spaces after fences")
        << QStringLiteral("--- \na: 1\n---\t\nbody") << true << QStringLiteral("a: 1\n")
        << QStringLiteral("body") << 4;
    QTest::newRow("split: empty block")
        << QStringLiteral("---\n---\nbody") << true << QString() << QStringLiteral("body") << 3;
    QTest::newRow("split: closing fence ends the file")
        << QStringLiteral("---\na: 1\n---") << true << QStringLiteral("a: 1\n") << QString() << 4;
    QTest::newRow("split: first closing fence wins")
        << QStringLiteral("---\na: 1\n---\nb\n---\nc") << true << QStringLiteral("a: 1\n")
        << QStringLiteral("b\n---\nc") << 4;
    QTest::newRow("split: blank lines before the body")
        << QStringLiteral("---\na: 1\n\n---\n\n\nbody") << true << QStringLiteral("a: 1\n\n")
        << QStringLiteral("\n\nbody") << 5;

    QTest::newRow("robustness: unclosed frontmatter")
        << QStringLiteral("---\ntitle: x\nbody\n") << false << QString() << QString() << 0;
    QTest::newRow("robustness: only an opening fence")
        << QStringLiteral("---") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: fence not on the first line")
        << QStringLiteral("\n---\na: 1\n---\n") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: indented opening fence")
        << QStringLiteral("  ---\na: 1\n---\n") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: indented closing fence")
        << QStringLiteral("---\na: 1\n  ---\n") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: four dashes")
        << QStringLiteral("----\na: 1\n----\n") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: dots cannot open")
        << QStringLiteral("...\na: 1\n...\n") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: text after the dashes")
        << QStringLiteral("--- x\na: 1\n---\n") << false << QString() << QString() << 0;
    QTest::newRow("no frontmatter: heading first")
        << QStringLiteral("# Title\n---\na: 1\n---\n") << false << QString() << QString() << 0;
}

void TestFrontmatter::split()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    QFETCH(QString, yaml);
    QFETCH(QString, body);
    QFETCH(int, bodyFirstLine);

    const auto block = Frontmatter::split(text);
    QCOMPARE(block.has_value(), found);
    if (!found)
        return;
    QCOMPARE(block->yaml.toString(), yaml);
    QCOMPARE(QStringView(text).sliced(block->bodyStart).toString(), body);
    QCOMPARE(block->bodyFirstLine, bodyFirstLine);
}

void TestFrontmatter::fields_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QVariant>("title");
    QTest::addColumn<QVariant>("date");
    QTest::addColumn<QVariant>("type");
    QTest::addColumn<QStringList>("people");
    QTest::addColumn<QStringList>("tags");

    const QVariant null;
    QTest::newRow("fields: title, date and type")
        << QStringLiteral("title: Weekly sync\ndate: 2025-10-28\ntype: people\n")
        << QVariant(QStringLiteral("Weekly sync")) << QVariant(QStringLiteral("2025-10-28"))
        << QVariant(QStringLiteral("people")) << QStringList() << QStringList();
    QTest::newRow("fields: quoted date is read raw")
        << QStringLiteral("date: '2025-10-28T14:30:00'\n") << null
        << QVariant(QStringLiteral("2025-10-28T14:30:00")) << null << QStringList()
        << QStringList();
    QTest::newRow("fields: title with a colon, quoted")
        << QStringLiteral("title: '1:1 with Alon'\n") << QVariant(QStringLiteral("1:1 with Alon"))
        << null << null << QStringList() << QStringList();
    QTest::newRow("fields: a list title is no title")
        << QStringLiteral("title: [a, b]\ntype: x\n") << null << null
        << QVariant(QStringLiteral("x")) << QStringList() << QStringList();
    QTest::newRow("fields: null values are absent")
        << QStringLiteral("title:\ndate: ~\ntype: null\n") << null << null << null << QStringList()
        << QStringList();
    QTest::newRow("fields: CRLF lines")
        << QStringLiteral("title: Foo\r\ntype: bar\r\n") << QVariant(QStringLiteral("Foo")) << null
        << QVariant(QStringLiteral("bar")) << QStringList() << QStringList();
    QTest::newRow("fields: other keys are ignored")
        << QStringLiteral("source: transcript\nsource_ref: /x.md\n") << null << null << null
        << QStringList() << QStringList();

    QTest::newRow("people: person as a string")
        << QStringLiteral("person: Alon Horev\n") << null << null << null
        << QStringList { QStringLiteral("Alon Horev") } << QStringList();
    QTest::newRow("people: comma-separated participants")
        << QStringLiteral("participants: Jason Vallery, Alon Horev ,  \n") << null << null << null
        << QStringList { QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") }
        << QStringList();
    QTest::newRow("people: attendees as a list")
        << QStringLiteral("attendees:\n  - '[[Jason Vallery]]'\n  - '@Bob'\n") << null << null
        << null << QStringList { QStringLiteral("[[Jason Vallery]]"), QStringLiteral("@Bob") }
        << QStringList();
    QTest::newRow("people: union of person, participants and attendees")
        << QStringLiteral("person: A\nparticipants: [B, C]\nattendees: D, E\n") << null << null
        << null
        << QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
               QStringLiteral("D"), QStringLiteral("E") }
        << QStringList();

    QTest::newRow("tags: block list")
        << QStringLiteral("tags:\n- type/people\n- generated\n") << null << null << null
        << QStringList()
        << QStringList { QStringLiteral("type/people"), QStringLiteral("generated") };
    QTest::newRow("tags: flow list")
        << QStringLiteral("tags: [a, b]\n") << null << null << null << QStringList()
        << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("tags: string split on commas and spaces")
        << QStringLiteral("tags: a, b c,d\n") << null << null << null << QStringList()
        << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
               QStringLiteral("d") };
    QTest::newRow("tags: the tag key") << QStringLiteral("tag: single\n") << null << null << null
                                       << QStringList() << QStringList { QStringLiteral("single") };
    QTest::newRow("tags: tags and tag together")
        << QStringLiteral("tags: [a]\ntag: b\n") << null << null << null << QStringList()
        << QStringList { QStringLiteral("a"), QStringLiteral("b") };

    QTest::newRow("empty: nothing")
        << QString() << null << null << null << QStringList() << QStringList();
    QTest::newRow("empty: blank lines")
        << QStringLiteral("\n  \n\t\n") << null << null << null << QStringList() << QStringList();
    QTest::newRow("empty: only comments") << QStringLiteral("# a comment\n  # another\n") << null
                                          << null << null << QStringList() << QStringList();

    // Self-referencing and exponential aliases: read without expanding them and without hanging.
    QTest::newRow("alias: self-reference a: &a [*a]")
        << QStringLiteral("a: &a [*a]\ntype: kept\n") << null << null
        << QVariant(QStringLiteral("kept")) << QStringList() << QStringList();
    QTest::newRow("alias: self-referencing tags")
        << QStringLiteral("tags: &t [*t, real]\ntype: kept\n") << null << null
        << QVariant(QStringLiteral("kept")) << QStringList()
        << QStringList { QStringLiteral("real") };
    QTest::newRow("alias: billion laughs") << hostileyaml::billionLaughs() << QVariant(QStringLiteral("Bomb"))
                                           << null << null << QStringList() << QStringList();
    QTest::newRow("alias: scalar alias")
        << QStringLiteral("who: &w Alon Horev\nperson: *w\n") << null << null << null
        << QStringList { QStringLiteral("Alon Horev") } << QStringList();
}

void TestFrontmatter::fields()
{
    QFETCH(QString, yaml);
    QFETCH(QVariant, title);
    QFETCH(QVariant, date);
    QFETCH(QVariant, type);
    QFETCH(QStringList, people);
    QFETCH(QStringList, tags);

    const Frontmatter::Result result = Frontmatter::parse(yaml);
    QCOMPARE(result.error, QString());
    const auto opt = [](const std::optional<QString> &v) { return v ? QVariant(*v) : QVariant(); };
    QCOMPARE(opt(result.fields.title), title);
    QCOMPARE(opt(result.fields.date), date);
    QCOMPARE(opt(result.fields.type), type);
    QCOMPARE(result.fields.people, people);
    QCOMPARE(result.fields.tags, tags);
}

void TestFrontmatter::errors_data()
{
    QTest::addColumn<QString>("yaml");

    QTest::newRow("yaml error: unterminated double quote")
        << QStringLiteral("title: \"abc\ntype: x\n");
    QTest::newRow("yaml error: unterminated single quote")
        << QStringLiteral("title: 'abc\ntype: x\n");
    QTest::newRow("yaml error: unclosed flow sequence") << QStringLiteral("type: x\ntags: [a, b\n");
    QTest::newRow("yaml error: unclosed flow map") << QStringLiteral("type: x\nmeta: {a: 1\n");
    QTest::newRow("yaml error: tab indentation") << QStringLiteral("type: x\ntags:\n\t- a\n");
    QTest::newRow("yaml error: bad indentation") << QStringLiteral("type: x\n  y: z\n");
    QTest::newRow("yaml error: undefined alias") << QStringLiteral("type: *nowhere\n");
    QTest::newRow("yaml error: 10000 nested [")
        << QStringLiteral("type: x\nk: ") + repeated(QStringLiteral("["), 10000);
    QTest::newRow("yaml error: 10000 nested {")
        << QStringLiteral("type: x\nk: ") + repeated(QStringLiteral("{a: "), 10000);
    QTest::newRow("yaml error: deep block nesting") << hostileyaml::deepBlockMaps(800);
    QTest::newRow("yaml error: too large") << QStringLiteral("type: x\nk: ")
            + repeated(QStringLiteral("a"), int(Frontmatter::kMaxYamlChars));

    QTest::newRow("not a map: comma (LoadAll would loop)") << QStringLiteral(",");
    QTest::newRow("not a map: sequence") << QStringLiteral("- a\n- b\n");
    QTest::newRow("not a map: scalar") << QStringLiteral("just some words\n");
    QTest::newRow("not a map: tilde") << QStringLiteral("~\n");
    QTest::newRow("not a map: null") << QStringLiteral("null\n");
}

// Any failure gives an error that says "frontmatter" and no fields, never an exception or a hang.
// (How long the hostile inputs take: tests/bench/bench_parsers.)
void TestFrontmatter::errors()
{
    QFETCH(QString, yaml);
    const Frontmatter::Result result = Frontmatter::parse(yaml);
    QVERIFY2(result.error.contains(QStringLiteral("frontmatter")), qPrintable(result.error));
    QVERIFY(!result.fields.title);
    QVERIFY(!result.fields.date);
    QVERIFY(!result.fields.type);
    QVERIFY(result.fields.people.isEmpty());
    QVERIFY(result.fields.tags.isEmpty());
}

QTEST_APPLESS_MAIN(TestFrontmatter)
#include "tst_frontmatter.moc"
