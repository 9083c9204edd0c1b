// SPDX-License-Identifier: GPL-3.0-or-later
// Inline tags: '#' after the start of a line or whitespace, then letters, digits, '_', '-', '/',
// with at least one non-digit. Stored without '#', deduplicated case-insensitively keeping the
// first spelling seen, sorted case-insensitively.

#include "core/parse/tagscanner.h"

#include <QtTest>

using core::TagScanner;

class TestTagScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data();
    void scan();
    void scanAfter_data();
    void scanAfter();
    void isTag_data();
    void isTag();
    void mergeUnique_data();
    void mergeUnique();
    void sortCaseInsensitive_data();
    void sortCaseInsensitive();
};

void TestTagScanner::scan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("tag: at the start of the text")
        << QStringLiteral("#start of text") << QStringList { QStringLiteral("start") };
    QTest::newRow("tag: after a space")
        << QStringLiteral("see #later") << QStringList { QStringLiteral("later") };
    QTest::newRow("tag: after a tab")
        << QStringLiteral("see\t#tab") << QStringList { QStringLiteral("tab") };
    QTest::newRow("tag: at the start of a later line")
        << QStringLiteral("one\n#two") << QStringList { QStringLiteral("two") };
    QTest::newRow("tag: after a no-break space")
        << QStringLiteral("a\u00A0#nbsp") << QStringList { QStringLiteral("nbsp") };
    QTest::newRow("tag: nested with slashes") << QStringLiteral("#type/people/1on1")
                                              << QStringList { QStringLiteral("type/people/1on1") };
    QTest::newRow("tag: dash and underscore")
        << QStringLiteral("#follow-up_2") << QStringList { QStringLiteral("follow-up_2") };
    QTest::newRow("tag: unicode letters") << QStringLiteral(
        "#café #日本語") << QStringList { QStringLiteral("café"), QStringLiteral("日本語") };
    QTest::newRow("tag: digits and a letter")
        << QStringLiteral("#2025q4") << QStringList { QStringLiteral("2025q4") };
    QTest::newRow("tag: digits and a dash have a non-digit")
        << QStringLiteral("#2025-10") << QStringList { QStringLiteral("2025-10") };
    QTest::newRow("tag: ends at punctuation")
        << QStringLiteral("#one, #two. #three!")
        << QStringList { QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three") };
    QTest::newRow("tag: ends at an emoji")
        << QStringLiteral("#due📅") << QStringList { QStringLiteral("due") };
    QTest::newRow("tag: in order, duplicates kept")
        << QStringLiteral("#b #a #b")
        << QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("b") };

    QTest::newRow("not a tag: only digits (#2025)")
        << QStringLiteral("in #2025 we") << QStringList();
    QTest::newRow("not a tag: C#") << QStringLiteral("written in C# today") << QStringList();
    QTest::newRow("not a tag: page#anchor") << QStringLiteral("see page#anchor") << QStringList();
    QTest::newRow("not a tag: heading '# Heading'") << QStringLiteral("# Heading") << QStringList();
    QTest::newRow("not a tag: double hash") << QStringLiteral("##two") << QStringList();
    QTest::newRow("not a tag: lone hash") << QStringLiteral("a # b #") << QStringList();
    QTest::newRow("not a tag: after a bracket") << QStringLiteral("[#x] (#y)") << QStringList();
    QTest::newRow("not a tag: URL fragment")
        << QStringLiteral("http://example.com/#frag") << QStringList();
    QTest::newRow("not a tag: wikilink heading")
        << QStringLiteral("[[Page#Heading]]") << QStringList();
}

void TestTagScanner::scan()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QCOMPARE(TagScanner::scan(text), tags);
}

void TestTagScanner::scanAfter_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("before: a letter, so no tag at the start")
        << QStringLiteral("x") << QStringList { QStringLiteral("b") };
    QTest::newRow("before: a space")
        << QStringLiteral(" ") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("before: a newline")
        << QStringLiteral("\n") << QStringList { QStringLiteral("a"), QStringLiteral("b") };
}

// `before` is the character in front of the text: text cut out of a longer line keeps its rule.
void TestTagScanner::scanAfter()
{
    QFETCH(QString, before);
    QFETCH(QStringList, tags);
    QStringList found { QStringLiteral("kept") };
    TagScanner::scan(u"#a #b", before.front(), found);
    QCOMPARE(found, QStringList { QStringLiteral("kept") } + tags);
}

void TestTagScanner::isTag_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("tag");
    QTest::newRow("isTag: word") << QStringLiteral("#task") << true;
    QTest::newRow("isTag: nested") << QStringLiteral("#a/b-c_d") << true;
    QTest::newRow("isTag: only digits") << QStringLiteral("#2025") << false;
    QTest::newRow("isTag: no hash") << QStringLiteral("task") << false;
    QTest::newRow("isTag: lone hash") << QStringLiteral("#") << false;
    QTest::newRow("isTag: trailing punctuation") << QStringLiteral("#task.") << false;
    QTest::newRow("isTag: two tags") << QStringLiteral("#a#b") << false;
}

void TestTagScanner::isTag()
{
    QFETCH(QString, token);
    QFETCH(bool, tag);
    QCOMPARE(TagScanner::isTag(token), tag);
}

void TestTagScanner::mergeUnique_data()
{
    QTest::addColumn<QStringList>("into");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("merge: first spelling wins")
        << QStringList { QStringLiteral("Azure") }
        << QStringList { QStringLiteral("azure"), QStringLiteral("AZURE"), QStringLiteral("mai") }
        << QStringList { QStringLiteral("Azure"), QStringLiteral("mai") };
    QTest::newRow("merge: duplicates within the new tags")
        << QStringList() << QStringList { QStringLiteral("Task"), QStringLiteral("task") }
        << QStringList { QStringLiteral("Task") };
    QTest::newRow("merge: non-ASCII letters fold too")
        << QStringList { QStringLiteral("Café") }
        << QStringList { QStringLiteral("CAFÉ"), QStringLiteral("café") }
        << QStringList { QStringLiteral("Café") };
}

void TestTagScanner::mergeUnique()
{
    QFETCH(QStringList, into);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, expected);
    TagScanner::mergeUnique(into, tags);
    QCOMPARE(into, expected);
}

void TestTagScanner::sortCaseInsensitive_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("sort: case-insensitive")
        << QStringList { QStringLiteral("zeta"), QStringLiteral("Beta"), QStringLiteral("alpha") }
        << QStringList { QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("zeta") };
    QTest::newRow("sort: nested tags after their parent")
        << QStringList { QStringLiteral("type/people"), QStringLiteral("type"),
               QStringLiteral("Task") }
        << QStringList { QStringLiteral("Task"), QStringLiteral("type"),
               QStringLiteral("type/people") };
}

void TestTagScanner::sortCaseInsensitive()
{
    QFETCH(QStringList, tags);
    QFETCH(QStringList, expected);
    TagScanner::sortCaseInsensitive(tags);
    QCOMPARE(tags, expected);
}

QTEST_APPLESS_MAIN(TestTagScanner)
#include "tst_tagscanner.moc"
