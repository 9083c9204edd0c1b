// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/namematch.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "indexfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using core::Query;
using core::Search;

Q_DECLARE_METATYPE(Search::Order)

namespace {

// What vaultgen.py says a note holds, read from its manifest: the oracle for the counts below.
struct ManifestTask
{
    QString status;
    QString owner;
    QString due;
    QStringList tags;
};

struct ManifestNote
{
    QStringList people;
    QStringList tags;
    QList<ManifestTask> tasks;
};

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QList<ManifestNote> readManifest(const QString &path)
{
    QList<ManifestNote> notes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return notes;
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        ManifestNote note { strings(o.value(QStringLiteral("people"))), strings(o.value(QStringLiteral("tags"))), {} };
        for (const QJsonValue &t : o.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject task = t.toObject();
            note.tasks.append({ task.value(QStringLiteral("status")).toString(), task.value(QStringLiteral("owner")).toString(),
                                task.value(QStringLiteral("due")).toString(), strings(task.value(QStringLiteral("tags"))) });
        }
        notes.append(note);
    }
    return notes;
}

// The status names of vaultgen's status characters, as the query language spells them.
QString stateOf(const QString &status)
{
    static const QHash<QString, QString> names {
        { QStringLiteral(" "), QStringLiteral("todo") },      { QStringLiteral("x"), QStringLiteral("done") },
        { QStringLiteral("X"), QStringLiteral("done") },      { QStringLiteral("/"), QStringLiteral("in_progress") },
        { QStringLiteral("-"), QStringLiteral("cancelled") }, { QStringLiteral("?"), QStringLiteral("proposed") },
        { QStringLiteral(">"), QStringLiteral("forwarded") },
    };
    return names.value(status, QStringLiteral("other"));
}

bool statusMatches(const ManifestTask &task, const QString &status)
{
    const QString state = stateOf(task.status);
    if (status == u"open")
        return state == u"todo" || state == u"in_progress" || state == u"proposed" || state == u"forwarded";
    return state == status;
}

bool tagMatches(const QStringList &tags, const QString &tag)
{
    return std::any_of(tags.cbegin(), tags.cend(), [&](const QString &t) {
        return t.compare(tag, Qt::CaseInsensitive) == 0 || t.startsWith(tag + u'/', Qt::CaseInsensitive);
    });
}

// person: names people by any part of their names: "Alon Horev" also finds "Alon Horevitz".
bool personMatches(const ManifestNote &note, const ManifestTask &task, const QString &person)
{
    const core::NameMatch match(person);
    return match.matchesAny(note.people) || (!task.owner.isEmpty() && match.matches(task.owner));
}

using TaskTest = std::function<bool(const ManifestNote &, const ManifestTask &)>;
using NoteTest = std::function<bool(const ManifestNote &)>;

