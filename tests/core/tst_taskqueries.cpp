// SPDX-License-Identifier: GPL-3.0-or-later
// The Tasks view's reads: which tasks a filter keeps (chips and search language), how they are
// grouped and ordered (ties in file order), rows read back by id, and one task's indexed line.

#include "core/index/indexreader.h"
#include "core/query/taskqueries.h"
#include "queryfixture.h"

#include <QTest>

using core::TaskQueries;
using queries::at;
using queries::kApollo;
using queries::kAzure;
using queries::kIdeas;
using queries::kStandup;
using queries::kToday;

Q_DECLARE_METATYPE(TaskQueries::Filter)

namespace {

const QString A18 = at(kApollo, 18); // todo, Alon Horev, overdue
const QString A19 = at(kApollo, 19); // done, due today
const QString A20 = at(kApollo, 20); // proposed, Myself, this week
const QString A21 = at(kApollo, 21); // in progress, later
const QString A22 = at(kApollo, 22); // todo, Alon Horev, no date
const QString Z12 = at(kAzure, 12); // todo, Priya Patel, this week
const QString Z13 = at(kAzure, 13); // todo, Alon Horev, overdue (as A18)
const QString Z14 = at(kAzure, 14); // cancelled, no date
const QString S3 = at(kStandup, 3); // todo, due today
const QString I3 = at(kIdeas, 3); // todo, no date, in an undated note

TaskQueries::Filter anyState()
{
    TaskQueries::Filter filter;
    filter.states = TaskQueries::allStates();
    return filter;
}

} // namespace

class TestTaskQueries : public QObject
{
    Q_OBJECT

private:
    queries::Vault m_vault;

    // The tasks of `ids` as "path:line", in order.
    QStringList labels(const QVector<qint64> &ids)
    {
        TaskQueries queries(m_vault.db());
        const auto rows = queries.rows(ids);
        if (!rows) {
            qWarning("%s", qPrintable(queries.error()));
            return {};
        }
        QStringList out;
        for (const TaskQueries::Row &row : *rows)
            out.append(at(row.path, row.task.line));
        return out;
    }

    // Tasks whose sort keys tie, in file order: by note (as indexed), then line.
    QStringList tie(QStringList tasks)
    {
        core::IndexReader reader(m_vault.db());
        const auto key = [&reader](const QString &task) {
            return std::make_pair(reader.noteId(task.section(u':', 0, 0)).value_or(-1),
                task.section(u':', 1).toInt());
        };
        std::sort(tasks.begin(), tasks.end(),
            [&key](const QString &a, const QString &b) { return key(a) < key(b); });
        return tasks;
    }

