// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/notelines.h"

#include <QTest>

using core::NoteLines;
using Lines = QList<QByteArray>;

class TestNoteLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every edit, and the edit that puts it back, keeps each other byte: the pair is its own oracle.
    void splice_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<Lines>("replacement");
        QTest::addColumn<QByteArray>("expected");
        const Lines two { "- [ ] next", "- [x] done" };
        QTest::newRow("one line becomes two, LF") << QByteArray("a\n- [ ] t\nb\n") << 2 << two
                                                  << QByteArray("a\n- [ ] next\n- [x] done\nb\n");
        QTest::newRow("one line becomes two, CRLF, BOM")
            << QByteArray("\xEF\xBB\xBF- [ ] t\r\nb") << 1 << two
            << QByteArray("\xEF\xBB\xBF- [ ] next\r\n- [x] done\r\nb");
        QTest::newRow("one line becomes two, last line without a final newline")
            << QByteArray("a\r\n- [ ] t") << 2 << two << QByteArray("a\r\n- [ ] next\r\n- [x] done");
        QTest::newRow("delete: a middle line and its ending") << QByteArray("a\r\n- [ ] t\r\nb\r\n") << 2 << Lines()
                                                              << QByteArray("a\r\nb\r\n");
        QTest::newRow("delete: the last line, final newline kept")
            << QByteArray("a\n- [ ] t\n") << 2 << Lines() << QByteArray("a\n");
        QTest::newRow("delete: the last line without a final newline leaves none")
            << QByteArray("# T\r\na\r\n- [ ] t") << 3 << Lines() << QByteArray("# T\r\na");
        QTest::newRow("delete: the first line keeps the BOM")
            << QByteArray("\xEF\xBB\xBF- [ ] t\nb") << 1 << Lines() << QByteArray("\xEF\xBB\xBF" "b");
        QTest::newRow("delete: the only line") << QByteArray("- [ ] t") << 1 << Lines() << QByteArray();
    }

    void splice()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(Lines, replacement);
        QFETCH(QByteArray, expected);
        const auto run = NoteLines::find(bytes, line, 1);
        QVERIFY(run);
        const Lines before = NoteLines::linesOf(bytes, *run);
        const QByteArray after = NoteLines::splice(bytes, *run, replacement);
        QCOMPARE(after, expected);
        // And back, as undo does: the run of the new lines (none: an insertion point) becomes the old line.
        const auto back = NoteLines::find(after, line, int(replacement.size()));
        QVERIFY(back);
        QCOMPARE(NoteLines::linesOf(after, *back), replacement);
        QCOMPARE(NoteLines::splice(after, *back, before), bytes);
    }

    void relocate_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<Lines>("expected");
        QTest::addColumn<int>("found");
        QTest::addColumn<int>("copies");
        const Lines pair { "- [ ] n", "- [x] d" };
        QTest::newRow("relocate: in place") << QByteArray("a\n- [ ] n\n- [x] d\n") << 2 << pair << 2 << 1;
        QTest::newRow("relocate: moved down by an outside edit")
            << QByteArray("new\na\n- [ ] n\r\n- [x] d") << 2 << pair << 3 << 1;
        QTest::newRow("relocate: two copies, none chosen")
            << QByteArray("- [ ] n\n- [x] d\n- [ ] n\n- [x] d\n") << 5 << pair << 0 << 2;
        QTest::newRow("relocate: half of the run changed") << QByteArray("- [ ] n\n- [x] e\n") << 1 << pair << 0 << 0;
        QTest::newRow("relocate: an insertion point stands where it is") << QByteArray("a\nb") << 3 << Lines() << 3 << 1;
        QTest::newRow("relocate: no insertion point past the end") << QByteArray("a\nb") << 5 << Lines() << 0 << 0;
    }

    void relocate()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(Lines, expected);
        QFETCH(int, found);
        QFETCH(int, copies);
        const NoteLines::Found result = NoteLines::relocate(bytes, line, expected);
        QCOMPARE(result.line, found);
        QCOMPARE(int(result.copies), copies);
    }

    void journalText()
    {
        QCOMPARE(NoteLines::split(QString()), Lines());
        QCOMPARE(NoteLines::join(Lines()), QString());
        const Lines lines { "- [ ] ä", "- [x] b" };
        QCOMPARE(NoteLines::split(NoteLines::join(lines)), lines);
    }
};

QTEST_GUILESS_MAIN(TestNoteLines)
#include "tst_notelines.moc"
