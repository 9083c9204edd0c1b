// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting list's reads: ids in date or title order with their sections, the cheap first rows
// of a search (and the window they look at), pages of rows by id, and a note's id by path.

#include "core/index/indexreader.h"
#include "core/query/meetingqueries.h"
#include "core/query/query.h"
#include "queryfixture.h"

#include <QTest>

using core::MeetingQueries;
using queries::kApollo;
using queries::kAzure;
using queries::kIdeas;
using queries::kStandup;

Q_DECLARE_METATYPE(MeetingQueries::Order)

class TestMeetingQueries : public QObject
{
    Q_OBJECT

private:
    queries::Vault m_vault;
    QHash<QString, qint64> m_ids; // path → note id

    core::Query parse(const QString &text) { return *core::Query::parse(text); }

    QStringList paths(const QList<MeetingQueries::Key> &keys) const
    {
        QStringList out;
        for (const MeetingQueries::Key &key : keys)
            out.append(m_ids.key(key.id));
        return out;
    }

    static QList<int> sections(const QList<MeetingQueries::Key> &keys)
    {
        QList<int> out;
        for (const MeetingQueries::Key &key : keys)
            out.append(key.section);
        return out;
    }

    // The two notes of 2025-11-05: the newest indexed first.
    QStringList sameDay() const
    {
        return m_ids.value(kStandup) > m_ids.value(kAzure) ? QStringList { kStandup, kAzure }
                                                           : QStringList { kAzure, kStandup };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_vault.build());
        core::IndexReader reader(m_vault.db());
        for (const QString &path : { kApollo, kAzure, kIdeas, kStandup })
            m_ids.insert(path, reader.noteId(path).value_or(-1));
    }

    void keysByDate()
    {
        MeetingQueries queries(m_vault.db());
        const auto keys = queries.keys(parse({}), MeetingQueries::Order::Date);
        QVERIFY2(keys, qPrintable(queries.error()));
        // Newest first; the note without a date last, in a section of its own.
        QCOMPARE(paths(*keys), (sameDay() + QStringList { kApollo, kIdeas }));
        QCOMPARE(sections(*keys), (QList<int> { 202511, 202511, 202510, -1 }));
    }

    void keysByTitle()
    {
        MeetingQueries queries(m_vault.db());
        const auto keys = queries.keys(parse({}), MeetingQueries::Order::Title);
        QVERIFY(keys);
        QCOMPARE(paths(*keys), (QStringList { kIdeas, kApollo, kAzure, kStandup }));
        // A title that does not start with a letter is filed under '#'.
        QCOMPARE(sections(*keys), (QList<int> { u'#', u'A', u'A', u'S' }));
    }

    void keysOfASearch()
    {
        MeetingQueries queries(m_vault.db());
        const auto keys = queries.keys(
            parse(QStringLiteral("person:\"Alon Horev\"")), MeetingQueries::Order::Date);
        QVERIFY(keys);
        QCOMPARE(paths(*keys), (QStringList { kAzure, kApollo }));
        const auto none
            = queries.keys(parse(QStringLiteral("type:nothing")), MeetingQueries::Order::Title);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void prefix_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<MeetingQueries::Order>("order");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("expected"); // rows: the first ones of keys()
        QTest::newRow("the first rows")
            << QString() << MeetingQueries::Order::Date << 2 << 4096 << 2;
        QTest::newRow("fewer than the limit")
            << QString() << MeetingQueries::Order::Date << 10 << 4096 << 4;
        QTest::newRow("outside the date window")
            << QStringLiteral("type:people") << MeetingQueries::Order::Date << 10 << 2 << 0;
        QTest::newRow("inside the date window")
            << QStringLiteral("type:people") << MeetingQueries::Order::Date << 10 << 3 << 1;
        QTest::newRow("title order has no window")
            << QStringLiteral("type:people") << MeetingQueries::Order::Title << 10 << 1 << 1;
        QTest::newRow("by title") << QString() << MeetingQueries::Order::Title << 3 << 1 << 3;
    }

    void prefix()
    {
        QFETCH(QString, query);
        QFETCH(MeetingQueries::Order, order);
        QFETCH(int, limit);
        QFETCH(int, window);
        QFETCH(int, expected);
        MeetingQueries queries(m_vault.db());
        const auto prefix = queries.prefix(parse(query), order, limit, window);
        QVERIFY2(prefix, qPrintable(queries.error()));
        const auto keys = queries.keys(parse(query), order);
        QVERIFY(keys);
        QCOMPARE(prefix->keys, keys->mid(0, expected));
        QCOMPARE(prefix->rows.size(), qsizetype(expected));
        for (int i = 0; i < expected; ++i)
            QCOMPARE(prefix->rows.at(i).id, prefix->keys.at(i).id);
    }

    void rows()
    {
        MeetingQueries queries(m_vault.db());
        const auto rows = queries.rows(
            { m_ids.value(kIdeas), 987654321, m_ids.value(kApollo), m_ids.value(kAzure) });
        QVERIFY2(rows, qPrintable(queries.error()));
        QCOMPARE(rows->size(), qsizetype(3)); // the unknown id is left out
        const core::Search::NoteRow &ideas = rows->at(0);
        QCOMPARE(ideas.path, kIdeas);
        QCOMPARE(ideas.title, QStringLiteral("42 ideas"));
        QVERIFY(!ideas.date);
        QVERIFY(!ideas.type);
        QCOMPARE(ideas.taskCount, 1);
        const core::Search::NoteRow &apollo = rows->at(1);
        QCOMPARE(apollo.path, kApollo);
        QCOMPARE(apollo.date, std::optional<QString>(QStringLiteral("2025-10-28")));
        QCOMPARE(apollo.type, std::optional<QString>(QStringLiteral("people")));
        QCOMPARE(apollo.taskCount, 5);
        QCOMPARE(apollo.openCount, 4); // proposed ones included
        QCOMPARE(apollo.proposedCount, 1);
        QVERIFY(!apollo.hasWarnings);
        const core::Search::NoteRow &azure = rows->at(2);
        QCOMPARE(azure.path, kAzure);
        QCOMPARE(azure.taskCount, 3);
        QCOMPARE(azure.openCount, 2);
        QCOMPARE(azure.proposedCount, 0);
        const auto none = queries.rows({});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void idOfPath()
    {
        MeetingQueries queries(m_vault.db());
        QCOMPARE(queries.idOfPath(kAzure), std::optional<qint64>(m_ids.value(kAzure)));
        QVERIFY(!queries.idOfPath(QStringLiteral("nowhere.md")));
        QVERIFY(queries.error().isEmpty());
    }

    void failedReads()
    {
        MeetingQueries queries { QSqlDatabase() };
        QVERIFY(!queries.keys(parse({}), MeetingQueries::Order::Date));
        QVERIFY(queries.error().startsWith(QStringLiteral("cannot search")));
        QVERIFY(!queries.prefix(parse({}), MeetingQueries::Order::Title, 10, 10));
        QVERIFY(!queries.rows({ 1 }));
        QVERIFY(queries.error().startsWith(QStringLiteral("cannot read the meeting list")));
        QVERIFY(!MeetingQueries { QSqlDatabase() }.idOfPath(kAzure));
    }
};

QTEST_GUILESS_MAIN(TestMeetingQueries)
#include "tst_meetingqueries.moc"
