// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/duechange.h"

#include <QTest>

using core::DueChange;

namespace {

const QDate kToday(2026, 12, 3); // a Thursday

} // namespace

class TestDueChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QDate>("current");
        QTest::addColumn<QDate>("expected"); // invalid: no due date
        const QDate none;
        QTest::newRow("set: any date") << QStringLiteral("2027-01-31") << QDate(2026, 12, 1) << QDate(2027, 1, 31);
        QTest::newRow("none: the date goes") << QStringLiteral("none") << QDate(2026, 12, 1) << none;
        QTest::newRow("postpone: a day from a future due date")
            << QStringLiteral("+1d") << QDate(2026, 12, 10) << QDate(2026, 12, 11);
        QTest::newRow("postpone: a day from today when the due date has passed")
            << QStringLiteral("+1d") << QDate(2026, 11, 1) << QDate(2026, 12, 4);
        QTest::newRow("postpone: due today moves from today") << QStringLiteral("+1d") << kToday << QDate(2026, 12, 4);
        QTest::newRow("postpone: no due date, from today") << QStringLiteral("+1w") << none << QDate(2026, 12, 10);
        QTest::newRow("postpone: a week") << QStringLiteral("+1w") << QDate(2026, 12, 10) << QDate(2026, 12, 17);
        QTest::newRow("postpone: two weeks") << QStringLiteral("+2w") << QDate(2026, 12, 10) << QDate(2026, 12, 24);
        QTest::newRow("postpone: a month clamps to the month's end")
            << QStringLiteral("+1m") << QDate(2027, 1, 31) << QDate(2027, 2, 28);
        QTest::newRow("postpone: a month from today") << QStringLiteral("+1m") << none << QDate(2027, 1, 3);
    }

    void resolve()
    {
        QFETCH(QString, change);
        QFETCH(QDate, current);
        QFETCH(QDate, expected);
        const auto parsed = DueChange::parse(change);
        QVERIFY(parsed);
        const auto due = parsed->resolve(current.isValid() ? std::optional(current) : std::nullopt, kToday);
        QCOMPARE(due.value_or(QDate()), expected);
    }

    void nextMonday_data()
    {
        QTest::addColumn<QDate>("current");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("next Monday: from today, a Thursday") << QDate() << QDate(2026, 12, 7);
        QTest::newRow("next Monday: a due date on a Monday moves a week") << QDate(2026, 12, 14) << QDate(2026, 12, 21);
        QTest::newRow("next Monday: a due date on a Sunday moves a day") << QDate(2026, 12, 13) << QDate(2026, 12, 14);
        QTest::newRow("next Monday: a past due date counts from today") << QDate(2026, 1, 1) << QDate(2026, 12, 7);
    }

    void nextMonday()
    {
        QFETCH(QDate, current);
        QFETCH(QDate, expected);
        const auto due = DueChange::nextMonday().resolve(current.isValid() ? std::optional(current) : std::nullopt, kToday);
        QCOMPARE(due.value_or(QDate()), expected);
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("refused: not a calendar date") << QStringLiteral("2022-02-30");
        QTest::newRow("refused: no sign") << QStringLiteral("1d");
        QTest::newRow("refused: unknown unit") << QStringLiteral("+1y");
        QTest::newRow("refused: zero") << QStringLiteral("+0d");
        QTest::newRow("refused: backwards") << QStringLiteral("-1d");
        QTest::newRow("refused: short date") << QStringLiteral("2026-1-1");
        QTest::newRow("refused: empty") << QString();
    }

    void parseRefuses()
    {
        QFETCH(QString, text);
        QVERIFY(!DueChange::parse(text));
    }
};

QTEST_GUILESS_MAIN(TestDueChange)
#include "tst_duechange.moc"
