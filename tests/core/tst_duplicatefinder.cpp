// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/clioutput.h"
#include "core/index/indexreader.h"
#include "core/views/duplicatefinder.h"
#include "core/views/textsimilarity.h"
#include "viewsfixture.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <climits>

using core::CliOutput;
using core::DuplicateFinder;
using core::Identity;

namespace {

constexpr int kNoDate = INT_MIN;

// The seed note's 18 action items are 9 actions, each written twice (lines 27-43, then 45-61).
QList<QPair<int, int>> seedPairs()
{
    QList<QPair<int, int>> pairs;
    for (int i = 0; i < 9; ++i)
        pairs.append({ 27 + 2 * i, 45 + 2 * i });
    return pairs;
}

Identity jason()
{
    Identity identity;
    identity.aliases = QStringList { QStringLiteral("Jason Vallery") };
    return identity;
}

core::Task task(int line, const QString &text, const QString &owner, const QString &due)
{
    core::Task t;
    t.line = line;
    t.status = QStringLiteral(" ");
    t.text = text;
    if (!owner.isEmpty())
        t.owner = owner;
    if (!due.isEmpty())
        t.due = due;
    return t;
}

std::optional<QString> dateAfter(const QString &start, int days)
{
    if (days == kNoDate)
        return std::nullopt;
    return QDate::fromString(start, Qt::ISODate).addDays(days).toString(Qt::ISODate);
}

// Generated tasks come from templates; the only true duplicates there are a template drawn twice.
int falseGroups(const QList<DuplicateFinder::Group> &groups)
{
    int count = 0;
    for (const auto &group : groups) {
        const QStringList words = core::TextSimilarity::contentWords(group.tasks.first().text);
        for (const auto &item : group.tasks) {
            if (core::TextSimilarity::contentWords(item.text) != words) {
                ++count;
                qWarning("%s", qPrintable(CliOutput::duplicatesText(group).join(u'\n')));
                break;
            }
        }
    }
    return count;
}

QString describe(const QList<DuplicateFinder::Group> &groups)
{
    QStringList lines;
    for (const auto &group : groups)
        lines += CliOutput::duplicatesText(group);
    return lines.join(u'\n');
}

} // namespace

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedNoteHasNineRepeatedActionItems()
    {
        const QStringList lines = views::seedLines();
        QVERIFY(lines.size() > 61);
        for (const auto &[first, second] : seedPairs()) {
            QVERIFY2(lines.at(first).startsWith(u"- [?] "), qPrintable(lines.at(first)));
            QVERIFY2(lines.at(second).startsWith(u"- [?] "), qPrintable(lines.at(second)));
            // The same verb opens both copies, except "Maintain close collaboration"/"Stay closely aligned".
            if (first != 33)
                QCOMPARE(lines.at(first).section(u' ', 2, 2), lines.at(second).section(u' ', 2, 2));
        }
    }

    void seedNotePairsItsRepeatedActionItems()
    {
        views::IndexedVault indexed;
        QVERIFY(indexed.vault().addSeed());
        QVERIFY(indexed.index());
        DuplicateFinder finder(jason());
        const auto groups = finder.find(indexed.db());
        QVERIFY2(groups, qPrintable(finder.error()));

        int found = 0;
        int unrelated = 0;
        for (const auto &group : *groups) {
            QSet<int> lines;
            for (const auto &item : group.tasks)
                lines.insert(item.line);
            bool withinOnePair = false;
            for (const auto &[first, second] : seedPairs()) {
                const QSet<int> pair { first, second };
                found += lines == pair ? 1 : 0;
                withinOnePair = withinOnePair || pair.contains(lines);
            }
            unrelated += withinOnePair ? 0 : 1;
        }
        qInfo("seed: %d of 9 repeated action items paired, %d groups with unrelated tasks", found, unrelated);
        QVERIFY2(found >= 6, qPrintable(describe(*groups)));
        QCOMPARE(unrelated, 0);
    }

    void indexAndNoteListGiveTheSameGroups()
    {
        views::IndexedVault indexed;
        QVERIFY(indexed.vault().addSeed());
        QVERIFY(indexed.index());
        core::IndexReader reader(indexed.db());
        const auto note = reader.note(QStringLiteral("meeting-note.md"));
        QVERIFY2(note, qPrintable(reader.error()));
        DuplicateFinder finder(jason());
        const auto fromIndex = finder.find(indexed.db());
        QVERIFY(fromIndex);
        const auto fromNotes = finder.find({ { note->path, note->date, note->people, note->tasks } });
        QCOMPARE(describe(fromNotes), describe(*fromIndex));
    }

    void rules_data()
    {
        QTest::addColumn<QString>("owner1");
        QTest::addColumn<QString>("due1");
        QTest::addColumn<QString>("text1");
        QTest::addColumn<QString>("owner2");
        QTest::addColumn<QString>("due2");
        QTest::addColumn<QString>("text2");
        QTest::addColumn<bool>("sameNote");
        QTest::addColumn<QStringList>("people2");
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<bool>("grouped");

        const QString deck = QStringLiteral("Send the Q3 budget deck to finance.");
        const QString due = QStringLiteral("2025-10-10");
        const QStringList alon { QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") };
        const QStringList bob { QStringLiteral("Jason Vallery"), QStringLiteral("Bob Smith") };
        const QString bobName = QStringLiteral("Bob Smith");
        // Within one note.
        QTest::newRow("same owner, due and words") << bobName << due << deck << bobName << due << deck << true << alon << 0 << true;
        QTest::newRow("owners differ") << bobName << due << deck << QStringLiteral("Alon Horev") << due << deck << true << alon << 0 << false;
        QTest::newRow("owner in another case") << bobName << due << deck << QStringLiteral("bob smith") << due << deck << true << alon << 0 << true;
        QTest::newRow("neither has an owner") << QString() << due << deck << QString() << due << deck << true << alon << 0 << true;
        QTest::newRow("only one has an owner") << bobName << due << deck << QString() << due << deck << true << alon << 0 << false;
        QTest::newRow("Myself and my alias are one owner") << QStringLiteral("Myself") << due << deck << QStringLiteral("Jason Vallery") << due << deck << true << alon << 0 << true;
        QTest::newRow("due dates differ") << bobName << due << deck << bobName << QStringLiteral("2025-10-11") << deck << true << alon << 0 << false;
        QTest::newRow("one due date missing") << bobName << due << deck << bobName << QString() << deck << true << alon << 0 << true;
        QTest::newRow("both due dates missing") << bobName << QString() << deck << bobName << QString() << deck << true << alon << 0 << true;
        QTest::newRow("template with another topic") << bobName << due << QStringLiteral("Meet with AKS about GPU utilization.")
                                                     << bobName << due << QStringLiteral("Meet with AKS about site power budget.") << true << alon << 0 << false;
        QTest::newRow("template with another counterpart") << bobName << due << QStringLiteral("Meet with AKS about GPU utilization.")
                                                           << bobName << due << QStringLiteral("Meet with Nscale about GPU utilization.") << true << alon << 0 << false;
        // Across notes; the first note is on 2025-10-01 with Jason Vallery and Alon Horev.
        QTest::newRow("same people, 3 days later") << bobName << due << deck << bobName << QString() << deck << false << alon << 3 << true;
        QTest::newRow("same people, 3 days earlier") << bobName << due << deck << bobName << due << deck << false << alon << -3 << true;
        QTest::newRow("same people, 14 days later") << bobName << QString() << deck << bobName << QString() << deck << false << alon << 14 << true;
        QTest::newRow("same people, 15 days later") << bobName << QString() << deck << bobName << QString() << deck << false << alon << 15 << false;
        QTest::newRow("half of the people in common") << bobName << due << deck << bobName << due << deck << false
                                                      << (alon + QStringList { bobName }) << 2 << true;
        QTest::newRow("someone else, 2 days later") << bobName << due << deck << bobName << due << deck << false << bob << 2 << false;
        QTest::newRow("only I am in both") << bobName << due << deck << bobName << due << deck << false
                                           << QStringList { QStringLiteral("Myself") } << 2 << false;
        QTest::newRow("second note without a date") << bobName << due << deck << bobName << due << deck << false << alon << kNoDate << false;
    }

    void rules()
    {
        QFETCH(QString, owner1);
        QFETCH(QString, due1);
        QFETCH(QString, text1);
        QFETCH(QString, owner2);
        QFETCH(QString, due2);
        QFETCH(QString, text2);
        QFETCH(bool, sameNote);
        QFETCH(QStringList, people2);
        QFETCH(int, daysLater);
        QFETCH(bool, grouped);

        const QString start = QStringLiteral("2025-10-01");
        const QStringList people { QStringLiteral("Jason Vallery"), QStringLiteral("Alon Horev") };
        QList<DuplicateFinder::NoteTasks> notes { { QStringLiteral("a.md"), start, people, { task(3, text1, owner1, due1) } } };
        if (sameNote)
            notes.first().tasks.append(task(5, text2, owner2, due2));
        else
            notes.append({ QStringLiteral("b.md"), dateAfter(start, daysLater), people2, { task(5, text2, owner2, due2) } });
        const auto groups = DuplicateFinder(jason()).find(notes);
        QVERIFY2(groups.size() == (grouped ? 1 : 0), qPrintable(describe(groups)));
        if (grouped)
            QCOMPARE(groups.first().tasks.size(), 2);
    }

    // A group is offered while two of its tasks are still open; one open task beside done or
    // cancelled copies is resolved already.
    void groupNeedsTwoOpenTasks_data()
    {
        QTest::addColumn<QString>("states"); // one status character per copy
        QTest::addColumn<int>("shown"); // tasks in the group offered, 0 for none
        QTest::newRow("two open") << QStringLiteral("  ") << 2;
        QTest::newRow("open and cancelled") << QStringLiteral(" -") << 0;
        QTest::newRow("cancelled and in progress") << QStringLiteral("-/") << 0;
        QTest::newRow("open and done") << QStringLiteral(" x") << 0;
        QTest::newRow("done and cancelled") << QStringLiteral("x-") << 0;
        QTest::newRow("two open beside a cancelled one, all shown") << QStringLiteral(" -?") << 3;
        QTest::newRow("one open beside two closed ones") << QStringLiteral("x -") << 0;
    }

    void groupNeedsTwoOpenTasks()
    {
        QFETCH(QString, states);
        QFETCH(int, shown);
        const QString text = QStringLiteral("Send the Q3 budget deck to finance.");
        DuplicateFinder::NoteTasks note { QStringLiteral("a.md"), QStringLiteral("2025-10-01"), {},
            {} };
        for (qsizetype i = 0; i < states.size(); ++i) {
            core::Task copy = task(int(3 + 2 * i), text, QStringLiteral("Bob Smith"), {});
            copy.status = states.mid(i, 1);
            copy.state = core::stateForStatus(copy.status);
            note.tasks.append(copy);
        }
        const auto groups = DuplicateFinder().find({ note });
        QCOMPARE(groups.size(), shown > 0 ? 1 : 0);
        if (shown > 0) {
            QCOMPARE(groups.first().tasks.size(), shown);
            QVERIFY(DuplicateFinder::needsResolving(groups.first()));
            for (qsizetype i = 0; i < states.size(); ++i)
                QCOMPARE(groups.first().tasks.at(i).state, core::stateForStatus(states.mid(i, 1)));
        }
    }

    // Resolving in the index (keep one, cancel the other) takes the group off the next find().
    void cancelledCopyLeavesTheIndex()
    {
        views::IndexedVault indexed;
        const QByteArray two = QByteArrayLiteral("---\ndate: '2025-10-01'\n---\n\n"
                                                 "- [ ] Send the Q3 budget deck to finance. @Bob\n"
                                                 "- [ ] Send the Q3 budget deck to finance @Bob\n");
        QVERIFY(indexed.vault().write(QStringLiteral("a.md"), two));
        QVERIFY(indexed.index());
        DuplicateFinder finder;
        auto groups = finder.find(indexed.db());
        QVERIFY2(groups, qPrintable(finder.error()));
        QCOMPARE(groups->size(), 1);
        QByteArray resolved = two;
        resolved.replace("- [ ] Send the Q3 budget deck to finance @Bob",
            "- [-] Send the Q3 budget deck to finance @Bob");
        resolved += '\n'; // a new size, so that the index sees the change within the same second
        QVERIFY(indexed.vault().write(QStringLiteral("a.md"), resolved));
        QVERIFY(indexed.index());
        groups = finder.find(indexed.db());
        QVERIFY2(groups, qPrintable(finder.error()));
        QCOMPARE(groups->size(), 0);
    }

    void groupNeverHoldsTwoDueDates()
    {
        const QString text = QStringLiteral("Send the Q3 budget deck to finance.");
        const QList<DuplicateFinder::NoteTasks> notes { { QStringLiteral("a.md"), QStringLiteral("2025-10-01"), {},
                                                          { task(3, text, {}, QStringLiteral("2025-10-10")),
                                                            task(5, text, {}, {}),
                                                            task(7, text, {}, QStringLiteral("2025-10-20")) } } };
        const auto groups = DuplicateFinder().find(notes);
        QCOMPARE(groups.size(), 1);
        QSet<QString> dues;
        for (const auto &item : groups.first().tasks) {
            if (item.due)
                dues.insert(*item.due);
        }
        QCOMPARE(dues.size(), 1);
        QCOMPARE(groups.first().tasks.size(), 2);
    }

    void mostSimilarGroupsComeFirst()
    {
        const QString reworded1 = QStringLiteral(
            "Send detailed notes to Alon Horev after the 2025-10-31 Kushal meeting, including MAI deployment scope, "
            "decision owners, and next-step recommendations for engaging Vipin and AKS/Apollo stakeholders.");
        const QString reworded2 = QStringLiteral(
            "Send notes from the Kushal meeting to Alon Horev to inform follow-up with Vipin and next steps on MAI "
            "and Project Apollo.");
        const QString same = QStringLiteral("Book the offsite venue.");
        const QList<DuplicateFinder::NoteTasks> notes { { QStringLiteral("a.md"), {}, {},
                                                          { task(3, reworded1, QStringLiteral("Myself"), {}),
                                                            task(5, same, QStringLiteral("Bob"), {}),
                                                            task(7, reworded2, QStringLiteral("Myself"), {}),
                                                            task(9, same, QStringLiteral("Bob"), {}) } } };
        const auto groups = DuplicateFinder().find(notes);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).score, 1.0);
        QCOMPARE(groups.at(0).tasks.first().line, 5);
        QVERIFY(groups.at(1).score < 1.0);
        QCOMPARE(groups.at(1).tasks.first().line, 3);
        QCOMPARE(groups.at(1).tasks.last().line, 7);
    }

    void generatedVaultHasNoFalseGroups()
    {
        views::IndexedVault indexed;
        if (!indexed.vault().generate(2000, 7, 0.03))
            QSKIP("python3 or shared/vaultgen.py is not available");
        QVERIFY(indexed.index());
        DuplicateFinder finder(jason());
        QElapsedTimer timer;
        timer.start();
        const auto groups = finder.find(indexed.db());
        const qint64 ms = timer.elapsed();
        QVERIFY2(groups, qPrintable(finder.error()));
        const int wrong = falseGroups(*groups);
        qInfo("2,000 generated notes: %lld groups of identical template tasks, %d false groups, %lld ms",
              qint64(groups->size()), wrong, ms);
        QCOMPARE(wrong, 0);
    }

    // At scale, still no false groups. (How long it takes: tests/bench/bench_search.)
    void tenThousandNotesHaveNoFalseGroups()
    {
        views::IndexedVault indexed;
        if (!indexed.vault().generate(10000, 3, 0.0))
            QSKIP("python3 or shared/vaultgen.py is not available");
        QVERIFY(indexed.index());
        for (const Identity &identity : { jason(), Identity() }) {
            DuplicateFinder finder(identity);
            QElapsedTimer timer;
            timer.start();
            const auto groups = finder.find(indexed.db());
            const qint64 ms = timer.elapsed();
            QVERIFY2(groups, qPrintable(finder.error()));
            const int wrong = falseGroups(*groups);
            qInfo("10,000 generated notes, me%s: %lld groups, %d false, in %lld ms",
                identity.aliases.isEmpty() ? "" : " = Jason Vallery", qint64(groups->size()), wrong,
                ms);
            QCOMPARE(wrong, 0);
        }
    }

    void jsonLine()
    {
        DuplicateFinder::Group group;
        group.tasks = { { QStringLiteral("a.md"), 3, QStringLiteral("Say \"hi\""), QStringLiteral("Bob"), {}, core::TaskState::Todo },
                        { QStringLiteral("b/c.md"), 5, QStringLiteral("Say hi"), {}, QStringLiteral("2025-10-01"),
                          core::TaskState::Done } };
        group.score = 0.9;
        QCOMPARE(CliOutput::duplicatesJson(group),
                 QByteArray("{\"tasks\":[{\"path\":\"a.md\",\"line\":3,\"text\":\"Say \\\"hi\\\"\"},"
                            "{\"path\":\"b/c.md\",\"line\":5,\"text\":\"Say hi\"}]}"));
        QCOMPARE(CliOutput::duplicatesText(group),
                 (QStringList { QStringLiteral("2 likely duplicates (similarity 0.90)"),
                                QStringLiteral("  a.md:3: [ ] Say \"hi\" @Bob"),
                                QStringLiteral("  b/c.md:5: [x] Say hi due 2025-10-01") }));
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
