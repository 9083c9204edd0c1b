// SPDX-License-Identifier: GPL-3.0-or-later
// Obsidian Tasks' dependencies as Vaultview reads them: which tasks are blocked and blocking
// (the is: terms of the query language, the blocked flag of every task row) and what a blocked
// task waits for.

#include "core/query/query.h"
#include "core/query/search.h"
#include "core/query/taskdependencies.h"
#include "indexfixture.h"

#include <QRegularExpression>
#include <QTest>

using core::Query;
using core::Search;
using core::TaskDependencies;

namespace {

const QString A = QStringLiteral("a.md");
const QString B = QStringLiteral("b.md");
const QString kId = QStringLiteral(" \U0001F194 "); // 🆔
const QString kDependsOn = QStringLiteral(" \u26D4 "); // ⛔

QString t(const QString &path, int line)
{
    return path + u':' + QString::number(line);
}

// "- [status] text", then " 🆔 id" and " ⛔ ids" when given: one line of a note.
QString task(
    const char *status, const char *text, const char *id = nullptr, const char *dependsOn = nullptr)
{
    QString line = QStringLiteral("- [") + QLatin1String(status) + QStringLiteral("] ")
        + QLatin1String(text);
    if (id)
        line += kId + QLatin1String(id);
    if (dependsOn)
        line += kDependsOn + QLatin1String(dependsOn);
    return line + u'\n';
}

const QStringList kFailed { QStringLiteral("(the read failed)") };

// The tasks a query finds, as "path:line".
QStringList found(const QSqlDatabase &db, const QString &text)
{
    const auto query = Query::parse(text);
    if (!query)
        return kFailed;
    Search search(db);
    const auto hits = search.tasks(*query);
    if (!hits) {
        qWarning("%s", qPrintable(search.error()));
        return kFailed;
    }
    QStringList out;
    for (const Search::TaskHit &hit : *hits)
        out.append(t(hit.path, hit.task.line));
    return out;
}

QStringList foundNotes(const QSqlDatabase &db, const QString &text)
{
    const auto query = Query::parse(text);
    const auto rows = query ? Search(db).notes(*query) : std::nullopt;
    if (!rows)
        return kFailed;
    QStringList out;
    for (const Search::NoteRow &row : *rows)
        out.append(row.path);
    return out;
}

QStringList without(QStringList all, const QStringList &some)
{
    all.removeIf([&some](const QString &key) { return some.contains(key); });
    return all;
}

QStringList pathsOf(const QStringList &keys)
{
    QStringList paths;
    for (const QString &key : keys) {
        const QString path = key.section(u':', 0, 0);
        if (!paths.contains(path))
            paths.append(path);
    }
    return paths;
}

} // namespace

