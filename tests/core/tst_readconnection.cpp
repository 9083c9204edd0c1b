// SPDX-License-Identifier: GPL-3.0-or-later
// The background reader's connection: read-only, a small page cache, sorts spilled to a file;
// one connection per instance; closed and opened again on a replaced file.

#include "core/index/readconnection.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "queryfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using core::ReadConnection;

namespace {

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

qint64 noteCount(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM notes")) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

} // namespace

class TestReadConnection : public QObject
{
    Q_OBJECT

private:
    queries::Vault m_vault;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_vault.build()); }

    void readsOnly()
    {
        ReadConnection connection(m_vault.files().indexPath());
        QVERIFY2(connection.open(), qPrintable(connection.error()));
        const QSqlDatabase db = connection.database();
        QVERIFY(db.isOpen());
        QCOMPARE(noteCount(db), qint64(4));
        QCOMPARE(pragma(db, QStringLiteral("query_only")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("cache_size")).toInt(), -16384);
        QCOMPARE(pragma(db, QStringLiteral("temp_store")).toInt(), 1); // FILE
        QCOMPARE(
            pragma(db, QStringLiteral("busy_timeout")).toInt(), ReadConnection::kBusyTimeoutMs);
        QSqlQuery write(db);
        QVERIFY(!write.exec(QStringLiteral("DELETE FROM notes")));
        QCOMPARE(fixture::scalar(m_vault.index(), QStringLiteral("SELECT count(*) FROM notes")),
            qint64(4));
    }

    // person: and owner: call a function of Vaultview's own (core::SqlFunctions): the reader's
    // connection has it too.
    void namesPeopleByAnyPartOfTheName()
    {
        ReadConnection connection(m_vault.files().indexPath());
        QVERIFY2(connection.open(), qPrintable(connection.error()));
        core::Search search(connection.database());
        const auto byFirstName = search.notes(*core::Query::parse(QStringLiteral("person:alon")));
        QVERIFY2(byFirstName, qPrintable(search.error()));
        const auto byFullName
            = search.notes(*core::Query::parse(QStringLiteral("person:\"Alon Horev\"")));
        QVERIFY(byFullName);
        QVERIFY(!byFirstName->isEmpty());
        QCOMPARE(byFirstName->size(), byFullName->size());
    }

    void oneConnectionEach()
    {
        ReadConnection first(m_vault.files().indexPath());
        ReadConnection second(m_vault.files().indexPath());
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(first.database().connectionName() != second.database().connectionName());
        QVERIFY(first.open()); // already open: the same connection
        second.close();
        QVERIFY(!second.database().isValid());
        QCOMPARE(noteCount(first.database()), qint64(4));
    }

    void reopens()
    {
        ReadConnection connection(m_vault.files().indexPath());
        QVERIFY(connection.open());
        const QString name = connection.database().connectionName();
        connection.close();
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(connection.open());
        QCOMPARE(noteCount(connection.database()), qint64(4));
    }

    void gone()
    {
        QString name;
        {
            ReadConnection connection(m_vault.files().indexPath());
            QVERIFY(connection.open());
            name = connection.database().connectionName();
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }

    void unopenedFailsItsQueries()
    {
        TestVault elsewhere;
        // In a folder that does not exist: SQLite cannot open it.
        ReadConnection connection(elsewhere.indexPath() + QStringLiteral("/missing/index.sqlite"));
        QVERIFY(!connection.open());
        QVERIFY(!connection.error().isEmpty());
        QCOMPARE(noteCount(connection.database()), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestReadConnection)
#include "tst_readconnection.moc"
