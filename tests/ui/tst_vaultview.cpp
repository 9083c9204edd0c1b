// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the vault-wide views, through a probe that counts its reads: a hidden view reads
// nothing and is stale until it is shown (then it reads once); the search field's query is taken
// only when it parses, the last good one kept; the shared signals reach whoever listens to the
// base.

#include "ui/session/vaultview.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

// A vault-wide view that reads nothing: it counts its reads, and a test says when one is done.
class ProbeView final : public ui::VaultView
{
    Q_OBJECT
public:
    ProbeView()
        : VaultView(nullptr, nullptr)
    {
        setObjectName(QStringLiteral("probeView"));
        resize(200, 100);
    }

    int reloads = 0;
    QString readQuery; // query() when the last read began
    QList<bool> queries; // `changed` of every query taken
    bool reading = false;

    void finishReading()
    {
        reading = false;
        Q_EMIT loaded();
    }
    void open(const QString &path) { Q_EMIT openMeeting(path); }
    void ask(const QString &query) { Q_EMIT queryRequested(query); }

protected:
    void reload() override
    {
        ++reloads;
        readQuery = query();
        reading = true;
    }
    bool isReading() const override { return reading; }
    void queryChanged(bool changed) override
    {
        queries.append(changed);
        VaultView::queryChanged(changed);
    }
};

} // namespace

class tst_VaultView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenViewIsStaleUntilShown();
    void refreshOnScreenReadsAtOnce();
    void queryChangedWhileHiddenIsReadWhenShown();
    void invalidQueryKeepsTheLastGoodOne_data();
    void invalidQueryKeepsTheLastGoodOne();
    void sameQueryAgainIsNotReadAgain();
    void sharedSignalsAreTheBaseClasses();

private:
    static bool showAndRead(ProbeView &view);
};

// Shown, and its first read done.
bool tst_VaultView::showAndRead(ProbeView &view)
{
    view.show();
    if (!QTest::qWaitForWindowExposed(&view) || view.reloads != 1)
        return false;
    view.finishReading();
    return true;
}

void tst_VaultView::hiddenViewIsStaleUntilShown()
{
    ProbeView view;
    QVERIFY(view.isLoading()); // nothing read yet
    view.refresh();
    view.refresh();
    QCOMPARE(view.reloads, 0);
    QVERIFY(view.isLoading());
    QSignalSpy loaded(&view, &ui::VaultView::loaded);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.reloads, 1); // two refreshes while hidden: one read
    QVERIFY(view.isLoading());
    view.finishReading();
    QVERIFY(!view.isLoading());
    QCOMPARE(loaded.count(), 1);
    // Shown again without a refresh in between: nothing to read.
    view.hide();
    view.show();
    QCOMPARE(view.reloads, 1);
    QVERIFY(!view.isLoading());
    // A refresh while hidden waits for the view to be shown.
    view.hide();
    view.refresh();
    QCOMPARE(view.reloads, 1);
    QVERIFY(view.isLoading());
    view.show();
    QCOMPARE(view.reloads, 2);
}

void tst_VaultView::refreshOnScreenReadsAtOnce()
{
    ProbeView view;
    QVERIFY(showAndRead(view));
    QCOMPARE(view.reloads, 1);
    view.refresh();
    QCOMPARE(view.reloads, 2);
    QVERIFY(view.isLoading());
    view.finishReading();
    QVERIFY(!view.isLoading());
}

void tst_VaultView::queryChangedWhileHiddenIsReadWhenShown()
{
    ProbeView view;
    QVERIFY(showAndRead(view));
    view.hide();
    view.setQuery(QStringLiteral("tag:apollo"));
    QCOMPARE(view.query(), QStringLiteral("tag:apollo"));
    QCOMPARE(view.reloads, 1);
    QVERIFY(view.isLoading());
    view.show();
    QCOMPARE(view.reloads, 2);
    QCOMPARE(view.readQuery, QStringLiteral("tag:apollo"));
}

void tst_VaultView::invalidQueryKeepsTheLastGoodOne_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("after: not a date") << QStringLiteral("after:notadate");
    QTest::newRow("due: an unknown word") << QStringLiteral("due:someday");
    QTest::newRow("a key without a value") << QStringLiteral("tag:");
    QTest::newRow("person: of an empty phrase") << QStringLiteral("person:\"\"");
}

void tst_VaultView::invalidQueryKeepsTheLastGoodOne()
{
    QFETCH(QString, query);
    ProbeView view;
    QVERIFY(showAndRead(view));
    view.setQuery(QStringLiteral("person:\"Priya Patel\""));
    QCOMPARE(view.reloads, 2);
    view.finishReading();
    view.setQuery(query);
    QCOMPARE(view.query(), QStringLiteral("person:\"Priya Patel\""));
    QCOMPARE(view.reloads, 2);
    QCOMPARE(view.queries, QList<bool> { true }); // the view never heard of it
    QVERIFY(!view.isLoading());
}

void tst_VaultView::sameQueryAgainIsNotReadAgain()
{
    ProbeView view;
    QVERIFY(showAndRead(view));
    view.setQuery(QStringLiteral("tag:apollo"));
    view.finishReading();
    view.setQuery(QStringLiteral("tag:apollo"));
    QCOMPARE(view.reloads, 2);
    // The view is told, for those that act on the same query again (People selects the person).
    QCOMPARE(view.queries, (QList<bool> { true, false }));
    view.setQuery(QString()); // an empty query is valid: every note
    QCOMPARE(view.query(), QString());
    QCOMPARE(view.reloads, 3);
}

void tst_VaultView::sharedSignalsAreTheBaseClasses()
{
    ProbeView view;
    QSignalSpy open(&view, &ui::VaultView::openMeeting);
    QSignalSpy asked(&view, &ui::VaultView::queryRequested);
    view.open(QStringLiteral("Meetings/2025-01-10 Apollo kickoff.md"));
    view.ask(QStringLiteral("person:\"Priya Patel\""));
    QCOMPARE(open.count(), 1);
    QCOMPARE(
        open.first().first().toString(), QStringLiteral("Meetings/2025-01-10 Apollo kickoff.md"));
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("person:\"Priya Patel\""));
}

QTEST_MAIN(tst_VaultView)
#include "tst_vaultview.moc"
