// SPDX-License-Identifier: GPL-3.0-or-later
// Mojibake repair: a run of non-ASCII characters that is the Mac Roman (else Windows-1252) reading
// of UTF-8 bytes is repaired, but only when every repaired character has a 3- or 4-byte encoding or
// lies in U+00A0..U+00FF, so that real text (l’été, «Élan») is left alone.
//
// The mojibake literals below were produced by Python's codecs, not by the code under test.

#include "core/parse/mojibake.h"

#include <QtTest>

using core::Mojibake;

class TestMojibake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repair_data();
    void repair();
    void repairedLeavesArgumentAlone();
    void spellings_data();
    void spellings();
    void spellingsRepairBack_data();
    void spellingsRepairBack();
};

void TestMojibake::repair_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Mac Roman readings (as in the seed note; a leading byte F0 reads as U+F8FF).
    QTest::newRow("mac roman: calendar emoji with U+F8FF")
        << QStringLiteral("\uF8FF\u00FC\u00EC\u00D6") << QStringLiteral("📅");
    QTest::newRow("mac roman: high priority")
        << QStringLiteral("\u201A\u00E8\u00B4") << QStringLiteral("⏫");
    QTest::newRow("mac roman: low priority")
        << QStringLiteral("\uF8FF\u00FC\u00EE\u03A9") << QStringLiteral("🔽");
    QTest::newRow("mac roman: right single quote")
        << QStringLiteral("Vallery\u201A\u00C4\u00F4s") << QStringLiteral("Vallery’s");
    QTest::newRow("mac roman: emoji with U+FE0F")
        << QStringLiteral("\u201A\u00E8\u00B4\u00D4\u220F\u00E8") << QStringLiteral("⏫\uFE0F");
    QTest::newRow("mac roman: CJK") << QStringLiteral("\u00CA\u00F9\u00E9") << QStringLiteral("李");
    QTest::newRow("mac roman: 2-byte character in U+00A0..U+00FF")
        << QStringLiteral("caf\u221A\u00A9") << QStringLiteral("café");
    QTest::newRow("mac roman: no-break space")
        << QStringLiteral("a\u00AC\u2020b") << QStringLiteral("a\u00A0b");
    QTest::newRow("mac roman: two emoji run together")
        << QStringLiteral("\u201A\u00E8\u00B4\uF8FF\u00FC\u00EC\u00D6") << QStringLiteral("⏫📅");

    // Windows-1252 readings; the undefined bytes (0x8F here) read as C1 controls.
    QTest::newRow("windows-1252: calendar emoji")
        << QStringLiteral("\u00F0\u0178\u201C\u2026") << QStringLiteral("📅");
    QTest::newRow("windows-1252: right single quote")
        << QStringLiteral("\u00E2\u20AC\u2122") << QStringLiteral("’");
    QTest::newRow("windows-1252: undefined byte as C1 control")
        << QStringLiteral("\u00E2\u008F\u00AB") << QStringLiteral("⏫");
    QTest::newRow("windows-1252: 2-byte character in U+00A0..U+00FF")
        << QStringLiteral("Zo\u00C3\u00AB") << QStringLiteral("Zoë");

    // Several runs in one text: each is repaired on its own, ASCII between them is kept.
    QTest::newRow("runs: seed task line") << QStringLiteral(
        "@Myself \uF8FF\u00FC\u00EC\u00D6 2025-10-31 "
        "\u201A\u00E8\u00B4 #task") << QStringLiteral("@Myself 📅 2025-10-31 ⏫ #task");

    // Real text stays as it is.
    QTest::newRow("real text: l’été") << QStringLiteral("l’été") << QStringLiteral("l’été");
    QTest::newRow("real text: «Élan»") << QStringLiteral("«Élan»") << QStringLiteral("«Élan»");
    QTest::newRow("real text: Größe, naïve, Zoë")
        << QStringLiteral("Größe, naïve, Zoë") << QStringLiteral("Größe, naïve, Zoë");
    QTest::newRow("real text: emoji") << QStringLiteral("📅 ⏫ 🔽") << QStringLiteral("📅 ⏫ 🔽");
    QTest::newRow("real text: CJK")
        << QStringLiteral("李雷 and 韩梅梅") << QStringLiteral("李雷 and 韩梅梅");
    QTest::newRow("real text: ASCII only")
        << QStringLiteral("plain - [ ] text") << QStringLiteral("plain - [ ] text");
    QTest::newRow("real text: empty") << QString() << QString();
    QTest::newRow("real text: replacement characters")
        << QStringLiteral("\uFFFD\uFFFD") << QStringLiteral("\uFFFD\uFFFD");

    // The repair rule itself.
    QTest::newRow("rule: 2-byte result outside U+00A0..U+00FF is left alone (ł)")
        << QStringLiteral("\u00C5\u201A") << QStringLiteral("\u00C5\u201A");
    QTest::newRow("rule: Cyrillic mojibake is left alone")
        << QStringLiteral("\u2013\u00FC\u2014\u00C4\u2013\u220F")
        << QStringLiteral("\u2013\u00FC\u2014\u00C4\u2013\u220F");
    QTest::newRow("rule: run that is not UTF-8 is left alone")
        << QStringLiteral("\u221A\u221A") << QStringLiteral("\u221A\u221A");
    QTest::newRow("rule: encoded surrogate is left alone")
        << QStringLiteral("\u00CC\u2020\u00C4") << QStringLiteral("\u00CC\u2020\u00C4");
    QTest::newRow("rule: overlong encoding is left alone")
        << QStringLiteral("\u2021\u00C4\u00C4") << QStringLiteral("\u2021\u00C4\u00C4");
    QTest::newRow("rule: truncated sequence is left alone")
        << QStringLiteral("\uF8FF\u00FC\u00EC") << QStringLiteral("\uF8FF\u00FC\u00EC");
    QTest::newRow("rule: a run is repaired whole or not at all")
        << QStringLiteral("\u00E9\u201A\u00C4\u00F4") << QStringLiteral("\u00E9\u201A\u00C4\u00F4");
}