    std::optional<TaskQueries::Ids> ids(
        const TaskQueries::Filter &filter, const TaskQueries::Order &order = {})
    {
        TaskQueries queries(m_vault.db());
        auto found = queries.ids(filter, order, kToday);
        if (!found)
            qWarning("%s", qPrintable(queries.error()));
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.build()); }

    void states()
    {
        QCOMPARE(TaskQueries::openStates(),
            (QStringList { QStringLiteral("todo"), QStringLiteral("in_progress"),
                QStringLiteral("proposed"), QStringLiteral("forwarded") }));
        QCOMPARE(TaskQueries::allStates().size(), 6);
        QCOMPARE(TaskQueries::Filter().states, TaskQueries::openStates());
    }

    void filters_data()
    {
        QTest::addColumn<TaskQueries::Filter>("filter");
        QTest::addColumn<QStringList>("expected");
        const auto with = [](auto change) {
            TaskQueries::Filter filter = anyState();
            change(filter);
            return filter;
        };
        QTest::newRow("empty filter, every state")
            << anyState() << QStringList { A18, A19, A20, A21, A22, Z12, Z13, Z14, S3, I3 };
        QTest::newRow("the open states by default")
            << TaskQueries::Filter() << QStringList { A18, A20, A21, A22, Z12, Z13, S3, I3 };
        QTest::newRow("no state is any state")
            << with([](auto &f) { f.states.clear(); })
            << QStringList { A18, A19, A20, A21, A22, Z12, Z13, Z14, S3, I3 };
        QTest::newRow("one state") << with([](auto &f) {
            f.states = QStringList { QStringLiteral("proposed"), QStringLiteral("proposed") };
        }) << QStringList { A20 };
        QTest::newRow("owner none") << with([](auto &f) { f.owner = QStringLiteral("None"); })
                                    << QStringList { A19, A21, Z14, S3, I3 };
        QTest::newRow("owner ignores case and blanks")
            << with([](auto &f) { f.owner = QStringLiteral(" alon horev "); })
            << QStringList { A18, A22, Z13 };
        QTest::newRow("tag without its #")
            << with([](auto &f) { f.tag = QStringLiteral("##apollo"); })
            << QStringList { A18, A19, A20, A21, A22 };
        QTest::newRow("a task's tag marks its note")
            << with([](auto &f) { f.tag = QStringLiteral("followup"); })
            << QStringList { Z12, Z13, Z14 };
        QTest::newRow("overdue") << with([](auto &f) { f.due = TaskQueries::DueRange::Overdue; })
                                 << QStringList { A18, Z13 };
        QTest::newRow("due today") << with([](auto &f) { f.due = TaskQueries::DueRange::Today; })
                                   << QStringList { A19, S3 };
        QTest::newRow("due this week (to Sunday)")
            << with([](auto &f) { f.due = TaskQueries::DueRange::ThisWeek; })
            << QStringList { A19, A20, Z12, S3 };
        QTest::newRow("due in 30 days")
            << with([](auto &f) { f.due = TaskQueries::DueRange::Next30Days; })
            << QStringList { A19, A20, A21, Z12, S3 };
        QTest::newRow("no due date") << with([](auto &f) { f.due = TaskQueries::DueRange::NoDate; })
                                     << QStringList { A22, Z14, I3 };
        QTest::newRow("the search language")
            << with([](auto &f) { f.query = QStringLiteral("type:customer"); })
            << QStringList { Z12, Z13, Z14 };
        QTest::newRow("search and chips together") << with([](auto &f) {
            f.query = QStringLiteral("person:\"Alon Horev\"");
            f.owner = QStringLiteral("none");
        }) << QStringList { A19, A21, Z14 };
    }

    void filters()
    {
        QFETCH(TaskQueries::Filter, filter);
        QFETCH(QStringList, expected);
        const auto found = ids(filter);
        QVERIFY(found);
        QStringList got = labels(found->ids);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        int total = 0;
        for (const TaskQueries::Group &group : found->groups) {
            QCOMPARE(group.first, total);
            QVERIFY(group.count > 0);
            total += group.count;
        }
        QCOMPARE(total, int(found->ids.size()));
    }

    void invalidQuery()
    {
        TaskQueries::Filter filter = anyState();
        filter.query = QStringLiteral("nosuchkey:x");
        QString error;
        QVERIFY(!TaskQueries::check(filter, kToday, &error));
        QVERIFY2(error.contains(QStringLiteral("nosuchkey")), qPrintable(error));
        TaskQueries queries(m_vault.db());
        QVERIFY(!queries.ids(filter, {}, kToday));
        QVERIFY(queries.error().contains(QStringLiteral("nosuchkey")));
        QVERIFY(TaskQueries::check(anyState(), kToday));
    }

    void groupsByDueBucket()
    {
        const auto found = ids(anyState());
        QVERIFY(found);
        QList<int> buckets;
        QList<int> counts;
        for (const TaskQueries::Group &group : found->groups) {
            buckets.append(int(group.bucket));
            counts.append(group.count);
        }
        using B = TaskQueries::DueBucket;
        QCOMPARE(buckets,
            (QList<int> {
                int(B::Overdue), int(B::Today), int(B::ThisWeek), int(B::Later), int(B::NoDate) }));
        QCOMPARE(counts, (QList<int> { 2, 2, 2, 1, 3 }));
        // Inside a bucket by due date; equal dates (and no date) in file order.
        QCOMPARE(labels(found->ids),
            (tie({ A18, Z13 }) + tie({ A19, S3 }) + QStringList { Z12, A20, A21 }
                + tie({ A22, Z14, I3 })));
    }

    void emptyBucketsAreLeftOut()
    {
        TaskQueries::Filter filter = anyState();
        filter.due = TaskQueries::DueRange::Overdue;
        const auto found = ids(filter);
        QVERIFY(found);
        QCOMPARE(found->groups.size(), qsizetype(1));
        QVERIFY(found->groups.first().bucket == TaskQueries::DueBucket::Overdue);
        QCOMPARE(found->groups.first().count, 2);
    }

    void descendingKeepsTiesInFileOrder()
    {
        TaskQueries::Order order;
        order.direction = Qt::DescendingOrder;
        const auto found = ids(anyState(), order);
        QVERIFY(found);
        // The buckets keep their order; inside one, later due dates come first.
        const QStringList got = labels(found->ids);
        QCOMPARE(got.mid(0, 6), (tie({ A18, Z13 }) + tie({ A19, S3 }) + QStringList { A20, Z12 }));
    }

    void groupsByOwner()
    {
        TaskQueries::Order order;
        order.grouping = TaskQueries::Grouping::Owner;
        const auto found = ids(anyState(), order);
        QVERIFY(found);
        QStringList names;
        for (const TaskQueries::Group &group : found->groups)
            names.append(group.name);
        // Tasks without an owner come last, under an empty name.
        QCOMPARE(names,
            (QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Myself"),
                QStringLiteral("Priya Patel"), QString() }));
        QCOMPARE(labels(found->ids).mid(0, 3), (tie({ A18, Z13 }) + QStringList { A22 }));

        order.direction = Qt::DescendingOrder; // the whole key turns: no due date first
        const auto reversed = ids(anyState(), order);
        QVERIFY(reversed);
        QCOMPARE(labels(reversed->ids).mid(0, 3), (QStringList { A22 } + tie({ A18, Z13 })));
    }

    void sortsByText()
    {
        TaskQueries::Filter filter = anyState();
        filter.owner = QStringLiteral("none");
        TaskQueries::Order order;
        order.grouping = TaskQueries::Grouping::Owner;
        order.key = TaskQueries::SortKey::Text;
        const auto found = ids(filter, order);
        QVERIFY(found);
        QCOMPARE(labels(found->ids), (QStringList { A19, Z14, A21, I3, S3 }));
        order.direction = Qt::DescendingOrder;
        const auto reversed = ids(filter, order);
        QVERIFY(reversed);
        QCOMPARE(labels(reversed->ids), (QStringList { S3, I3, A21, Z14, A19 }));
    }

    void sortsUndatedMeetingsLast()
    {
        TaskQueries::Filter filter = anyState();
        filter.owner = QStringLiteral("none");
        TaskQueries::Order order;
        order.grouping = TaskQueries::Grouping::Owner;
        order.key = TaskQueries::SortKey::Date;
        const auto found = ids(filter, order);
        QVERIFY(found);
        const QStringList got = labels(found->ids);
        QCOMPARE(got.mid(0, 2), (QStringList { A19, A21 })); // 2025-10-28, by line
        QCOMPARE(got.mid(2, 2), (tie({ Z14, S3 }))); // both 2025-11-05
        QCOMPARE(got.last(), I3);
    }

    void groupsByMeeting()
    {
        TaskQueries::Order order;
        order.grouping = TaskQueries::Grouping::Meeting;
        const auto found = ids(anyState(), order);
        QVERIFY(found);
        QStringList names;
        QList<int> counts;
        for (const TaskQueries::Group &group : found->groups) {
            names.append(group.name);
            counts.append(group.count);
        }
        // Newest first, a day's meetings by path, the undated one last and without a date.
        QCOMPARE(names,
            (QStringList { QStringLiteral("Standup · 2025-11-05"),
                QStringLiteral("Azure sync · 2025-11-05"),
                QStringLiteral("Apollo sync · 2025-10-28"), QStringLiteral("42 ideas") }));
        QCOMPARE(counts, (QList<int> { 1, 3, 5, 1 }));
    }

    void rows()
    {
        const auto found = ids(anyState());
        QVERIFY(found);
        TaskQueries queries(m_vault.db());
        const QVector<qint64> some { found->ids.at(3), 987654321, found->ids.at(0) };
        const auto rows = queries.rows(some);
        QVERIFY2(rows, qPrintable(queries.error()));
        QCOMPARE(rows->size(), qsizetype(3));
        QCOMPARE(rows->at(0).id, found->ids.at(3));
        QCOMPARE(rows->at(1).id, qint64(0)); // no longer in the index
        QVERIFY(rows->at(1).path.isEmpty());
        QCOMPARE(rows->at(2).id, found->ids.at(0));
        const auto empty = queries.rows({});
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
    }

    void rowCarriesItsMeeting()
    {
        TaskQueries::Filter filter = anyState();
        filter.states = QStringList { QStringLiteral("proposed") };
        const auto found = ids(filter);
        QVERIFY(found);
        QCOMPARE(found->ids.size(), qsizetype(1));
        const auto rows = TaskQueries(m_vault.db()).rows(found->ids);
        QVERIFY(rows);
        const TaskQueries::Row &row = rows->first();
        QCOMPARE(row.path, kApollo);
        QCOMPARE(row.title, QStringLiteral("Apollo sync"));
        QCOMPARE(row.date, QStringLiteral("2025-10-28"));
        QCOMPARE(row.task.line, 20);
        QVERIFY(row.task.state == core::TaskState::Proposed);
        QCOMPARE(row.task.owner, std::optional<QString>(QStringLiteral("Myself")));
        QCOMPARE(row.task.due, std::optional<QString>(QStringLiteral("2025-11-15")));
    }

    void rowOfAnUndatedMeeting()
    {
        TaskQueries::Filter filter;
        filter.states = QStringList { QStringLiteral("todo") };
        filter.owner = QStringLiteral("none");
        filter.due = TaskQueries::DueRange::NoDate;
        const auto found = ids(filter);
        QVERIFY(found);
        QCOMPARE(labels(found->ids), QStringList { I3 });
        const auto rows = TaskQueries(m_vault.db()).rows(found->ids);
        QVERIFY(rows);
        QCOMPARE(rows->first().title, QStringLiteral("42 ideas"));
        QVERIFY(rows->first().date.isEmpty());
        QVERIFY(!rows->first().task.due);
    }

    // Each row says whether its task waits for an open one (the rules: tst_taskdependencies),
    // and the search language's is:blocked narrows the Tasks view like any term.
    void rowsCarryBlocked()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("deps.md"),
            "# Deps\n\n"
            "- [ ] Draft \xF0\x9F\x86\x94 abc\n" // line 3, 🆔
            "- [ ] Review \xE2\x9B\x94 abc\n" // line 4, ⛔: blocked
            "- [x] Ship \xE2\x9B\x94 abc\n" // line 5, done: never blocked
            "- [ ] Wait \xE2\x9B\x94 gone\n")); // line 6, no such task
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        TaskQueries queries(index->database());
        TaskQueries::Filter filter;
        filter.states = TaskQueries::allStates();
        const auto all = queries.ids(filter, { TaskQueries::Grouping::Meeting }, kToday);
        QVERIFY2(all, qPrintable(queries.error()));
        const auto rows = queries.rows(all->ids);
        QVERIFY2(rows, qPrintable(queries.error()));
        QStringList blocked;
        for (const TaskQueries::Row &row : *rows) {
            if (row.blocked)
                blocked.append(at(row.path, row.task.line));
        }
        const QStringList expected { at(QStringLiteral("deps.md"), 4) };
        QCOMPARE(blocked, expected);
        filter.query = QStringLiteral("is:blocked");
        const auto narrowed = queries.ids(filter, { TaskQueries::Grouping::Meeting }, kToday);
        QVERIFY2(narrowed, qPrintable(queries.error()));
        QCOMPARE(narrowed->ids.size(), qsizetype(1));
        QVERIFY(queries.rows(narrowed->ids)->first().blocked);
    }

    void rawLine()
    {
        TaskQueries queries(m_vault.db());
        QCOMPARE(queries.rawLine(kApollo, 18),
            std::optional<QString>(
                QStringLiteral("- [ ] Send notes @Alon Horev \U0001F4C5 2025-11-03 #apollo")));
        QVERIFY(!queries.rawLine(kApollo, 17)); // a blank line
        QVERIFY(queries.error().isEmpty());
        QVERIFY(!queries.rawLine(QStringLiteral("nowhere.md"), 18));
        QVERIFY(queries.error().isEmpty());
    }

    void taskIdOfALine()
    {
        TaskQueries queries(m_vault.db());
        const auto id = queries.taskId(kApollo, 18);
        QVERIFY(id);
        const auto rows = queries.rows({ *id });
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->first().path, kApollo);
        QCOMPARE(rows->first().task.line, 18);
        QVERIFY(!queries.taskId(kApollo, 17)); // a blank line
        QVERIFY(queries.error().isEmpty());
        QVERIFY(!queries.taskId(QStringLiteral("nowhere.md"), 18));
        TaskQueries failing { QSqlDatabase() };
        QVERIFY(!failing.taskId(kApollo, 18));
        QVERIFY(!failing.error().isEmpty());
    }

    void failedReads()
    {
        TaskQueries queries { QSqlDatabase() };
        QVERIFY(!queries.ids(anyState(), {}, kToday));
        QVERIFY(!queries.error().isEmpty());
        QVERIFY(!TaskQueries { QSqlDatabase() }.rows({ 1 }));
        TaskQueries lines { QSqlDatabase() };
        QVERIFY(!lines.rawLine(kApollo, 18));
        QVERIFY(!lines.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskQueries)
#include "tst_taskqueries.moc"
