// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/query.h"
#include "core/query/search.h"
#include "core/views/decisionlog.h"
#include "indexfixture.h"

#include <QTest>

using core::Query;
using core::Search;

namespace {

const QDate kToday(2025, 11, 10);
const QString C = QStringLiteral("2025-09-15 standup.md"); // no frontmatter: date from the name
const QString N = QStringLiteral("Notes/ideas.md"); // no date, no type, no tasks

// Line numbers are the file's: a.md tasks are on lines 17-22, b.md on 15-17, C on 5.
const QByteArray kA = "---\n"
                      "type: people\n"
                      "title: Apollo sync with Alon\n"
                      "date: 2025-10-28\n"
                      "participants:\n"
                      "- Jason Vallery\n"
                      "- Alon Horev\n"
                      "tags:\n"
                      "- apollo/storage\n"
                      "- exec\n"
                      "---\n"
                      "\n"
                      "We discussed the falcon rollout and the zebra crossing.\n"
                      "\n"
                      "## Action Items\n"
                      "\n"
                      "- [ ] Send notes to Kushal @Alon Horev \xF0\x9F\x93\x85 2025-11-03 #apollo\n"
                      "- [x] Book the room \xF0\x9F\x93\x85 2025-11-10 \xE2\x9C\x85 2025-11-09 #admin\n"
                      "- [?] Draft the proposal @Myself \xF0\x9F\x93\x85 2025-11-15 #apollo/design\n"
                      "- [/] Review storage tranche \xF0\x9F\x93\x85 2025-12-01\n"
                      "- [-] Old idea \xE2\x9D\x8C 2025-11-01\n"
                      "- [>] Forwarded item @Bob Smith \xF0\x9F\x93\x85 2025-11-11\n";
const QByteArray kB = "---\n"
                      "type: customer\n"
                      "title: Azure Storage customer sync\n"
                      "date: 2025-11-05\n"
                      "participants:\n"
                      "- Jason Vallery\n"
                      "- Priya Patel\n"
                      "tags:\n"
                      "- azure\n"
                      "- apolloish\n"
                      "---\n"
                      "\n"
                      "Project Apollo was mentioned in passing, with the blob layer.\n"
                      "\n"
                      "- [ ] Follow up with Priya @Priya Patel \xF0\x9F\x93\x85 2025-11-12 #azure\n"
                      "- [ ] Call Alon about 100% of quota_limits @Alon Horev\n"
                      "- [x] Ship the thing \xE2\x9C\x85 2025-11-02\n";
const QByteArray kC = "# Standup\n"
                      "\n"
                      "Zebra crossing near the office. An Apollonian gasket.\n"
                      "\n"
                      "- [ ] Untagged task with no owner \xF0\x9F\x93\x85 2025-09-30\n";
const QByteArray kN = "# Ideas\n\nNothing dated here, just a caf\xC3\xA9.\n";

QString t(const QString &path, int line)
{
    return path + u':' + QString::number(line);
}

QStringList a(std::initializer_list<int> lines)
{
    QStringList out;
    for (int line : lines)
        out.append(t(QStringLiteral("a.md"), line));
    return out;
}

QStringList b(std::initializer_list<int> lines)
{
    QStringList out;
    for (int line : lines)
        out.append(t(QStringLiteral("b.md"), line));
    return out;
}

const QStringList kAllA = a({ 17, 18, 19, 20, 21, 22 });
const QStringList kAllB = b({ 15, 16, 17 });

// `count` terms, `term` again and again.
QString repeated(const QString &term, qsizetype count)
{
    QStringList terms;
    terms.fill(term, count);
    return terms.join(u' ');
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<core::VaultIndex> m_index;

    std::optional<Query> parse(const QString &text)
    {
        QString error;
        auto query = Query::parse(text, &error, kToday);
        if (!query)
            qWarning("%s: %s", qPrintable(text), qPrintable(error));
        return query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_vault = std::make_unique<TestVault>();
        QVERIFY(m_vault->write(QStringLiteral("a.md"), kA));
        QVERIFY(m_vault->write(QStringLiteral("b.md"), kB));
        QVERIFY(m_vault->write(C, kC));
        QVERIFY(m_vault->write(N, kN));
        m_index = fixture::openIndex(*m_vault);
        QVERIFY(m_index);
        const auto stats = fixture::update(*m_index);
        QVERIFY(stats);
        QCOMPARE(stats->tasks, 10);
    }

    void cleanupTestCase()
    {
        m_index.reset();
        m_vault.reset();
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("unclosed quote") << "person:\"Alon Horev" << QStringList { QStringLiteral("quote") };
        QTest::newRow("unclosed quote on a phrase") << "\"zebra crossing" << QStringList { QStringLiteral("quote") };
        QTest::newRow("unknown key names the valid keys")
            << "foo:bar"
            << QStringList { QStringLiteral("foo"), QStringLiteral("person:"),
                   QStringLiteral("owner:"), QStringLiteral("tag:"), QStringLiteral("type:"),
                   QStringLiteral("status:"), QStringLiteral("due:"), QStringLiteral("after:"),
                   QStringLiteral("before:"), QStringLiteral("is:") };
        QTest::newRow("unknown key after a good term") << "status:open Foo:bar" << QStringList { QStringLiteral("Foo") };
        QTest::newRow("unknown status lists the valid ones")
            << "status:finished"
            << QStringList { QStringLiteral("finished"), QStringLiteral("open"), QStringLiteral("in_progress"),
                             QStringLiteral("forwarded") };
        QTest::newRow("due: an unknown word") << "due:someday" << QStringList { QStringLiteral("due:") };
        QTest::newRow("is: an unknown word names the valid ones")
            << "is:done"
            << QStringList { QStringLiteral("is:"), QStringLiteral("blocked"),
                   QStringLiteral("blocking") };
        QTest::newRow("due: month 13") << "due:2025-13" << QStringList { QStringLiteral("due:") };
        QTest::newRow("due: February 30") << "due:2025-02-30" << QStringList { QStringLiteral("due:") };
        QTest::newRow("due: an operator without a date") << "due:<" << QStringList { QStringLiteral("due:") };
        QTest::newRow("due: a range with a bad end") << "due:2025-11-01..2025-13" << QStringList { QStringLiteral("due:") };
        QTest::newRow("due: a half-open range") << "due:2025-11.." << QStringList { QStringLiteral("due:") };
        QTest::newRow("due: two operators") << "due:<<2025-11" << QStringList { QStringLiteral("due:") };
        QTest::newRow("after: not a date") << "after:yesterday" << QStringList { QStringLiteral("after:") };
        QTest::newRow("after: day 99") << "after:2025-10-99" << QStringList { QStringLiteral("after:") };
        QTest::newRow("before: month 00") << "before:2025-00" << QStringList { QStringLiteral("before:") };
        QTest::newRow("before: a two-digit year") << "before:25-10" << QStringList { QStringLiteral("before:") };
        QTest::newRow("a key without a value") << "tag:" << QStringList { QStringLiteral("needs a value") };
        QTest::newRow("tag: of only #") << "tag:#" << QStringList { QStringLiteral("needs a value") };
        QTest::newRow("person: of an empty phrase") << "person:\"\"" << QStringList { QStringLiteral("needs a value") };
    }

    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, mentions);
        QString error;
        QVERIFY(!Query::parse(text, &error, kToday));
        for (const QString &word : std::as_const(mentions))
            QVERIFY2(error.contains(word), qPrintable(error + QStringLiteral(" lacks ") + word));
        QVERIFY(!Query::parse(text)); // the error pointer is optional
    }

    void parsesTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms"); // key|value|flags: n negated, q quoted
        QTest::newRow("empty") << "   " << QStringList();
        QTest::newRow("quoted value after a key") << "person:\"Alon Horev\"" << QStringList { QStringLiteral("person|Alon Horev|") };
        QTest::newRow("negated key, # dropped from a tag") << "-tag:#apollo" << QStringList { QStringLiteral("tag|apollo|n") };
        QTest::newRow("keys and statuses ignore case") << "Status:DONE" << QStringList { QStringLiteral("status|done|") };
        QTest::newRow("words split on blanks")
            << "  zebra \t crossing " << QStringList { QStringLiteral("|zebra|"), QStringLiteral("|crossing|") };
        QTest::newRow("quoted phrase") << "\"project apollo\"" << QStringList { QStringLiteral("|project apollo|q") };
        QTest::newRow("negated quoted phrase") << "-\"project apollo\"" << QStringList { QStringLiteral("|project apollo|nq") };
        QTest::newRow("a dash inside quotes is text") << "\"-apollo\"" << QStringList { QStringLiteral("|-apollo|q") };
        QTest::newRow("a key inside quotes is text") << "\"status:open\"" << QStringList { QStringLiteral("|status:open|q") };
        QTest::newRow("a lone dash is a word") << "-" << QStringList { QStringLiteral("|-|") };
        QTest::newRow("due operators and ranges")
            << "due:<=2025-11 due:2025-11-01..2025-11-30"
            << QStringList { QStringLiteral("due|<=2025-11|"), QStringLiteral("due|2025-11-01..2025-11-30|") };
        QTest::newRow("leap day") << "due:2024-02-29" << QStringList { QStringLiteral("due|2024-02-29|") };
        QTest::newRow("is: ignores case, negated")
            << "IS:Blocked -is:BLOCKING"
            << QStringList { QStringLiteral("is|blocked|"), QStringLiteral("is|blocking|n") };
    }

    void parsesTerms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        const auto query = parse(text);
        QVERIFY(query);
        QStringList got;
        for (const Query::Term &term : query->terms())
            got.append(term.key + u'|' + term.value + u'|' + (term.negated ? QStringLiteral("n") : QString())
                       + (term.quoted ? QStringLiteral("q") : QString()));
        QCOMPARE(got, terms);
        QCOMPARE(query->isEmpty(), terms.isEmpty());
    }

    void keysAreTheDocumentedOnes()
    {
        const QStringList keys = Query::keys();
        for (const char *key :
            { "person", "owner", "tag", "type", "status", "due", "after", "before", "path", "is" })
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }

    void forPersonFindsThatPerson()
    {
        QCOMPARE(Query::forPerson(QStringLiteral("Alon")), QStringLiteral("person:Alon"));
        QCOMPARE(Query::forPerson(QStringLiteral("Odd \"Name\"")), QStringLiteral("person:\"Odd Name\""));
        QVERIFY(Query::parse(Query::forPerson(QStringLiteral("Alon Horev"))));
    }

    void tasks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // in path, then line order
        const QStringList c5 { t(C, 5) };
        QTest::newRow("empty query lists every task") << "" << c5 + kAllA + kAllB;
        QTest::newRow("person: a participant of the note") << "person:\"Jason Vallery\"" << kAllA + kAllB;
        QTest::newRow("person: the owner of a task in a note they did not attend") << "person:\"Bob Smith\"" << a({ 22 });
        QTest::newRow("person: participant or owner") << "person:\"Alon Horev\"" << kAllA + b({ 16 });
        QTest::newRow("person: ignores case") << "person:\"alon horev\"" << kAllA + b({ 16 });
        QTest::newRow("person: the first name") << "person:Alon" << kAllA + b({ 16 });
        QTest::newRow("person: the last name, any case") << "person:HOREV" << kAllA + b({ 16 });
        QTest::newRow("person: no word starts so") << "person:lon" << QStringList();
        QTest::newRow("owner: the first name") << "owner:bob" << a({ 22 });
        QTest::newRow("owner: only the task owner") << "owner:\"Alon Horev\"" << a({ 17 }) + b({ 16 });
        QTest::newRow("tag: the task's own tags, not the note's") << "tag:apollo" << a({ 17, 19 });
        QTest::newRow("tag: a nested tag") << "tag:apollo/design" << a({ 19 });
        QTest::newRow("tag: no partial words") << "tag:apo" << QStringList();
        QTest::newRow("tag: a leading # is allowed") << "tag:#azure" << b({ 15 });
        QTest::newRow("tag: ignores case") << "tag:AZURE" << b({ 15 });
        QTest::newRow("type: of the note") << "type:customer" << kAllB;
        QTest::newRow("status: open includes in progress, proposed and forwarded")
            << "status:open" << c5 + a({ 17, 19, 20, 22 }) + b({ 15, 16 });
        QTest::newRow("status: done") << "status:done" << a({ 18 }) + b({ 17 });
        QTest::newRow("status: todo") << "status:todo" << c5 + a({ 17 }) + b({ 15, 16 });
        QTest::newRow("status: proposed") << "status:proposed" << a({ 19 });
        QTest::newRow("status: in_progress") << "status:in_progress" << a({ 20 });
        QTest::newRow("status: cancelled") << "status:cancelled" << a({ 21 });
        QTest::newRow("status: forwarded") << "status:forwarded" << a({ 22 });
        QTest::newRow("status: ignores case") << "status:DONE" << a({ 18 }) + b({ 17 });
        QTest::newRow("due: a month") << "due:2025-11" << a({ 17, 18, 19, 22 }) + b({ 15 });
        QTest::newRow("due: a day") << "due:2025-11-03" << a({ 17 });
        QTest::newRow("due: a year") << "due:2025" << c5 + a({ 17, 18, 19, 20, 22 }) + b({ 15 });
        QTest::newRow("due: before a day") << "due:<2025-11-01" << c5;
        QTest::newRow("due: on or before a day") << "due:<=2025-11-03" << c5 + a({ 17 });
        QTest::newRow("due: on or before a month takes all of it") << "due:<=2025-11" << c5 + a({ 17, 18, 19, 22 }) + b({ 15 });
        QTest::newRow("due: before a month excludes it") << "due:<2025-11" << c5;
        QTest::newRow("due: after a day") << "due:>2025-11-12" << a({ 19, 20 });
        QTest::newRow("due: on or after a day") << "due:>=2025-11-12" << a({ 19, 20 }) + b({ 15 });
        QTest::newRow("due: after a month excludes it") << "due:>2025-11" << a({ 20 });
        QTest::newRow("due: on or after a month includes it") << "due:>=2025-11" << a({ 17, 18, 19, 20, 22 }) + b({ 15 });
        QTest::newRow("due: a range of days, both ends included") << "due:2025-11-10..2025-11-12" << a({ 18, 22 }) + b({ 15 });
        QTest::newRow("due: a range of months") << "due:2025-09..2025-10" << c5;
        QTest::newRow("due: overdue is open and before today") << "due:overdue" << c5 + a({ 17 });
        QTest::newRow("due: today") << "due:today" << a({ 18 });
        QTest::newRow("due: tomorrow") << "due:tomorrow" << a({ 22 });
        QTest::newRow("due: week is today and the next seven days") << "due:week" << a({ 18, 19, 22 }) + b({ 15 });
        QTest::newRow("due: none") << "due:none" << a({ 21 }) + b({ 16, 17 });
        QTest::newRow("due: any") << "due:any" << c5 + a({ 17, 18, 19, 20, 22 }) + b({ 15 });
        QTest::newRow("after: is strict") << "after:2025-10-28" << kAllB;
        QTest::newRow("after: a month means after its end") << "after:2025-10" << kAllB;
        QTest::newRow("before: is strict") << "before:2025-10-28" << c5;
        QTest::newRow("before: a month means before its start") << "before:2025-11" << c5 + kAllA;
        QTest::newRow("after: and before: together, both strict") << "after:2025-09-15 before:2025-11-05" << kAllA;
        QTest::newRow("negated status") << "-status:done" << c5 + a({ 17, 19, 20, 21, 22 }) + b({ 15, 16 });
        QTest::newRow("negated tag keeps untagged tasks") << "-tag:apollo" << c5 + a({ 18, 20, 21, 22 }) + kAllB;
        QTest::newRow("negated due keeps tasks without a due date") << "-due:2025-11" << c5 + a({ 20, 21 }) + b({ 16, 17 });
        QTest::newRow("negated person") << "-person:\"Alon Horev\"" << c5 + b({ 15, 17 });
        QTest::newRow("bare word: a substring of the task text") << "room" << a({ 18 });
        QTest::newRow("bare word: inside a word") << "oom" << a({ 18 });
        QTest::newRow("bare word: ignores case") << "ROOM" << a({ 18 });
        QTest::newRow("bare word: the task text, not its owner") << "Alon" << b({ 16 });
        QTest::newRow("bare word: the task text, not the note text") << "zebra" << QStringList();
        QTest::newRow("bare words are ANDed") << "send kushal" << a({ 17 });
        QTest::newRow("negated bare word") << "-the" << c5 + a({ 17, 20, 21, 22 }) + b({ 15, 16 });
        QTest::newRow("quoted phrase") << "\"Send notes\"" << a({ 17 });
        QTest::newRow("quoted phrase keeps its word order") << "\"notes Send\"" << QStringList();
        QTest::newRow("negated quoted phrase") << "-\"Book the\"" << c5 + a({ 17, 19, 20, 21, 22 }) + kAllB;
        QTest::newRow("a quoted dash is text, not a negation") << "\"-the\"" << QStringList();
        QTest::newRow("a quoted key is text") << "\"status:open\"" << QStringList();
        QTest::newRow("a percent sign is literal") << "%" << b({ 16 });
        QTest::newRow("an underscore is literal") << "_" << b({ 16 });
        QTest::newRow("terms of every kind are ANDed")
            << "status:open person:\"Alon Horev\" tag:apollo due:2025-11" << a({ 17, 19 });
        QTest::newRow("each further term narrows")
            << "status:open person:\"Alon Horev\" tag:apollo due:2025-11 owner:\"Alon Horev\" kushal" << a({ 17 });
    }

    void tasks()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto query = parse(text);
        QVERIFY(query);
        Search search(m_index->database());
        const auto hits = search.tasks(*query);
        QVERIFY2(hits, qPrintable(search.error()));
        QStringList got;
        for (const Search::TaskHit &hit : *hits)
            got.append(t(hit.path, hit.task.line));
        QCOMPARE(got, expected);
    }

    void notes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // in path order
        const QString A = QStringLiteral("a.md");
        const QString B = QStringLiteral("b.md");
        QTest::newRow("empty query lists every note") << "" << QStringList { C, N, A, B };
        QTest::newRow("full text: a whole word") << "zebra" << QStringList { C, A };
        QTest::newRow("full text: a bare word is a prefix") << "zeb" << QStringList { C, A };
        QTest::newRow("full text: the prefix reaches longer words") << "apollo" << QStringList { C, A, B };
        QTest::newRow("full text: a quoted word is matched whole") << "\"apollo\"" << QStringList { A, B };
        QTest::newRow("full text: the title counts") << "customer" << QStringList { B };
        QTest::newRow("full text: ignores case") << "ZEBRA" << QStringList { C, A };
        QTest::newRow("full text: folds diacritics") << "cafe" << QStringList { N };
        QTest::newRow("full text: words are ANDed") << "zebra falcon" << QStringList { A };
        QTest::newRow("full text: negated") << "-zebra" << QStringList { N, B };
        QTest::newRow("full text: a quoted phrase") << "\"zebra crossing\"" << QStringList { C, A };
        QTest::newRow("full text: a quoted phrase keeps its order") << "\"crossing zebra\"" << QStringList();
        QTest::newRow("full text: a quoted dash is not a negation") << "\"-zebra\"" << QStringList { C, A };
        QTest::newRow("full text: a quoted key is a phrase") << "\"type:people\"" << QStringList();
        QTest::newRow("full text: punctuation alone matches nothing") << "*" << QStringList();
        QTest::newRow("person: a participant") << "person:\"Priya Patel\"" << QStringList { B };
        QTest::newRow("person: a task owner puts the note in") << "person:\"Bob Smith\"" << QStringList { A };
        QTest::newRow("person: participant or owner") << "person:\"Alon Horev\"" << QStringList { A, B };
        QTest::newRow("owner: a task owner") << "owner:\"Priya Patel\"" << QStringList { B };
        QTest::newRow("tag: a note tag, nested, or inline") << "tag:apollo" << QStringList { A };
        QTest::newRow("tag: the nested tag itself") << "tag:apollo/storage" << QStringList { A };
        QTest::newRow("tag: not a longer tag") << "tag:apollois" << QStringList();
        QTest::newRow("type:") << "type:people" << QStringList { A };
        QTest::newRow("negated type keeps notes without one") << "-type:people" << QStringList { C, N, B };
        QTest::newRow("status: a note with a proposed task") << "status:proposed" << QStringList { A };
        QTest::newRow("status: open") << "status:open" << QStringList { C, A, B };
        QTest::newRow("negated status: notes without an open task") << "-status:open" << QStringList { N };
        QTest::newRow("due: overdue") << "due:overdue" << QStringList { C, A };
        QTest::newRow("after:") << "after:2025-10-28" << QStringList { B };
        QTest::newRow("before:") << "before:2025-10-28" << QStringList { C };
        QTest::newRow("negated after keeps notes without a date") << "-after:2025-10-28" << QStringList { C, N, A };
        QTest::newRow("full text and keys together") << "apollo type:customer" << QStringList { B };
    }

    void notes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto query = parse(text);
        QVERIFY(query);
        Search search(m_index->database());
        const auto rows = search.notes(*query);
        QVERIFY2(rows, qPrintable(search.error()));
        QStringList got;
        for (const Search::NoteRow &row : *rows)
            got.append(row.path);
        QCOMPARE(got, expected);
    }

    void limits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // empty when the query is accepted
        const qsizetype length = Query::kMaxLength;
        const qsizetype terms = Query::kMaxTerms;
        const auto tooLong = [](qsizetype n) {
            return QStringLiteral("the query is too long (%1 characters; at most %2)")
                .arg(n)
                .arg(Query::kMaxLength);
        };
        const auto tooMany = [](qsizetype n) {
            return QStringLiteral("the query has too many terms (%1; at most %2)")
                .arg(n)
                .arg(Query::kMaxTerms);
        };
        QTest::newRow("length: one word at the limit") << QString(length, u'a') << QString();
        QTest::newRow("length: one word over the limit")
            << QString(length + 1, u'a') << tooLong(length + 1);
        QTest::newRow("length: 100 KB in one word") << QString(102400, u'a') << tooLong(102400);
        QTest::newRow("length: 100 KB in one phrase")
            << u'"' + QString(102398, u'a') + u'"' << tooLong(102400);
        QTest::newRow("length: blanks count")
            << QString(length, u' ') + u'a' << tooLong(length + 1);
        QTest::newRow("length: an unclosed quote past the limit")
            << u'"' + QString(length, u'a') << tooLong(length + 1);
        QTest::newRow("terms: at the limit") << repeated(QStringLiteral("a"), terms) << QString();
        QTest::newRow("terms: one over the limit")
            << repeated(QStringLiteral("a"), terms + 1) << tooMany(terms + 1);
        QTest::newRow("terms: 15,000 words")
            << repeated(QStringLiteral("word"), 15000) << tooMany(15000);
        QTest::newRow("terms: keys and negations count")
            << repeated(QStringLiteral("-tag:x"), terms) + QStringLiteral(" owner:y")
            << tooMany(terms + 1);
        QTest::newRow("terms: an empty phrase counts")
            << repeated(QStringLiteral("\"\""), terms + 1) << tooMany(terms + 1);
        QTest::newRow("terms: a phrase of many words is one term")
            << u'"' + repeated(QStringLiteral("a"), terms + 1) + u'"' << QString();
    }

    void limits()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString problem;
        const auto query = Query::parse(text, &problem, kToday);
        QCOMPARE(problem, error);
        QCOMPARE(query.has_value(), error.isEmpty());
    }

    // The largest query allowed, of every kind of term, runs through SQLite ("Expression tree is
    // too large" and "too many SQL variables" are what a longer one would risk), and finds what its
    // distinct terms, asked once each, find.
    void largestQueryRuns_data()
    {
        // The terms, repeated in turn up to the term limit; what the query must find, if not only
        // what its terms asked once each find.
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("tasks");
        QTest::addColumn<QStringList>("notes");
        const QStringList every { "send", "\"to Kushal\"", "person:\"Alon Horev\"",
            "owner:\"alon horev\"", "tag:#apollo", "type:people", "status:open", "status:todo",
            "due:2025-11", "due:2025-11-01..2025-11-30", "due:<=2025-11-03", "due:>2025-10",
            "due:overdue", "due:any", "after:2025-09", "before:2025-11", "path:a.md",
            "-\"quarterly budget\"", "-tag:azure", "-person:\"Priya Patel\"", "-owner:Zed",
            "-type:customer", "-due:2026", "-due:2024-01..2024-12", "-after:2025-10-28",
            "-path:Notes", "-zebraish", "kushal" };
        QTest::newRow("every kind of term, all true of one task")
            << every << a({ 17 }) << QStringList { "a.md" };
        // Short values, so that the term limit is reached before the length limit.
        const auto row = [](const char *name, const QStringList &kinds) {
            QTest::newRow(name) << kinds << QStringList() << QStringList();
        };
        row("words and phrases", { "q", "\"q r\"" });
        row("negated words and phrases", { "-q", "-\"q r\"" });
        row("person: and owner:", { "person:q", "owner:q" });
        row("negated person: and owner:", { "-person:q", "-owner:q" });
        row("tag: and type:", { "tag:q", "type:q" });
        row("negated tag: and type:", { "-tag:q", "-type:q" });
        row("status:", { "status:open", "status:todo" });
        row("negated status:", { "-status:open", "-status:done" });
        row("due: ranges", { "due:2025..2026", "due:<2026" });
        row("negated due: ranges", { "-due:2025..2026", "-due:<2025" });
        row("negated due: words", { "-due:week", "-due:overdue", "-due:none" });
        row("negated after: and before:", { "-after:2000", "-before:2999" });
        row("path:", { "path:a" });
        row("is:", { "is:blocked", "is:blocking" });
        row("negated is:", { "-is:blocked", "-is:blocking" });
        row("negated path:", { "-path:q" });
    }

    void largestQueryRuns()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, tasks);
        QFETCH(QStringList, notes);
        QStringList terms;
        for (qsizetype i = 0; i < Query::kMaxTerms; ++i)
            terms.append(kinds.at(i % kinds.size()));
        QString text = terms.join(u' ');
        QVERIFY2(text.size() <= Query::kMaxLength, qPrintable(QString::number(text.size())));
        text += QString(Query::kMaxLength - text.size(), u' ');
        const auto query = parse(text);
        const auto once = parse(kinds.join(u' '));
        QVERIFY(query && once);
        QCOMPARE(query->terms().size(), Query::kMaxTerms);

        Search search(m_index->database());
        const auto taskLines = [&](const Query &q) -> std::optional<QStringList> {
            const auto hits = search.tasks(q);
            if (!hits)
                return std::nullopt;
            QStringList got;
            for (const Search::TaskHit &hit : *hits)
                got.append(t(hit.path, hit.task.line));
            return got;
        };
        const auto gotTasks = taskLines(*query);
        QVERIFY2(gotTasks, qPrintable(search.error()));
        QCOMPARE(*gotTasks, taskLines(*once).value_or(QStringList { QStringLiteral("error") }));
        QVERIFY(tasks.isEmpty() || *gotTasks == tasks);
        for (const Search::Order order :
            { Search::Order::Path, Search::Order::DateDescending, Search::Order::Title }) {
            const auto notePaths = [&](const Query &q) -> std::optional<QStringList> {
                const auto rows = search.notes(q, order);
                if (!rows)
                    return std::nullopt;
                QStringList got;
                for (const Search::NoteRow &row : *rows)
                    got.append(row.path);
                return got;
            };
            const auto gotNotes = notePaths(*query);
            QVERIFY2(gotNotes, qPrintable(search.error()));
            QCOMPARE(*gotNotes, notePaths(*once).value_or(QStringList { QStringLiteral("error") }));
            QVERIFY(notes.isEmpty() || *gotNotes == notes);
        }
        core::DecisionLog log(m_index->database());
        core::DecisionLog::Cursor cursor;
        QVERIFY2(log.read(*query, QString(), cursor,
                     [](QList<core::DecisionLog::Entry> &&) { return true; }),
            qPrintable(log.error()));
    }

    // One term as long as a query may be, of characters that grow in the SQL: LIKE escapes and
    // three-byte UTF-8 (SQLite caps a LIKE pattern at 50,000 bytes).
    void longestTermRuns_data()
    {
        QTest::addColumn<QString>("key"); // the term is key + a value filling the query
        for (const char *key : { "", "-", "person:", "owner:", "tag:", "type:", "path:", "-tag:" })
            QTest::newRow(*key ? key : "a word") << QString::fromLatin1(key);
        QTest::newRow("a quoted phrase") << QStringLiteral("\"");
    }

    void longestTermRuns()
    {
        QFETCH(QString, key);
        const QString unit = QStringLiteral("%_\\\u20ac");
        QString text = key;
        while (text.size() < Query::kMaxLength)
            text += unit.at(text.size() % unit.size());
        if (key == u"\"")
            text.back() = u'"';
        const auto query = parse(text);
        QVERIFY(query);
        QCOMPARE(query->terms().size(), 1);
        Search search(m_index->database());
        const auto hits = search.tasks(*query);
        QVERIFY2(hits, qPrintable(search.error()));
        QCOMPARE(hits->size(), key.startsWith(u'-') ? 10 : 0);
        const auto rows = search.notes(*query);
        QVERIFY2(rows, qPrintable(search.error()));
        QCOMPARE(rows->size(), key.startsWith(u'-') ? 4 : 0);
    }

    void todayComesFromTheCaller()
    {
        Search search(m_index->database());
        const auto later = Query::parse(QStringLiteral("due:overdue"), nullptr, QDate(2025, 11, 13));
        QVERIFY(later);
        const auto hits = search.tasks(*later);
        QVERIFY(hits);
        QStringList got;
        for (const Search::TaskHit &hit : *hits)
            got.append(t(hit.path, hit.task.line));
        QCOMPARE(got, QStringList { t(C, 5) } + a({ 17, 22 }) + b({ 15 }));
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