bool anyTask(const ManifestNote &note, const TaskTest &test)
{
    return std::any_of(note.tasks.cbegin(), note.tasks.cend(), [&](const ManifestTask &t) { return test(note, t); });
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_big;
    std::unique_ptr<core::VaultIndex> m_bigIndex;
    QList<ManifestNote> m_manifest;

    int tasksWhere(const TaskTest &test) const
    {
        int tasks = 0;
        for (const ManifestNote &note : m_manifest)
            tasks += int(std::count_if(note.tasks.cbegin(), note.tasks.cend(),
                                       [&](const ManifestTask &task) { return test(note, task); }));
        return tasks;
    }

    int notesWhere(const NoteTest &test) const
    {
        return int(std::count_if(m_manifest.cbegin(), m_manifest.cend(), test));
    }

    static QStringList taskKeys(const QList<Search::TaskHit> &hits)
    {
        QStringList out;
        for (const Search::TaskHit &hit : hits)
            out.append(hit.path + u':' + QString::number(hit.task.line));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_big = std::make_unique<TestVault>();
        QString manifest;
        if (!m_big->generate(2000, 23, 0.03, &manifest))
            return; // the generated-vault tests skip
        m_manifest = readManifest(manifest);
        QCOMPARE(m_manifest.size(), 2000);
        m_bigIndex = fixture::openIndex(*m_big);
        QVERIFY(m_bigIndex);
        const auto stats = fixture::update(*m_bigIndex);
        QVERIFY(stats);
        QCOMPARE(stats->added, 2000);
    }

    void cleanupTestCase()
    {
        m_bigIndex.reset();
        m_big.reset();
    }

    void tasksComeInPathThenLineOrder()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("b.md"), "- [ ] b1\n\n- [ ] b3\n- [ ] b4\n"));
        QVERIFY(vault.write(QStringLiteral("a/z.md"), "text\n- [ ] az2\n"));
        QVERIFY(vault.write(QStringLiteral("a-z.md"), "- [ ] a-z1\n"));
        QVERIFY(vault.write(QStringLiteral("B.md"), "\n\n- [ ] B3\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto hits = Search(index->database()).tasks(*Query::parse(QString()));
        QVERIFY(hits);
        QCOMPARE(taskKeys(*hits), (QStringList { QStringLiteral("B.md:3"), QStringLiteral("a-z.md:1"),
                                                 QStringLiteral("a/z.md:2"), QStringLiteral("b.md:1"),
                                                 QStringLiteral("b.md:3"), QStringLiteral("b.md:4") }));
        QCOMPARE(hits->first().task.text, QStringLiteral("B3"));
        QCOMPARE(hits->first().title, QStringLiteral("B"));
        QVERIFY(hits->first().noteId > 0);
    }

    void notesOrder_data()
    {
        QTest::addColumn<Search::Order>("order");
        QTest::addColumn<QStringList>("expected");
        // Paths in UTF-8 byte order: 'Z' < 'a' < 'm' < 'é' (C3 A9) < 'Ａ' (EF BC A1).
        QTest::newRow("path, in UTF-8 byte order")
            << Search::Order::Path << QStringList { "Z.md", "a.md", "m.md", "é.md", "Ａ.md" };
        QTest::newRow("date, newest first, undated last, ties by path")
            << Search::Order::DateDescending << QStringList { "a.md", "m.md", "Z.md", "Ａ.md", "é.md" };
        QTest::newRow("title, ignoring case, ties by path")
            << Search::Order::Title << QStringList { "a.md", "é.md", "Z.md", "Ａ.md", "m.md" };
    }

    void notesOrder()
    {
        QFETCH(Search::Order, order);
        QFETCH(QStringList, expected);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("Z.md"), "---\ntitle: beta\ndate: 2025-10-01\n---\n"));
        QVERIFY(vault.write(QStringLiteral("a.md"), "---\ntitle: Alpha\ndate: 2025-11-01\n---\n"));
        QVERIFY(vault.write(QStringLiteral("é.md"), "---\ntitle: alpha\n---\n"));
        QVERIFY(vault.write(QStringLiteral("m.md"), "---\ntitle: Gamma\ndate: 2025-11-01\n---\n"));
        QVERIFY(vault.write(QStringLiteral("Ａ.md"), "---\ntitle: delta\ndate: 2024-01-01\n---\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto rows = Search(index->database()).notes(*Query::parse(QString()), order);
        QVERIFY(rows);
        QStringList got;
        for (const Search::NoteRow &row : *rows)
            got.append(row.path);
        QCOMPARE(got, expected);
    }

    void noteRowCountsTasks()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("2025-10-28 sync.md"),
                            "---\ntype: standup\n---\n\n"
                            "- [ ] todo\n- [/] doing\n- [?] maybe\n- [?] maybe too\n- [>] moved\n"
                            "- [x] done\n- [X] done too\n- [-] dropped\n- [!] custom\n"));
        QVERIFY(vault.write(QStringLiteral("broken.md"), "---\ntitle: \"unterminated\n---\n\nText.\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto rows = Search(index->database()).notes(*Query::parse(QString()));
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        const Search::NoteRow &sync = rows->at(0);
        QCOMPARE(sync.path, QStringLiteral("2025-10-28 sync.md"));
        QCOMPARE(sync.taskCount, 9);
        QCOMPARE(sync.openCount, 5); // todo, in progress, both proposed, forwarded
        QCOMPARE(sync.proposedCount, 2);
        QCOMPARE(sync.date, QStringLiteral("2025-10-28"));
        QCOMPARE(sync.type, QStringLiteral("standup"));
        QVERIFY(!sync.hasWarnings);
        QVERIFY(sync.id > 0);
        const Search::NoteRow &broken = rows->at(1);
        QCOMPARE(broken.taskCount, 0);
        QVERIFY(broken.hasWarnings);
        QVERIFY(!broken.date);
        QVERIFY(!broken.type);
    }

    void peopleByAnyPartOfTheName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("notes");
        QTest::addColumn<QStringList>("tasks");
        const QStringList alonNotes { QStringLiteral("a.md"), QStringLiteral("b.md") };
        const QStringList alonTasks { QStringLiteral("plan"), QStringLiteral("review deck") };
        QTest::newRow("person: full name") << "person:\"Alon Horev\"" << alonNotes << alonTasks;
        QTest::newRow("person: first name") << "person:alon" << alonNotes << alonTasks;
        QTest::newRow("person: last name") << "person:horev" << alonNotes << alonTasks;
        QTest::newRow("person: two words") << "person:\"alon h\"" << alonNotes << alonTasks;
        QTest::newRow("person: case") << "person:ALON" << alonNotes << alonTasks;
        QTest::newRow("person: accent, zoe finds Zoë")
            << "person:zoe" << QStringList { QStringLiteral("a.md") }
            << QStringList { QStringLiteral("plan") };
        QTest::newRow("person: two people match")
            << "person:al"
            << QStringList { QStringLiteral("a.md"), QStringLiteral("b.md"),
                   QStringLiteral("c.md") }
            << (alonTasks + QStringList { QStringLiteral("call") });
        QTest::newRow("person: not a prefix") << "person:lon" << QStringList() << QStringList();
        QTest::newRow("person: negated")
            << "-person:alon" << QStringList { QStringLiteral("c.md"), QStringLiteral("d.md") }
            << QStringList { QStringLiteral("call"), QStringLiteral("ship") };
        QTest::newRow("owner: last name") << "owner:horev" << QStringList { QStringLiteral("b.md") }
                                          << QStringList { QStringLiteral("review deck") };
        QTest::newRow("owner: case") << "owner:ALICE" << QStringList { QStringLiteral("c.md") }
                                     << QStringList { QStringLiteral("call") };
        QTest::newRow("owner: a participant owns nothing")
            << "owner:zoe" << QStringList() << QStringList();
    }

    void peopleByAnyPartOfTheName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, notes);
        QFETCH(QStringList, tasks);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"),
            "---\nparticipants: [Alon Horev, Zoë Kravitz]\n---\n\n- [ ] plan @Carol\n"));
        QVERIFY(vault.write(
            QStringLiteral("b.md"), "**With**: Alice Brown\n\n- [ ] review deck @Alon Horev\n"));
        QVERIFY(vault.write(QStringLiteral("c.md"),
            "---\nparticipants: [Bob Stone]\n---\n\n- [ ] call @Alice Brown\n- [ ] ship @Bob\n"));
        QVERIFY(vault.write(QStringLiteral("d.md"), "---\nparticipants: [Jolon Smith]\n---\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const auto query = Query::parse(text);
        QVERIFY(query);
        Search search(index->database());
        const auto rows = search.notes(*query);
        QVERIFY2(rows, qPrintable(search.error()));
        QStringList gotNotes;
        for (const Search::NoteRow &row : *rows)
            gotNotes.append(row.path);
        QCOMPARE(gotNotes, notes);
        const auto hits = search.tasks(*query);
        QVERIFY2(hits, qPrintable(search.error()));
        QStringList gotTasks;
        for (const Search::TaskHit &hit : *hits)
            gotTasks.append(hit.task.text);
        QCOMPARE(gotTasks, tasks);
    }

    void queriesNeverRescanTasksPerNote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("person:") << "person:\"Alon Horev\"";
        QTest::newRow("owner:") << "owner:Myself";
        QTest::newRow("tag:") << "tag:apollo";
        QTest::newRow("status:") << "status:done";
        QTest::newRow("negated status:") << "-status:done";
        QTest::newRow("due:") << "due:overdue";
        QTest::newRow("full text") << "falcon";
    }

    void queriesNeverRescanTasksPerNote()
    {
        // A correlated subquery runs once per row: for notes it must probe that note's tasks
        // through the index on note_id, never rescan tasks, which would grow with the square of
        // the vault.
        QFETCH(QString, text);
        TestVault vault;
        const auto index = fixture::openIndex(vault);
        QVERIFY(index);
        const auto query = Query::parse(text);
        QVERIFY(query);
        const QString tasks = QStringLiteral("SELECT t.id FROM tasks t JOIN notes n ON n.id = t.note_id WHERE ");
        const QString notes = QStringLiteral("SELECT n.id FROM notes n WHERE ");
        for (const auto &[select, sql] : { std::pair { tasks, query->taskSql() }, std::pair { notes, query->noteSql() } }) {
            QSqlQuery q(index->database());
            QVERIFY2(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + select + sql.where), qPrintable(q.lastError().text()));
            for (const QVariant &value : sql.binds)
                q.addBindValue(value);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList plan;
            while (q.next())
                plan.append(q.value(3).toString());
            QVERIFY(!plan.isEmpty());
            // The one other correlated probe is person: and owner:'s skip from a name to the next.
            const auto probe = [](const QString &step) {
                return step.contains(QStringLiteral("(note_id=?)"))
                    || step.contains(QStringLiteral("(name>?)"))
                    || step.contains(QStringLiteral("(owner>?)"));
            };
            for (qsizetype i = 0; i < plan.size(); ++i) {
                if (plan.at(i).contains(QStringLiteral("CORRELATED")))
                    QVERIFY2(
                        i + 1 < plan.size() && probe(plan.at(i + 1)), qPrintable(plan.join(u'\n')));
            }
        }
    }

    void databaseErrorsAreReported()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "- [ ] task\n"));
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        QSqlQuery q(index->database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE notes_fts")));
        Search search(index->database());
        QVERIFY(!search.notes(*Query::parse(QStringLiteral("task"))));
        QVERIFY(search.error().contains(QStringLiteral("cannot search")));
    }

    void generatedVaultCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("notes");
        if (m_manifest.isEmpty())
            QSKIP("python3 or shared/vaultgen.py is not available");

        // People by how many notes they attended: a frequent one, a rare one, and an owner only.
        QHash<QString, int> attended;
        for (const ManifestNote &note : std::as_const(m_manifest))
            for (const QString &person : note.people)
                ++attended[person];
        QStringList people = attended.keys();
        std::sort(people.begin(), people.end(), [&](const QString &l, const QString &r) {
            return attended[l] != attended[r] ? attended[l] > attended[r] : l < r;
        });
        QVERIFY(people.size() > 10);
        const QString frequent = people.at(1); // people.at(0) is in every note
        const QString rare = people.at(people.size() / 2);
        // Tasks match term by term on the task; notes match term by term on the note, where a task
        // term means "some task of the note", so two terms may be met by two different tasks.
        const auto add = [&](const char *name, const QString &text, int tasks, int notes) {
            QVERIFY2(tasks > 0 && notes > 0, name);
            QTest::newRow(name) << text << tasks << notes;
        };
        const auto person = [](const QString &p) -> TaskTest {
            return [p](const ManifestNote &n, const ManifestTask &t) { return personMatches(n, t, p); };
        };
        const auto personNote = [&](const QString &p) -> NoteTest {
            return [p, person](const ManifestNote &n) {
                return anyTask(n, person(p)) || core::NameMatch(p).matchesAny(n.people);
            };
        };
        const auto status = [](const QString &s) -> TaskTest {
            return [s](const ManifestNote &, const ManifestTask &t) { return statusMatches(t, s); };
        };
        for (const QString &p : { frequent, rare, QStringLiteral("Myself") })
            add(qPrintable(QStringLiteral("person: %1").arg(p == frequent ? QStringLiteral("a frequent participant")
                                                            : p == rare   ? QStringLiteral("a rare participant")
                                                                          : QStringLiteral("an owner who attends nothing"))),
                QStringLiteral("person:\"%1\"").arg(p), tasksWhere(person(p)), notesWhere(personNote(p)));
        for (const QString &tag : { QStringLiteral("proposed"), QStringLiteral("exec"), QStringLiteral("followup") }) {
            add(qPrintable(QStringLiteral("tag: %1, the task's own tags or the note's").arg(tag)), QStringLiteral("tag:") + tag,
                tasksWhere([&](const ManifestNote &, const ManifestTask &t) { return tagMatches(t.tags, tag); }),
                notesWhere([&](const ManifestNote &n) { return tagMatches(n.tags, tag); }));
        }
        for (const QString &s : { QStringLiteral("open"), QStringLiteral("todo"), QStringLiteral("done"),
                                 QStringLiteral("proposed"), QStringLiteral("in_progress"), QStringLiteral("cancelled"),
                                 QStringLiteral("forwarded") }) {
            add(qPrintable(QStringLiteral("status: %1").arg(s)), QStringLiteral("status:") + s, tasksWhere(status(s)),
                notesWhere([&](const ManifestNote &n) { return anyTask(n, status(s)); }));
        }
        add("negated status: tasks not done, notes without a done task", QStringLiteral("-status:done"),
            tasksWhere([&](const ManifestNote &n, const ManifestTask &t) { return !status(QStringLiteral("done"))(n, t); }),
            notesWhere([&](const ManifestNote &n) { return !anyTask(n, status(QStringLiteral("done"))); }));
        const TaskTest november = [](const ManifestNote &, const ManifestTask &t) {
            return t.due.startsWith(QStringLiteral("2025-11"));
        };
        add("due: a month", QStringLiteral("due:2025-11"), tasksWhere(november),
            notesWhere([&](const ManifestNote &n) { return anyTask(n, november); }));
        add("person:, status: and tag: together", QStringLiteral("person:\"%1\" status:open tag:proposed").arg(frequent),
            tasksWhere([&](const ManifestNote &n, const ManifestTask &t) {
                return personMatches(n, t, frequent) && statusMatches(t, QStringLiteral("open"))
                    && tagMatches(t.tags, QStringLiteral("proposed"));
            }),
            notesWhere([&](const ManifestNote &n) {
                return personNote(frequent)(n) && anyTask(n, status(QStringLiteral("open")))
                    && tagMatches(n.tags, QStringLiteral("proposed"));
            }));
    }

    void generatedVaultCounts()
    {
        QFETCH(QString, text);
        QFETCH(int, tasks);
        QFETCH(int, notes);
        const auto query = Query::parse(text);
        QVERIFY(query);
        Search search(m_bigIndex->database());
        const auto hits = search.tasks(*query);
        QVERIFY2(hits, qPrintable(search.error()));
        QCOMPARE(int(hits->size()), tasks);
        const auto rows = search.notes(*query);
        QVERIFY2(rows, qPrintable(search.error()));
        QCOMPARE(int(rows->size()), notes);
    }

    void generatedVaultNoteTags_data()
    {
        QTest::addColumn<QString>("tag");
        if (m_manifest.isEmpty())
            QSKIP("python3 or shared/vaultgen.py is not available");
        QTest::newRow("a parent matches its nested tags") << "type";
        QTest::newRow("a nested tag") << "type/people";
        QTest::newRow("a frontmatter tag") << "apollo";
        QTest::newRow("an inline task tag") << "auto";
    }

    void generatedVaultNoteTags()
    {
        QFETCH(QString, tag);
        const auto expected = std::count_if(m_manifest.cbegin(), m_manifest.cend(),
                                            [&](const ManifestNote &n) { return tagMatches(n.tags, tag); });
        QVERIFY(expected > 0);
        const auto rows = Search(m_bigIndex->database()).notes(*Query::parse(QStringLiteral("tag:") + tag));
        QVERIFY(rows);
        QCOMPARE(rows->size(), expected);
    }

    void generatedVaultRowTotals()
    {
        if (m_manifest.isEmpty())
            QSKIP("python3 or shared/vaultgen.py is not available");
        const auto rows = Search(m_bigIndex->database()).notes(*Query::parse(QString()), Search::Order::DateDescending);
        QVERIFY(rows);
        QCOMPARE(rows->size(), m_manifest.size());
        int tasks = 0;
        int open = 0;
        int proposed = 0;
        for (const Search::NoteRow &row : *rows) {
            tasks += row.taskCount;
            open += row.openCount;
            proposed += row.proposedCount;
        }
        QCOMPARE(tasks, tasksWhere([](const ManifestNote &, const ManifestTask &) { return true; }));
        QCOMPARE(open, tasksWhere([](const ManifestNote &, const ManifestTask &t) { return statusMatches(t, QStringLiteral("open")); }));
        QCOMPARE(proposed,
                 tasksWhere([](const ManifestNote &, const ManifestTask &t) { return statusMatches(t, QStringLiteral("proposed")); }));
        for (qsizetype i = 1; i < rows->size(); ++i)
            QVERIFY(rows->at(i - 1).date.value_or(QString()) >= rows->at(i).date.value_or(QString()));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
