// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/clioutput.h"
#include "core/views/peopledirectory.h"
#include "viewsfixture.h"

#include <QTest>

using core::CliOutput;
using core::Identity;
using core::DecisionLog;
using core::PeopleDirectory;

namespace {

Identity jason()
{
    Identity identity;
    identity.aliases = QStringList { QStringLiteral("Jason Vallery") };
    return identity;
}

// Four notes: two with Alon (one undated), a group meeting, and one with Bob alone.
bool writeVault(const TestVault &vault)
{
    return vault.write(QStringLiteral("Meetings/alon-1.md"), QByteArrayLiteral(R"(---
title: Alon 1
date: '2025-10-01'
participants:
- Jason Vallery
- Alon Horev
---

## Action Items

- [ ] Draft the Apollo plan @Myself
- [ ] Send the cost model @Alon Horev
- [x] Book the room @Alon Horev
- [?] Ask Kushal about MAI @Myself

## Decisions

- Apollo comes first.
)")) && vault.write(QStringLiteral("Meetings/group.md"), QByteArrayLiteral(R"(---
title: Group
date: '2025-10-15'
participants:
- Jason Vallery
- alon horev
- Bob Smith
---

## Action Items

- [/] Review the budget @Myself
- [-] Drop the old plan @Myself
- [>] Forward the deck @Bob Smith

## Decisions

- The budget is frozen.
)")) && vault.write(QStringLiteral("Meetings/bob.md"), QByteArrayLiteral(R"(---
title: Bob
date: '2025-09-01'
participants:
- Bob Smith
---

## Action Items

- [ ] Hire a contractor @Carol Jones
)")) && vault.write(QStringLiteral("Notes/alon-undated.md"), QByteArrayLiteral(R"(---
title: Undated
participants:
- Alon Horev
---

## Decisions

- An undated decision.
)"));
}

QStringList texts(const QList<core::Search::TaskHit> &hits)
{
    QStringList out;
    for (const auto &hit : hits)
        out.append(hit.task.text);
    return out;
}

} // namespace

class TestPeopleDirectory : public QObject
{
    Q_OBJECT

private:
    views::IndexedVault m_vault;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(writeVault(m_vault.vault()));
        QVERIFY(m_vault.index());
    }

