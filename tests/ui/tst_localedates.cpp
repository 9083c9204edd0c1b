// SPDX-License-Identifier: GPL-3.0-or-later
// Dates as the locale writes them: the order of day, month and year and their punctuation come
// from the locale's long date format, shortened where the UI is narrow.

#include "ui/widgets/localedates.h"

#include <QDate>
#include <QtTest>

class tst_LocaleDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data();
    void formats();
};

void tst_LocaleDates::formats_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("medium");
    QTest::addColumn<QString>("mediumWithDay");
    QTest::addColumn<QString>("dayAndMonth");
    QTest::addColumn<QString>("dayOfMonth");
    QTest::newRow("C: day before month") << QLocale::c() << "Thursday, 3 December 2026"
                                         << "3 Dec 2026"
                                         << "Thu, 3 Dec 2026"
                                         << "3 Dec"
                                         << "Thu, 3";
    QTest::newRow("en_US: month before day")
        << QLocale(QLocale::English, QLocale::UnitedStates) << "Thursday, December 3, 2026"
        << "Dec 3, 2026"
        << "Thu, Dec 3, 2026"
        << "Dec 3"
        << "Thu 3";
    QTest::newRow("de_DE: ordinal dot kept")
        << QLocale(QLocale::German, QLocale::Germany) << "Donnerstag, 3. Dezember 2026"
        << "3. Dez. 2026"
        << "Do., 3. Dez. 2026"
        << "3. Dez."
        << "Do., 3.";
    QTest::newRow("ja_JP: words in the format, kept whole")
        << QLocale(QLocale::Japanese, QLocale::Japan) << "2026年12月3日木曜日"
        << "2026年12月3日木"
        << "2026年12月3日木"
        << "2026年12月3日木"
        << "2026年12月3日木";
}

void tst_LocaleDates::formats()
{
    QFETCH(QLocale, locale);
    const QDate date(2026, 12, 3);
    QTEST(ui::LocaleDates::longDate(date, locale), "longDate");
    QTEST(ui::LocaleDates::mediumDate(date, locale), "medium");
    QTEST(ui::LocaleDates::mediumDateWithDay(date, locale), "mediumWithDay");
    QTEST(ui::LocaleDates::dayAndMonth(date, locale), "dayAndMonth");
    QTEST(ui::LocaleDates::dayOfMonth(date, locale), "dayOfMonth");
}

QTEST_MAIN(tst_LocaleDates)
#include "tst_localedates.moc"
