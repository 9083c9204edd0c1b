// SPDX-License-Identifier: GPL-3.0-or-later
// One note's summary for the triage pane: its text, none, an unknown note and a failed read.

#include "core/query/notequeries.h"
#include "queryfixture.h"

#include <QTest>

using core::NoteQueries;

class TestNoteQueries : public QObject
{
    Q_OBJECT

private:
    queries::Vault m_vault;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.build()); }

    void summary()
    {
        NoteQueries queries(m_vault.db());
        QCOMPARE(queries.summary(queries::kApollo),
            std::optional<QString>(QStringLiteral("We agreed on the rollout.")));
        QVERIFY(queries.error().isEmpty());
    }

    void noSummary_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("a note without one") << queries::kAzure;
        QTest::newRow("a note not in the index") << QStringLiteral("nowhere.md");
        QTest::newRow("no path") << QString();
    }

    void noSummary()
    {
        QFETCH(QString, path);
        NoteQueries queries(m_vault.db());
        QVERIFY(!queries.summary(path));
        QVERIFY2(queries.error().isEmpty(), qPrintable(queries.error()));
    }

    void failedRead()
    {
        NoteQueries queries { QSqlDatabase() };
        QVERIFY(!queries.summary(queries::kApollo));
        QVERIFY(queries.error().startsWith(QStringLiteral("cannot read the summary")));
    }
};

QTEST_GUILESS_MAIN(TestNoteQueries)
#include "tst_notequeries.moc"