class TestTaskDependencies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedAndBlocking_data()
    {
        QTest::addColumn<QString>("a"); // a.md
        QTest::addColumn<QString>("b"); // b.md, not written when empty
        QTest::addColumn<QStringList>("blocked"); // in path, then line order
        QTest::addColumn<QStringList>("blocking");
        QTest::newRow("blocked: open blocker blocks")
            << task(" ", "Draft", "abc") + task(" ", "Review", nullptr, "abc") << QString()
            << QStringList { t(A, 2) } << QStringList { t(A, 1) };
        QTest::newRow("blocked: done blocker does not")
            << task("x", "Draft", "abc") + task(" ", "Review", nullptr, "abc") << QString()
            << QStringList() << QStringList();
        QTest::newRow("blocked: cancelled blocker does not")
            << task("-", "Draft", "abc") + task(" ", "Review", nullptr, "abc") << QString()
            << QStringList() << QStringList();
        QTest::newRow("blocked: unknown id does not")
            << task(" ", "Draft", "abc") + task(" ", "Review", nullptr, "xyz") << QString()
            << QStringList() << QStringList();
        QTest::newRow("blocked: done task is never blocked")
            << task(" ", "Draft", "abc") + task("x", "Review", nullptr, "abc") << QString()
            << QStringList() << QStringList();
        QTest::newRow("blocked: cancelled task is never blocked")
            << task(" ", "Draft", "abc") + task("-", "Review", nullptr, "abc") << QString()
            << QStringList() << QStringList();
        QTest::newRow("blocked: blocker in another note")
            << task(" ", "Review", nullptr, "abc") << task(" ", "Draft", "abc")
            << QStringList { t(A, 1) } << QStringList { t(B, 1) };
        QTest::newRow("blocked: two ids, one open")
            << task("x", "One", "one") + task(" ", "Two", "two")
                + task(" ", "Three", nullptr, "one,two")
            << QString() << QStringList { t(A, 3) } << QStringList { t(A, 2) };
        QTest::newRow("blocked: two ids, both closed")
            << task("x", "One", "one") + task("-", "Two", "two")
                + task(" ", "Three", nullptr, "one, two")
            << QString() << QStringList() << QStringList();
        QTest::newRow("blocked: in progress, proposed and unknown statuses are open")
            << task("/", "One", "one") + task(" ", "A", nullptr, "one") + task("?", "Two", "two")
                + task("!", "B", nullptr, "two")
            << QString() << QStringList { t(A, 2), t(A, 4) } << QStringList { t(A, 1), t(A, 3) };
        QTest::newRow("blocked: ids match whole and by case")
            << task(" ", "Draft", "abc") + task(" ", "X", nullptr, "ab")
                + task(" ", "Y", nullptr, "ABC") + task(" ", "Z", nullptr, "abcd")
            << QString() << QStringList() << QStringList();
        QTest::newRow("blocked: one id on two tasks, one of them open")
            << task("x", "Old", "abc") + task(" ", "New", "abc") + task(" ", "Wait", nullptr, "abc")
            << QString() << QStringList { t(A, 3) } << QStringList { t(A, 2) };
        QTest::newRow("blocked: a chain blocks each link")
            << task(" ", "First", "a1") + task(" ", "Second", "b1", "a1")
                + task(" ", "Third", nullptr, "b1")
            << QString() << QStringList { t(A, 2), t(A, 3) } << QStringList { t(A, 1), t(A, 2) };
        QTest::newRow("blocked: Dataview fields")
            << QStringLiteral("- [ ] Draft [id:: abc]\n- [ ] Review [dependsOn:: abc]\n")
            << QString() << QStringList { t(A, 2) } << QStringList { t(A, 1) };
    }

    // The is: terms, their negations, the notes they find and the blocked flag of each row
    // agree with Tasks' rule.
    void blockedAndBlocking()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QStringList, blocked);
        QFETCH(QStringList, blocking);
        TestVault vault;
        QVERIFY(vault.write(A, a.toUtf8()));
        QVERIFY(b.isEmpty() || vault.write(B, b.toUtf8()));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const QSqlDatabase db = index->database();

        const auto all = Search(db).tasks(*Query::parse(QString()));
        QVERIFY(all);
        QStringList every;
        for (const Search::TaskHit &hit : *all) {
            every.append(t(hit.path, hit.task.line));
            QCOMPARE(hit.blocked, blocked.contains(every.last()));
        }
        QCOMPARE(found(db, QStringLiteral("is:blocked")), blocked);
        QCOMPARE(found(db, QStringLiteral("-is:blocked")), without(every, blocked));
        QCOMPARE(found(db, QStringLiteral("is:blocking")), blocking);
        QCOMPARE(found(db, QStringLiteral("-is:blocking")), without(every, blocking));
        QCOMPARE(foundNotes(db, QStringLiteral("is:blocked")), pathsOf(blocked));
        QCOMPARE(foundNotes(db, QStringLiteral("is:blocking")), pathsOf(blocking));

        TaskDependencies dependencies(db);
        const auto inNote = dependencies.blockersInNote(A);
        QVERIFY2(inNote, qPrintable(dependencies.error()));
        QStringList blockedInA;
        for (auto it = inNote->cbegin(); it != inNote->cend(); ++it)
            blockedInA.append(t(A, it.key()));
        blockedInA.sort();
        QCOMPARE(blockedInA, blocked.filter(QRegularExpression(QStringLiteral("^a\\.md:"))));
    }

    void blockersNameWhatATaskWaitsFor()
    {
        TestVault vault;
        QVERIFY(vault.write(A,
            (QStringLiteral("# Alpha\n\n") + task(" ", "Review", nullptr, "one,two,gone,one")
                + task(" ", "Sketch", "one") + task(" ", "Idle"))
                .toUtf8()));
        QVERIFY(
            vault.write(B, (QStringLiteral("# Beta\n\n") + task(" ", "Draft", "two")).toUtf8()));
        QVERIFY(vault.write(QStringLiteral("c.md"),
            (QStringLiteral("# Gamma\n\n") + task("x", "Old", "two")).toUtf8()));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        TaskDependencies dependencies(index->database());

        const auto blockers = dependencies.blockers(A, 3);
        QVERIFY2(blockers, qPrintable(dependencies.error()));
        // Open ones only, each once, by note path then line.
        const QList<TaskDependencies::Blocker> expected {
            { QStringLiteral("Sketch"), A, QStringLiteral("Alpha"), 4 },
            { QStringLiteral("Draft"), B, QStringLiteral("Beta"), 3 },
        };
        QCOMPARE(*blockers, expected);
        QCOMPARE(dependencies.blockers(A, 4), std::optional(QList<TaskDependencies::Blocker>()));
        QCOMPARE(dependencies.blockers(QStringLiteral("nowhere.md"), 3),
            std::optional(QList<TaskDependencies::Blocker>()));
        const auto inNote = dependencies.blockersInNote(A);
        QVERIFY(inNote);
        QCOMPARE(inNote->keys(), QList<int> { 3 });
        QCOMPARE(inNote->value(3), expected);
        QVERIFY(dependencies.error().isEmpty());
    }

    // Ids are letters, digits, '-' and '_' as the parser keeps them; a list that does not make
    // JSON (an index written otherwise) blocks nothing rather than failing every task read.
    void oddDependsOnFailsNoRead()
    {
        TestVault vault;
        QVERIFY(vault.write(
            A, (task(" ", "Draft", "abc") + task(" ", "Review", nullptr, "abc")).toUtf8()));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QSqlQuery q(index->database());
        QVERIFY2(
            q.exec(QStringLiteral("UPDATE tasks SET depends_on = 'a\"b\\' || char(31) || char(10)"
                                  " WHERE line = 2")),
            qPrintable(q.lastError().text()));
        QCOMPARE(found(index->database(), QStringLiteral("is:blocked")), QStringList());
        QCOMPARE(found(index->database(), QStringLiteral("is:blocking")), QStringList());
        QCOMPARE(TaskDependencies(index->database()).blockers(A, 2),
            std::optional(QList<TaskDependencies::Blocker>()));
    }

    void failedReads()
    {
        TaskDependencies dependencies { QSqlDatabase() };
        QVERIFY(!dependencies.blockers(A, 1));
        QVERIFY(!dependencies.error().isEmpty());
        TaskDependencies note { QSqlDatabase() };
        QVERIFY(!note.blockersInNote(A));
        QVERIFY(!note.error().isEmpty());
    }

    // Both run through the partial indexes, not a scan of every task.
    void plansUseTheIndexes()
    {
        TestVault vault;
        QVERIFY(vault.write(A, task(" ", "Draft", "abc").toUtf8()));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto plan = [&](const QString &where) {
            QSqlQuery q(index->database());
            if (!q.exec(
                    QStringLiteral("EXPLAIN QUERY PLAN SELECT t.id FROM tasks t WHERE ") + where))
                return QStringList { q.lastError().text() };
            QStringList steps;
            while (q.next())
                steps.append(q.value(3).toString());
            return steps;
        };
        const QString blocked = plan(TaskDependencies::blockedCondition()).join(u'\n');
        QVERIFY2(
            blocked.contains(QStringLiteral("USING INDEX tasks_depends")), qPrintable(blocked));
        QVERIFY2(
            blocked.contains(QStringLiteral("USING INDEX tasks_task_id")), qPrintable(blocked));
        const QString blocking = plan(TaskDependencies::blockingCondition()).join(u'\n');
        QVERIFY2(
            blocking.contains(QStringLiteral("USING INDEX tasks_depends")), qPrintable(blocking));
        QVERIFY2(
            blocking.contains(QStringLiteral("USING INDEX tasks_task_id")), qPrintable(blocking));
    }
};

QTEST_GUILESS_MAIN(TestTaskDependencies)
#include "tst_taskdependencies.moc"
