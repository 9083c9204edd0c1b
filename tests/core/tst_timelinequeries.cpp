// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's read: meetings per day for a search, undated notes left out.

#include "core/query/query.h"
#include "core/query/timelinequeries.h"
#include "queryfixture.h"

#include <QTest>

using core::TimelineQueries;

class TestTimelineQueries : public QObject
{
    Q_OBJECT

private:
    queries::Vault m_vault;

    std::optional<QMap<QDate, int>> counts(const QString &query)
    {
        TimelineQueries queries(m_vault.db());
        auto counts = queries.countsPerDay(*core::Query::parse(query));
        if (!counts)
            qWarning("%s", qPrintable(queries.error()));
        return counts;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.build()); }

    void countsPerDay_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("days"); // day=count
        // The undated note is never counted; two meetings on one day are.
        QTest::newRow("every note")
            << QString()
            << QStringList { QStringLiteral("2025-10-28=1"), QStringLiteral("2025-11-05=2") };
        QTest::newRow("a search") << QStringLiteral("type:customer")
                                  << QStringList { QStringLiteral("2025-11-05=1") };
        QTest::newRow("only the undated note") << QStringLiteral("ideas") << QStringList();
        QTest::newRow("nothing") << QStringLiteral("type:nothing") << QStringList();
        QTest::newRow("a date range")
            << QStringLiteral("after:2025-11-01") << QStringList { QStringLiteral("2025-11-05=2") };
    }

    void countsPerDay()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, days);
        const auto found = counts(query);
        QVERIFY(found);
        QStringList got;
        for (auto it = found->cbegin(); it != found->cend(); ++it)
            got.append(it.key().toString(Qt::ISODate) + u'=' + QString::number(it.value()));
        QCOMPARE(got, days);
    }

    void failedRead()
    {
        TimelineQueries queries { QSqlDatabase() };
        QVERIFY(!queries.countsPerDay(*core::Query::parse(QString())));
        QVERIFY(queries.error().startsWith(QStringLiteral("cannot count meetings")));
    }
};

QTEST_GUILESS_MAIN(TestTimelineQueries)
#include "tst_timelinequeries.moc"
