// SPDX-License-Identifier: GPL-3.0-or-later
// Where Obsidian's "%% … %%" comments are: in a note body (code as md4c reads it is not a comment)
// and within one task line (code spans are not). Spans are written "start-end" in bytes or UTF-16
// units, end exclusive, so that a row shows them at a glance.
#include "core/parse/obsidiancomments.h"

#include <QTest>
#include <limits>
#include <md4c.h>

using core::ObsidianComments;

namespace {

QString show(const QList<ObsidianComments::Span> &spans)
{
    QStringList out;
    for (const auto &span : spans)
        out.append(QString::number(span.start) + u'-' + QString::number(span.end));
    return out.join(u',');
}

constexpr unsigned kFlags
    = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS; // as BodyParser

} // namespace

class TestObsidianComments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("spans");
        QTest::newRow("body: no %% at all") << QByteArray("a\n- [ ] b\n") << QString();
        QTest::newRow("body: inline") << QByteArray("a %%b%% c\n") << QStringLiteral("2-7");
        QTest::newRow("body: two inline on one line")
            << QByteArray("%%a%% b %%c%%\n") << QStringLiteral("0-5,8-13");
        QTest::newRow("body: a block over lines")
            << QByteArray("%%\nx\n\ny\n%%\nz\n") << QStringLiteral("0-10");
        QTest::newRow("body: unclosed runs to the end")
            << QByteArray("a\n%% b\nc\n") << QStringLiteral("2-9");
        QTest::newRow("body: in a code span it is text")
            << QByteArray("`%%` a %%b%%\n") << QStringLiteral("7-12");
        QTest::newRow("body: in a fenced block it is text")
            << QByteArray("```\n%%\n```\n") << QString();
        QTest::newRow("body: in indented code it is text")
            << QByteArray("p\n\n    %%\n") << QString();
        QTest::newRow("body: an HTML comment hides it") << QByteArray("<!-- %% -->\n") << QString();
        QTest::newRow("body: inside a comment, code does not hide the closer")
            << QByteArray("%% a `b %%` c\n") << QStringLiteral("0-10");
        QTest::newRow("body: a fenced block inside a comment is hidden with it")
            << QByteArray("%%\n```\nx\n```\n%%\n- [ ] y %%z%%\n") << QStringLiteral("0-15,24-29");
        QTest::newRow("body: in a task line")
            << QByteArray("- [ ] a %%b%% #c\n") << QStringLiteral("8-13");
    }

    void inBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, spans);
        const auto found
            = ObsidianComments::inBody(body, kFlags, std::numeric_limits<qint64>::max());
        QVERIFY(!found.truncated);
        QCOMPARE(show(found.spans), spans);
    }

    void outOfTimeHidesWhatWasNotRead()
    {
        QByteArray body;
        for (int i = 0; i < 50000; ++i)
            body += "para " + QByteArray::number(i) + " %%c%%\n\n";
        const auto found = ObsidianComments::inBody(body, kFlags, 0);
        QVERIFY(found.truncated);
        QVERIFY(!found.spans.isEmpty());
        QCOMPARE(found.spans.last().end, body.size());
    }

    void removedKeepsLineBreaks()
    {
        const QByteArray body = "a %%b\r\n\nc%% d\n%%e%%\n";
        QCOMPARE(
            ObsidianComments::removed(body, { { 2, 11 }, { 14, 19 } }), QByteArray("a \n\n d\n\n"));
        QCOMPARE(ObsidianComments::removed(body, {}), body);
    }

    void inLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("spans");
        QTest::newRow("line: none") << QStringLiteral("a b") << QString();
        QTest::newRow("line: one pair") << QStringLiteral("a %%b%% c") << QStringLiteral("2-7");
        QTest::newRow("line: two pairs")
            << QStringLiteral("%%a%% b %%c%%") << QStringLiteral("0-5,8-13");
        QTest::newRow("line: unclosed runs to the end")
            << QStringLiteral("a %% b") << QStringLiteral("2-6");
        QTest::newRow("line: empty comment") << QStringLiteral("%%%% x") << QStringLiteral("0-4");
        QTest::newRow("line: three percent signs open one")
            << QStringLiteral("a %%% b") << QStringLiteral("2-7");
        QTest::newRow("line: a code span hides it") << QStringLiteral("`%%` x") << QString();
        QTest::newRow("line: a double-backtick span holds a single one")
            << QStringLiteral("``a ` %%`` x %%y%%") << QStringLiteral("13-18");
        QTest::newRow("line: unmatched backticks are text")
            << QStringLiteral("`` a %% b ` c") << QStringLiteral("5-13");
        QTest::newRow("line: a code span before the comment")
            << QStringLiteral("`a` %%b%%") << QStringLiteral("4-9");
        QTest::newRow("line: backticks inside a comment do not count")
            << QStringLiteral("%% `x %% `y` %%z%%") << QStringLiteral("0-8,13-18");
    }

    void inLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, spans);
        QCOMPARE(show(ObsidianComments::inLine(line)), spans);
    }

    void inLineAfterManyUnclosedBacktickRuns()
    {
        // Runs of every length once, none closed: all text, and the comment after them is found.
        QString line;
        for (int length = 1; length < 600; ++length)
            line += QString(length, u'`') + u' ';
        line += QStringLiteral("%%x%%");
        QCOMPARE(show(ObsidianComments::inLine(line)),
            QString::number(line.size() - 5) + u'-' + QString::number(line.size()));
    }
};

QTEST_GUILESS_MAIN(TestObsidianComments)
#include "tst_obsidiancomments.moc"