    void directory_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isMe");
        QTest::addColumn<int>("meetings");
        QTest::addColumn<QString>("lastMeeting");
        QTest::addColumn<int>("openOwned");
        QTest::addColumn<int>("openMineWithThem");
        QTest::newRow("participant in three notes, spelled two ways, one undated")
            << QStringLiteral("Alon Horev") << false << 3 << QStringLiteral("2025-10-15") << 1 << 3;
        QTest::newRow("participant whose forwarded task counts as open")
            << QStringLiteral("Bob Smith") << false << 2 << QStringLiteral("2025-10-15") << 1 << 1;
        QTest::newRow("task owner who is in no meeting")
            << QStringLiteral("Carol Jones") << false << 0 << QString() << 1 << 0;
        QTest::newRow("me: Myself as owner, my alias as participant; done and cancelled are not open")
            << QStringLiteral("Myself") << true << 2 << QStringLiteral("2025-10-15") << 3 << 3;
    }

    void directory()
    {
        QFETCH(QString, name);
        QFETCH(bool, isMe);
        QFETCH(int, meetings);
        QFETCH(QString, lastMeeting);
        QFETCH(int, openOwned);
        QFETCH(int, openMineWithThem);
        PeopleDirectory directory(m_vault.db(), jason());
        const auto people = directory.people();
        QVERIFY2(people, qPrintable(directory.error()));
        const auto person = std::find_if(people->cbegin(), people->cend(), [&](const auto &p) { return p.name == name; });
        QVERIFY2(person != people->cend(), qPrintable(name));
        QCOMPARE(person->isMe, isMe);
        QCOMPARE(person->meetings, meetings);
        QCOMPARE(person->lastMeeting.value_or(QString()), lastMeeting);
        QCOMPARE(person->openOwned, openOwned);
        QCOMPARE(person->openMineWithThem, openMineWithThem);
    }

    void everyoneOnceSortedByName()
    {
        PeopleDirectory directory(m_vault.db(), jason());
        const auto people = directory.people();
        QVERIFY(people);
        QStringList names;
        for (const auto &person : *people)
            names.append(person.name);
        QCOMPARE(names, (QStringList { "Alon Horev", "Bob Smith", "Carol Jones", "Myself" }));
    }

    void withoutAliasesMyNameIsSomeoneElse()
    {
        PeopleDirectory directory(m_vault.db());
        const auto people = directory.people();
        QVERIFY(people);
        QCOMPARE(people->size(), 5);
        const auto jasonVallery = std::find_if(people->cbegin(), people->cend(),
                                               [](const auto &p) { return p.name == u"Jason Vallery"; });
        QVERIFY(jasonVallery != people->cend());
        QVERIFY(!jasonVallery->isMe);
        QCOMPARE(jasonVallery->meetings, 2);
        QCOMPARE(jasonVallery->openMineWithThem, 3);
        const auto myself = std::find_if(people->cbegin(), people->cend(), [](const auto &p) { return p.isMe; });
        QVERIFY(myself != people->cend());
        QCOMPARE(myself->name, QStringLiteral("Myself"));
        QCOMPARE(myself->meetings, 0);
        QCOMPARE(myself->openOwned, 3);
    }

    // One note names me twice (Myself and my alias), another names only my alias: one row, and
    // that note, and my task in it, count once.
    void meAndMyAliasInOneMeetingCountOnce_data()
    {
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("myMeetings");
        QTest::addColumn<int>("myTasksWithMe");
        QTest::newRow("with the alias: one me, two meetings")
            << QStringList { QStringLiteral("Jason Vallery") } << 2 << 2 << 2;
        QTest::newRow("alias twice in other spellings")
            << QStringList { QStringLiteral("jason vallery"), QStringLiteral("[[Jason Vallery]]") }
            << 2 << 2 << 2;
        QTest::newRow("without it: two people") << QStringList() << 3 << 1 << 1;
    }

    void meAndMyAliasInOneMeetingCountOnce()
    {
        QFETCH(QStringList, aliases);
        QFETCH(int, rows);
        QFETCH(int, myMeetings);
        QFETCH(int, myTasksWithMe);
        views::IndexedVault both;
        QVERIFY(both.vault().write(QStringLiteral("both.md"), QByteArrayLiteral(R"(---
date: '2025-10-02'
participants:
- Myself
- Jason Vallery
- Alon Horev
---

- [ ] Draft the plan @Myself
- [x] Book the room @Jason Vallery
)")));
        QVERIFY(both.vault().write(QStringLiteral("alias.md"), QByteArrayLiteral(R"(---
date: '2025-10-09'
participants:
- Jason Vallery
---

- [ ] Send the deck @Myself
)")));
        QVERIFY(both.index());
        Identity identity;
        identity.aliases = aliases;
        PeopleDirectory directory(both.db(), identity);
        const auto people = directory.people();
        QVERIFY2(people, qPrintable(directory.error()));
        QCOMPARE(people->size(), rows);
        const auto me
            = std::find_if(people->cbegin(), people->cend(), [](const auto &p) { return p.isMe; });
        QVERIFY(me != people->cend());
        QCOMPARE(me->name, QStringLiteral("Myself"));
        QCOMPARE(me->meetings, myMeetings);
        QCOMPARE(me->openMineWithThem, myTasksWithMe);
        QCOMPARE(me->openOwned, 2);
        QCOMPARE(me->lastMeeting.value_or(QString()),
            aliases.isEmpty() ? QStringLiteral("2025-10-02") : QStringLiteral("2025-10-09"));
        const auto page = directory.page(QStringLiteral("Myself"));
        QVERIFY2(page, qPrintable(directory.error()));
        QCOMPARE(page->meetingCount, myMeetings);
    }

    void pageOfAPerson()
    {
        PeopleDirectory directory(m_vault.db(), jason());
        const auto page = directory.page(QStringLiteral("alon horev"));
        QVERIFY2(page, qPrintable(directory.error()));
        QVERIFY(!page->isMe);
        QStringList meetings;
        for (const auto &meeting : page->meetings)
            meetings.append(meeting.path + u' ' + meeting.date.value_or(QStringLiteral("-")));
        QCOMPARE(meetings, (QStringList { "Meetings/group.md 2025-10-15", "Meetings/alon-1.md 2025-10-01",
                                          "Notes/alon-undated.md -" }));
        QCOMPARE(texts(page->theyOwe), QStringList { "Send the cost model" });
        QCOMPARE(texts(page->iOwe), (QStringList { "Review the budget", "Draft the Apollo plan", "Ask Kushal about MAI" }));
        QCOMPARE(page->meetingCount, 3);
        QCOMPARE(page->theyOweCount, 1);
        QCOMPARE(page->iOweCount, 3);
        QStringList days;
        for (const auto &meeting : page->days)
            days.append(meeting.path);
        QCOMPARE(days, (QStringList { "Meetings/group.md", "Meetings/alon-1.md" }));
        const auto entries = DecisionLog(m_vault.db()).entries(page->meetingFilter);
        QVERIFY(entries);
        QStringList decisions;
        for (const auto &decision : *entries)
            decisions.append(decision.text);
        QCOMPARE(decisions, (QStringList { "The budget is frozen.", "Apollo comes first.", "An undated decision." }));
    }

    // The lists hold the newest few; the counts are of all of them.
    void pageWithinLimits()
    {
        PeopleDirectory directory(m_vault.db(), jason());
        const auto all = directory.page(QStringLiteral("Alon Horev"));
        QVERIFY2(all, qPrintable(directory.error()));
        const auto page = directory.page(QStringLiteral("Alon Horev"), PeopleDirectory::Limits { 1, 2 });
        QVERIFY2(page, qPrintable(directory.error()));
        QCOMPARE(page->meetings.size(), 1);
        QCOMPARE(page->meetings.first().path, all->meetings.first().path);
        QCOMPARE(page->meetingCount, 3);
        QCOMPARE(page->days.size(), all->days.size());
        QCOMPARE(texts(page->iOwe), texts(all->iOwe).mid(0, 2));
        QCOMPARE(page->iOweCount, 3);
        QCOMPARE(page->theyOweCount, 1);
        int overdue = 0;
        const QDate today(2025, 11, 1);
        const auto dated = directory.page(QStringLiteral("Alon Horev"), PeopleDirectory::Limits(), today);
        for (const auto &list : { dated->theyOwe, dated->iOwe }) {
            for (const auto &hit : list)
                overdue += hit.task.due && QDate::fromString(hit.task.due->left(10), Qt::ISODate) < today ? 1 : 0;
        }
        QCOMPARE(dated->overdue, overdue);
    }

    void pageOfMeByAnyOfMyNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("me") << QStringLiteral("Myself");
        QTest::newRow("my alias, lower case") << QStringLiteral("jason vallery");
        QTest::newRow("my alias as a wikilink") << QStringLiteral("[[Jason Vallery]]");
    }

    void pageOfMeByAnyOfMyNames()
    {
        QFETCH(QString, name);
        PeopleDirectory directory(m_vault.db(), jason());
        const auto page = directory.page(name);
        QVERIFY2(page, qPrintable(directory.error()));
        QVERIFY(page->isMe);
        QCOMPARE(page->name, QStringLiteral("Myself"));
        QCOMPARE(page->meetings.size(), 2);
        QCOMPARE(page->theyOwe.size(), 3);
    }

    void pageOfNobodyFails()
    {
        PeopleDirectory directory(m_vault.db(), jason());
        QVERIFY(!directory.page(QStringLiteral("Nobody Here")));
        QVERIFY2(directory.error().contains(u"Nobody Here"), qPrintable(directory.error()));
        QVERIFY(!directory.page(QString()));
    }

    void seedNotePage()
    {
        views::IndexedVault seed;
        QVERIFY(seed.vault().addSeed());
        QVERIFY(seed.index());
        PeopleDirectory directory(seed.db(), jason());
        const auto page = directory.page(QStringLiteral("Alon Horev"));
        QVERIFY2(page, qPrintable(directory.error()));
        QCOMPARE(page->meetings.size(), 1);
        QCOMPARE(page->theyOwe.size(), 2); // lines 31 and 49, the same action twice
        QCOMPARE(page->iOwe.size(), 16);
        const auto decisions = DecisionLog(seed.db()).entries(page->meetingFilter);
        QVERIFY(decisions);
        QCOMPARE(decisions->size(), 4);
        for (const auto &decision : *decisions)
            QCOMPARE(decision.merged, 2);
    }

    void lines()
    {
        const PeopleDirectory::Person alon { QStringLiteral("Alon Horev"), false, 3, QStringLiteral("2025-10-15"), 1, 3 };
        QCOMPARE(CliOutput::personJson(alon),
                 QByteArray(R"({"name":"Alon Horev","me":false,"meetings":3,"last_meeting":"2025-10-15","open_owned":1,"open_mine_with_them":3})"));
        QCOMPARE(CliOutput::personText(alon),
                 QStringLiteral("Alon Horev: 3 meetings, last 2025-10-15; owns 1 open; I owe 3 from our meetings"));
        const PeopleDirectory::Person carol { QStringLiteral("Carol Jones"), false, 0, {}, 1, 0 };
        QVERIFY(CliOutput::personJson(carol).contains(R"("last_meeting":null)"));
    }
};

QTEST_GUILESS_MAIN(TestPeopleDirectory)
#include "tst_peopledirectory.moc"
