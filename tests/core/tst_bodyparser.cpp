// BodyParser's own guarantees beyond the note model (tested through NoteParser elsewhere): the
// time budget that keeps a pathological note from stalling the index.
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

    void firstLineOffsetsTaskLines()
    {
        const auto result = core::BodyParser::parse("text\n- [x] done\n", 10);
        QCOMPARE(result.tasks.size(), 1);
        QCOMPARE(result.tasks.first().line, 11);
    }
};

QTEST_GUILESS_MAIN(TestBodyParser)
#include "tst_bodyparser.moc"