void TestMojibake::repair()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString text = input;
    const bool changed = Mojibake::repair(text);
    QCOMPARE(text, expected);
    QCOMPARE(changed, input != expected);
}

void TestMojibake::repairedLeavesArgumentAlone()
{
    const QString broken = QStringLiteral("\u201A\u00E8\u00B4");
    QCOMPARE(Mojibake::repaired(broken), QStringLiteral("⏫"));
    QCOMPARE(broken, QStringLiteral("\u201A\u00E8\u00B4"));
}

void TestMojibake::spellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("spellings: emoji has itself, Mac Roman and Windows-1252")
        << QStringLiteral("📅")
        << QStringList { QStringLiteral("📅"), QStringLiteral("\uF8FF\u00FC\u00EC\u00D6"),
               QStringLiteral("\u00F0\u0178\u201C\u2026") };
    QTest::newRow("spellings: variation selector")
        << QStringLiteral("\uFE0F")
        << QStringList { QStringLiteral("\uFE0F"), QStringLiteral("\u00D4\u220F\u00E8"),
               QStringLiteral("\u00EF\u00B8\u008F") };
    QTest::newRow("spellings: ASCII has only itself")
        << QStringLiteral("due") << QStringList { QStringLiteral("due") };
}

void TestMojibake::spellings()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(Mojibake::spellings(text), expected);
}

void TestMojibake::spellingsRepairBack_data()
{
    QTest::addColumn<QString>("text");
    for (const char *emoji : { "📅", "📆", "🗓", "🗓️", "⏳", "⌛", "🛫", "➕", "✅", "❌", "🔁",
             "🔺", "⏫", "🔼", "🔽", "⏬", "🆔", "⛔", "🏁", "’", "李雷", "Zoë O’Brien" }) {
        const QString text = QString::fromUtf8(emoji);
        QTest::addRow("round trip: %s", emoji) << text;
    }
}

// Every way a field emoji can be spelled in a file repairs back to the emoji.
void TestMojibake::spellingsRepairBack()
{
    QFETCH(QString, text);
    const QStringList spellings = Mojibake::spellings(text);
    QCOMPARE(spellings.size(), 3);
    for (const QString &spelling : spellings)
        QCOMPARE(Mojibake::repaired(spelling), text);
}

QTEST_APPLESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
