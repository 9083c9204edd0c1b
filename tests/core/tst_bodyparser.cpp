// SPDX-License-Identifier: GPL-3.0-or-later
// BodyParser's own guarantees beyond the note model (tested through NoteParser elsewhere): the
// time budget that keeps a pathological note from stalling the index, and line numbers that
// Obsidian comments do not shift.
#include "core/parse/bodyparser.h"

#include <QTest>
#include <limits>

class TestBodyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNoteOverItsTimeBudgetIsCutShort()
    {
        QByteArray body;
        for (int i = 0; i < 20000; ++i)
            body += "- [ ] task " + QByteArray::number(i) + "\n\nparagraph\n\n";
        // No budget for the whole parse: a slow machine must not cut it short.
        const auto full = core::BodyParser::parse(body, 1, std::numeric_limits<qint64>::max());
        QVERIFY(!full.truncated);
        QCOMPARE(full.tasks.size(), 20000);
        const auto cut = core::BodyParser::parse(body, 1, 0);
        QVERIFY(cut.truncated);
        QVERIFY(cut.tasks.size() < 20000);
    }

    void aNoteWithCommentsOverItsBudgetIsCutShort()
    {
        QByteArray body;
        for (int i = 0; i < 20000; ++i)
            body += "- [ ] task " + QByteArray::number(i) + " %%note%%\n\n%%\n- [ ] hidden\n%%\n\n";
        const auto full = core::BodyParser::parse(body, 1, std::numeric_limits<qint64>::max());
        QVERIFY(!full.truncated);
        QCOMPARE(full.tasks.size(), 20000);
        const auto cut = core::BodyParser::parse(body, 1, 0);
        QVERIFY(cut.truncated);
        QVERIFY(cut.tasks.size() < 20000);
        for (const core::Task &task : cut.tasks)
            QVERIFY2(task.text.startsWith(QStringLiteral("task ")), qPrintable(task.text));
    }

    void commentsKeepLineNumbers()
    {
        const auto result = core::BodyParser::parse(
            "%%\r\n- [ ] hidden\r\n\r\n%%\r\n- [ ] shown %%x%% #t\r\n", 10);
        QCOMPARE(result.tasks.size(), 1);
        QCOMPARE(result.tasks.first().line, 14);
        QCOMPARE(result.tasks.first().text, QStringLiteral("shown %%x%%"));
        QCOMPARE(result.tags, QStringList { QStringLiteral("t") });
    }

    void firstLineOffsetsTaskLines()
    {
        const auto result = core::BodyParser::parse("text\n- [x] done\n", 10);
        QCOMPARE(result.tasks.size(), 1);
        QCOMPARE(result.tasks.first().line, 11);
    }
};

QTEST_GUILESS_MAIN(TestBodyParser)
#include "tst_bodyparser.moc"
