// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/linefields.h"

#include <QDate>
#include <QTest>

using core::LineFields;
using Date = LineFields::Date;

Q_DECLARE_METATYPE(LineFields::Date)

namespace {

// 📅 as UTF-8 once read as Mac Roman, as in the seed note: "üìÖ".
const QByteArray kMojibakeDue = "\xEF\xA3\xBF\xC3\xBC\xC3\xAC\xC3\x96";

} // namespace

class TestLineFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setDate_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Date>("field");
        QTest::addColumn<QByteArray>("expected");
        const Date due = Date::Due;
        QTest::newRow("due: only the date's characters change")
            << QByteArray("- [ ] a 📅 2026-12-01 #t") << due << QByteArray("- [ ] a 📅 2026-12-24 #t");
        QTest::newRow("due: a date that is not one is replaced")
            << QByteArray("- [ ] a 📅 2022-02-30 ⏫") << due << QByteArray("- [ ] a 📅 2026-12-24 ⏫");
        QTest::newRow("due: added at the end")
            << QByteArray("- [ ] a #task") << due << QByteArray("- [ ] a #task 📅 2026-12-24");
        QTest::newRow("due: added before a block id")
            << QByteArray("- [ ] a ^abc-1") << due << QByteArray("- [ ] a 📅 2026-12-24 ^abc-1");
        QTest::newRow("due: added before the done date, as Tasks orders fields")
            << QByteArray("- [x] a ⏳ 2026-12-01 ✅ 2026-12-02") << due
            << QByteArray("- [x] a ⏳ 2026-12-01 📅 2026-12-24 ✅ 2026-12-02");
        QTest::newRow("due: added before the cancelled date")
            << QByteArray("- [-] a ❌ 2026-12-02 ^b") << due << QByteArray("- [-] a 📅 2026-12-24 ❌ 2026-12-02 ^b");
        QTest::newRow("due: a done date in the description's text is no place to write")
            << QByteArray("- [ ] says ✅ 2026-12-02 in text #t") << due
            << QByteArray("- [ ] says ✅ 2026-12-02 in text #t 📅 2026-12-24");
        QTest::newRow("due: the Dataview form is edited in place")
            << QByteArray("- [ ] a [due:: 2026-12-01] x") << due << QByteArray("- [ ] a [due:: 2026-12-24] x");
        QTest::newRow("due: another due emoji keeps its spelling")
            << QByteArray("- [ ] a 📆 2026-12-01") << due << QByteArray("- [ ] a 📆 2026-12-24");
        QTest::newRow("due: a variation selector stays")
            << QByteArray("- [ ] a 📅\xEF\xB8\x8F 2026-12-01") << due << QByteArray("- [ ] a 📅\xEF\xB8\x8F 2026-12-24");
        QTest::newRow("due: a mojibake emoji keeps its bytes")
            << QByteArray("- [ ] a " + kMojibakeDue + " 2026-12-01 #x") << due
            << QByteArray("- [ ] a " + kMojibakeDue + " 2026-12-24 #x");
        QTest::newRow("due: the rightmost of two")
            << QByteArray("- [ ] a 📅 2020-01-01 b 📅 2026-12-01") << due
            << QByteArray("- [ ] a 📅 2020-01-01 b 📅 2026-12-24");
        QTest::newRow("due: trailing blanks stay after the new field")
            << QByteArray("- [ ] a  \t") << due << QByteArray("- [ ] a 📅 2026-12-24  \t");
        QTest::newRow("scheduled: added before due")
            << QByteArray("- [ ] a 📅 2026-12-01") << Date::Scheduled << QByteArray("- [ ] a ⏳ 2026-12-24 📅 2026-12-01");
        QTest::newRow("done: added at the end")
            << QByteArray("- [x] a 📅 2026-12-01") << Date::Done << QByteArray("- [x] a 📅 2026-12-01 ✅ 2026-12-24");
    }

    void setDate()
    {
        QFETCH(QByteArray, line);
        QFETCH(Date, field);
        QFETCH(QByteArray, expected);
        LineFields::setDate(line, field, QDate(2026, 12, 24));
        QCOMPARE(line, expected);
    }

    void removeDate_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Date>("field");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("due: the field and one space go")
            << QByteArray("- [ ] a 📅 2026-12-01 #t") << Date::Due << QByteArray("- [ ] a #t");
        QTest::newRow("due: none there, nothing changes") << QByteArray("- [ ] a #t") << Date::Due << QByteArray("- [ ] a #t");
        QTest::newRow("due: the Dataview form goes")
            << QByteArray("- [ ] a [due:: 2026-12-01]") << Date::Due << QByteArray("- [ ] a");
        QTest::newRow("due: a Dataview field holding text is the user's")
            << QByteArray("- [ ] a [due:: someday]") << Date::Due << QByteArray("- [ ] a [due:: someday]");
        QTest::newRow("created: goes, due stays")
            << QByteArray("- [ ] a ➕ 2026-11-01 📅 2026-12-01") << Date::Created << QByteArray("- [ ] a 📅 2026-12-01");
        QTest::newRow("done: both spellings go, or the line would still be done")
            << QByteArray("- [x] a ✅\xEF\xB8\x8F 2025-01-01 [completion:: 2025-01-01] ^id-1  ") << Date::Done
            << QByteArray("- [x] a ^id-1  ");
        QTest::newRow("done: the completion field goes")
            << QByteArray("- [x] a [completion:: 2026-12-01] ^b") << Date::Done << QByteArray("- [x] a ^b");
    }

    void removeDate()
    {
        QFETCH(QByteArray, line);
        QFETCH(Date, field);
        QFETCH(QByteArray, expected);
        LineFields::removeDate(line, field);
        QCOMPARE(line, expected);
    }

    void removeValueField_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("emoji");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("expected");
        const QString id = QStringLiteral("🆔");
        const QString dependsOn = QStringLiteral("⛔");
        QTest::newRow("id: goes with its space") << QByteArray("- [ ] a 🆔 abc123 📅 2026-12-01") << id << QByteArray("id")
                                                 << QByteArray("- [ ] a 📅 2026-12-01");
        QTest::newRow("depends-on: a list goes whole")
            << QByteArray("- [ ] a ⛔ ab1,cd-2 #t") << dependsOn << QByteArray("dependsOn") << QByteArray("- [ ] a #t");
        QTest::newRow("depends-on: a list with spaces goes whole")
            << QByteArray("- [ ] a ⛔ ab1, cd2 #t") << dependsOn << QByteArray("dependsOn") << QByteArray("- [ ] a #t");
        QTest::newRow("id: the Dataview form goes")
            << QByteArray("- [ ] a [id:: x1] b") << id << QByteArray("id") << QByteArray("- [ ] a b");
        QTest::newRow("id: an emoji without a value stays")
            << QByteArray("- [ ] a 🆔") << id << QByteArray("id") << QByteArray("- [ ] a 🆔");
    }

    void removeValueField()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, emoji);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, expected);
        LineFields::removeValueField(line, emoji, key);
        QCOMPARE(line, expected);
    }

    void removeBlockId_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("block id: goes") << QByteArray("- [ ] a #t ^abc-1") << QByteArray("- [ ] a #t");
        QTest::newRow("block id: trailing blanks stay") << QByteArray("- [ ] a ^abc  ") << QByteArray("- [ ] a  ");
        QTest::newRow("block id: a caret inside a word is text") << QByteArray("- [ ] x^2") << QByteArray("- [ ] x^2");
        QTest::newRow("block id: none, nothing changes") << QByteArray("- [ ] a  ") << QByteArray("- [ ] a  ");
    }

    void removeBlockId()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        LineFields::removeBlockId(line);
        QCOMPARE(line, expected);
    }
};

QTEST_GUILESS_MAIN(TestLineFields)
#include "tst_linefields.moc"
