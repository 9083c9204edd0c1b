// SPDX-License-Identifier: GPL-3.0-or-later
// The command line completes every recurrence vector of Obsidian Tasks' tests and docs (the
// same rows as tst_recurrence) in a real note: the next occurrence above, the completed line with
// its ✅ date, every other byte kept; then undo puts the file back byte for byte.

#include "core/cli/commandline.h"
#include "indexfixture.h"
#include "recurrencecases.h"

#include <QBuffer>
#include <QTest>

using core::CommandLine;
using recurrencecases::Completion;

namespace {

QByteArray field(const char *emoji, const char *date)
{
    return date ? QByteArray(" ") + emoji + ' ' + date : QByteArray();
}

// "- [ ] chore 🔁 RULE 🛫 S ⏳ X 📅 D": only the fields the row sets, in Tasks' order.
QByteArray taskLine(const char *status, const char *rule, const char *start, const char *scheduled,
                    const char *due)
{
    return QByteArray("- [") + status + "] chore 🔁 " + rule + field("🛫", start) + field("⏳", scheduled)
        + field("📅", due);
}

} // namespace

class TestCliRecurrence : public QObject
{
    Q_OBJECT

private:
    static int run(const TestVault &vault, const QStringList &args, QByteArray *errors = nullptr)
    {
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int code = CommandLine(out, err).run(QStringList { QStringLiteral("--index"), vault.indexPath(),
                                                                 QStringLiteral("--journal"),
                                                                 vault.indexPath() + QStringLiteral(".journal") }
                                                   + args);
        if (errors)
            *errors = err.data();
        return code;
    }

private Q_SLOTS:
    void completeAndUndo_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("today");
        const auto add = [](const auto &completions) {
            for (const Completion &c : completions) {
                const char *today = c.today ? c.today : "2023-06-26";
                const QByteArray next = taskLine(" ", c.rule, c.nextStart ? c.nextStart : c.start,
                                                 c.nextScheduled ? c.nextScheduled : c.scheduled,
                                                 c.nextDue ? c.nextDue : c.due);
                const QByteArray done = taskLine("x", c.rule, c.start, c.scheduled, c.due) + " ✅ " + today;
                QTest::newRow(c.name) << QByteArray("# Chores\r\n" + taskLine(" ", c.rule, c.start, c.scheduled, c.due)
                                                    + "\r\ntail")
                                      << QByteArray("# Chores\r\n" + next + "\r\n" + done + "\r\ntail")
                                      << QString::fromLatin1(today);
            }
        };
        add(recurrencecases::tasksTests);
        add(recurrencecases::docsExamples);
        add(recurrencecases::rruleChecks);
    }

    void completeAndUndo()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, today);
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("chores.md"), before));
        qputenv("VAULTVIEW_TODAY", today.toLatin1());
        const auto restore = qScopeGuard([] { qunsetenv("VAULTVIEW_TODAY"); });
        QByteArray errors;
        QCOMPARE(run(vault, { QStringLiteral("set-status"), vault.root(), QStringLiteral("chores.md"),
                              QStringLiteral("2"), QStringLiteral("done") },
                     &errors),
                 0);
        QVERIFY2(errors.isEmpty(), errors.constData());
        QCOMPARE(vault.read(QStringLiteral("chores.md")), after);
        QCOMPARE(run(vault, { QStringLiteral("undo"), vault.root() }), 0);
        QCOMPARE(vault.read(QStringLiteral("chores.md")), before);
        QCOMPARE(run(vault, { QStringLiteral("redo"), vault.root() }), 0);
        QCOMPARE(vault.read(QStringLiteral("chores.md")), after);
    }
};

QTEST_GUILESS_MAIN(TestCliRecurrence)
#include "tst_clirecurrence.moc"
