// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/completion.h"

#include "core/write/taskwriter.h"

#include <QDate>
#include <QTest>

using core::Completion;
using Lines = QList<QByteArray>;

namespace {

const QDate kToday(2026, 12, 3);
// 📅 as UTF-8 once read as Mac Roman, as in the seed note: "üìÖ".
const QByteArray kMojibakeDue = "\xEF\xA3\xBF\xC3\xBC\xC3\xAC\xC3\x96";

QByteArray withStatus(const QByteArray &line, const QString &status)
{
    core::TaskWriter::Options options;
    options.today = kToday;
    return core::TaskWriter::rewriteLine(line, status, options).value_or(QByteArray());
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What Obsidian Tasks 7 writes with its default settings (next occurrence above, no created
    // date), byte for byte; `after` is the completed line as TaskWriter::rewriteLine makes it.
    void apply_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("status");
        QTest::addColumn<Lines>("expected"); // "@" stands for the completed line
        QTest::addColumn<bool>("warned");
        const QByteArray done = "@";
        QTest::newRow("recurrence: the issue's chore, a week on, above the completed line")
            << QByteArray("- [ ] water the plants 🔁 every week 📅 2026-12-01") << QStringLiteral("x")
            << Lines { "- [ ] water the plants 🔁 every week 📅 2026-12-08", done } << false;
        QTest::newRow("recurrence: indentation, list marker and status character")
            << QByteArray("    * [/] sub 🔁 every week ⏳ 2026-12-02") << QStringLiteral("x")
            << Lines { "    * [ ] sub 🔁 every week ⏳ 2026-12-09", done } << false;
        QTest::newRow("recurrence: numbered list in a quote")
            << QByteArray("> 1. [ ] q 🔁 every week 📅 2026-12-01") << QStringLiteral("done")
            << Lines { "> 1. [ ] q 🔁 every week 📅 2026-12-08", done } << false;
        QTest::newRow("recurrence: the three dates keep their distances")
            << QByteArray("- [ ] a 🔁 every week 🛫 2026-11-28 ⏳ 2026-11-30 📅 2026-12-01") << QStringLiteral("x")
            << Lines { "- [ ] a 🔁 every week 🛫 2026-12-05 ⏳ 2026-12-07 📅 2026-12-08", done } << false;
        QTest::newRow("recurrence: no created date, id, depends-on or block id on the next one")
            << QByteArray("- [ ] a ➕ 2026-11-01 🔁 every week 🆔 abc ⛔ x1,y2 📅 2026-12-01 ^blk") << QStringLiteral("x")
            << Lines { "- [ ] a 🔁 every week 📅 2026-12-08", done } << false;
        QTest::newRow("recurrence: tags, owner and priority stay")
            << QByteArray("- [ ] call @Bob 🔁 every week 📅 2026-12-01 ⏫ #task #home") << QStringLiteral("x")
            << Lines { "- [ ] call @Bob 🔁 every week 📅 2026-12-08 ⏫ #task #home", done } << false;
        QTest::newRow("recurrence: no dates, a next occurrence without dates")
            << QByteArray("- [ ] stretch 🔁 every week") << QStringLiteral("x")
            << Lines { "- [ ] stretch 🔁 every week", done } << false;
        QTest::newRow("recurrence: a reference date that is not one gives none")
            << QByteArray("- [ ] a 🔁 every week 📅 2022-02-30") << QStringLiteral("x") << Lines { done } << true;
        QTest::newRow("recurrence: a rule Vaultview cannot follow completes plainly, with a warning")
            << QByteArray("- [ ] a 🔁 every blue moon 📅 2026-12-01") << QStringLiteral("x") << Lines { done } << true;
        QTest::newRow("recurrence: the Dataview forms move too")
            << QByteArray("- [ ] a [repeat:: every week] [due:: 2026-12-01]") << QStringLiteral("x")
            << Lines { "- [ ] a [repeat:: every week] [due:: 2026-12-08]", done } << false;
        QTest::newRow("recurrence: a mojibake emoji keeps its bytes")
            << QByteArray("- [ ] a 🔁 every week " + kMojibakeDue + " 2026-12-01") << QStringLiteral("x")
            << Lines { "- [ ] a 🔁 every week " + kMojibakeDue + " 2026-12-08", done } << false;
        QTest::newRow("recurrence: cancelling creates nothing")
            << QByteArray("- [ ] a 🔁 every week 📅 2026-12-01") << QStringLiteral("-") << Lines { done } << false;
        QTest::newRow("recurrence: reopening a done task creates nothing")
            << QByteArray("- [x] a 🔁 every week 📅 2026-12-01 ✅ 2026-12-01") << QStringLiteral(" ")
            << Lines { done } << false;
        QTest::newRow("recurrence: a cancelled task completed recurs")
            << QByteArray("- [-] a 🔁 every week 📅 2026-12-01 ❌ 2026-12-02") << QStringLiteral("x")
            << Lines { "- [ ] a 🔁 every week 📅 2026-12-08", done } << false;
        QTest::newRow("on completion: delete removes the completed line")
            << QByteArray("- [ ] a 🏁 delete 📅 2026-12-01") << QStringLiteral("x") << Lines() << false;
        QTest::newRow("on completion: delete keeps the next occurrence")
            << QByteArray("- [ ] a 🔁 every week 🏁 delete 📅 2026-12-01") << QStringLiteral("x")
            << Lines { "- [ ] a 🔁 every week 🏁 delete 📅 2026-12-08" } << false;
        QTest::newRow("on completion: the Dataview form")
            << QByteArray("- [ ] a [onCompletion:: delete]") << QStringLiteral("x") << Lines() << false;
        QTest::newRow("on completion: keep is the default")
            << QByteArray("- [ ] a 🏁 keep") << QStringLiteral("x") << Lines { done } << false;
        QTest::newRow("on completion: cancelling deletes nothing")
            << QByteArray("- [ ] a 🏁 delete") << QStringLiteral("-") << Lines { done } << false;
    }

    void apply()
    {
        QFETCH(QByteArray, before);
        QFETCH(QString, status);
        QFETCH(Lines, expected);
        QFETCH(bool, warned);
        const QByteArray after = withStatus(before, status);
        QVERIFY(!after.isEmpty());
        for (QByteArray &line : expected) {
            if (line == "@")
                line = after;
        }
        const Completion::Outcome outcome = Completion::apply(before, after, kToday);
        QCOMPARE(outcome.lines, expected);
        QCOMPARE(!outcome.warnings.isEmpty(), warned);
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
