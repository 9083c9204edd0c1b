// SPDX-License-Identifier: GPL-3.0-or-later
// One window per vault: a later launch hands its note to the window that has the vault open.
#include "ui/shell/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <chrono>
#include <future>

class tst_SingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void laterLaunchHandsTheNoteOver();
    void nobodyListening();
    void eachVaultHasItsOwnWindow();
    void listeningFollowsTheOpenVault();
    void socketLeftByACrashIsReused();

private:
    // handOver blocks until the window answers, so it runs beside this thread's event loop.
    static bool handOverAsync(const QString &vault, const QString &note, QSignalSpy *spy);

    QTemporaryDir m_runtime;
    QTemporaryDir m_vaults;
};

void tst_SingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid() && m_vaults.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
    for (const char *name : { "a", "b" })
        QVERIFY(QDir(m_vaults.path()).mkpath(QString::fromLatin1(name)));
}

bool tst_SingleInstance::handOverAsync(const QString &vault, const QString &note, QSignalSpy *spy)
{
    auto future = std::async(std::launch::async, &ui::SingleInstance::handOver, vault, note);
    while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready) {
        if (spy)
            spy->wait(50);
        else
            QTest::qWait(50);
    }
    return future.get();
}

void tst_SingleInstance::laterLaunchHandsTheNoteOver()
{
    const QString vault = m_vaults.filePath(QStringLiteral("a"));
    ui::SingleInstance first;
    QVERIFY(first.listen(vault));
    QVERIFY(first.serverName().startsWith(m_runtime.path()));
    QSignalSpy spy(&first, &ui::SingleInstance::noteRequested);
    const QString note = QStringLiteral("Meetings/2025/10/1:1 with Zoë, ünïcode.md");
    QVERIFY(handOverAsync(vault, note, &spy));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), note);
    // No note: the window only comes to the front.
    QVERIFY(handOverAsync(vault + QStringLiteral("/."), QString(), &spy));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QString());
}

void tst_SingleInstance::nobodyListening()
{
    QVERIFY(!handOverAsync(m_vaults.filePath(QStringLiteral("b")), QStringLiteral("x.md"), nullptr));
}

void tst_SingleInstance::eachVaultHasItsOwnWindow()
{
    ui::SingleInstance a;
    ui::SingleInstance b;
    QVERIFY(a.listen(m_vaults.filePath(QStringLiteral("a"))));
    QVERIFY(b.listen(m_vaults.filePath(QStringLiteral("b"))));
    QVERIFY(a.serverName() != b.serverName());
    QSignalSpy spyA(&a, &ui::SingleInstance::noteRequested);
    QSignalSpy spyB(&b, &ui::SingleInstance::noteRequested);
    QVERIFY(handOverAsync(m_vaults.filePath(QStringLiteral("b")), QStringLiteral("n.md"), &spyB));
    QCOMPARE(spyB.count(), 1);
    QCOMPARE(spyA.count(), 0);
}

void tst_SingleInstance::listeningFollowsTheOpenVault()
{
    ui::SingleInstance window;
    QVERIFY(window.listen(m_vaults.filePath(QStringLiteral("a"))));
    QVERIFY(window.listen(m_vaults.filePath(QStringLiteral("b"))));
    QSignalSpy spy(&window, &ui::SingleInstance::noteRequested);
    QVERIFY(!handOverAsync(m_vaults.filePath(QStringLiteral("a")), QStringLiteral("n.md"), &spy));
    QVERIFY(handOverAsync(m_vaults.filePath(QStringLiteral("b")), QStringLiteral("n.md"), &spy));
    QCOMPARE(spy.count(), 1);
}

void tst_SingleInstance::socketLeftByACrashIsReused()
{
    const QString vault = m_vaults.filePath(QStringLiteral("a"));
    const QString name = ui::SingleInstance::serverNameFor(vault);
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly)); // nobody answers on it
    stale.close();
    ui::SingleInstance window;
    QVERIFY(window.listen(vault));
    QSignalSpy spy(&window, &ui::SingleInstance::noteRequested);
    QVERIFY(handOverAsync(vault, QStringLiteral("n.md"), &spy));
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
