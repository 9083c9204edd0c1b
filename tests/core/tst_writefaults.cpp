// SPDX-License-Identifier: GPL-3.0-or-later
// The write path under injected faults (VAULTVIEW_TEST_WRITE_FAULT): a full disk, a quota, an I/O
// error, a short write or a failed fsync must refuse the write with a message naming the cause,
// leave the note byte for byte, leave nothing else in the vault and journal nothing.
#include "clifixture.h"
#include "testvault.h"

#include <QTest>

namespace {

constexpr int kNoFault = -1;
constexpr int kMidFile = -2; // the fault hits halfway through the new file

const QString kBig = QStringLiteral("big.md");
const QString kSmall = QStringLiteral("small.md");

QByteArray noteOfSize(const char *title, qsizetype atLeast)
{
    QByteArray note = QByteArray("# ") + title + "\n\n- [ ] the task to change @Bob\n\n";
    for (int i = 1; note.size() < atLeast; ++i)
        note += "Line " + QByteArray::number(i)
            + ": the discussion covered capacity and power budgets.\n";
    return note + "\n- [ ] the last task\n";
}

QString faultFor(const QString &fault, int at, qsizetype noteSize)
{
    if (fault.isEmpty() || at == kNoFault)
        return fault;
    return fault + u'@' + QString::number(at == kMidFile ? noteSize / 2 : at);
}

bool namesCause(const QByteArray &err, const QStringList &causes)
{
    const QString text = QString::fromUtf8(err).toLower();
    return std::any_of(
        causes.cbegin(), causes.cend(), [&](const QString &c) { return text.contains(c); });
}

} // namespace

class TestWriteFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(cli::binary()).isExecutable())
            QSKIP("vaultview-cli is not built");
    }

    void fault_data()
    {
        QTest::addColumn<QString>("fault"); // empty: none
        QTest::addColumn<int>("at"); // the @N byte, kMidFile, or kNoFault for no @
        QTest::addColumn<QStringList>("causes"); // stderr names one of these (any case)
        const auto row
            = [](const char *name, const char *fault, int at, const QStringList &causes) {
                  QTest::newRow(name) << QString::fromLatin1(fault) << at << causes;
              };
        row("no fault: the write lands", "", kNoFault, {});
        row("fault: disk full at byte 0", "enospc", 0, { QStringLiteral("full") });
        row("fault: disk full mid-file", "enospc", kMidFile, { QStringLiteral("full") });
        row("fault: quota", "edquot", kNoFault, { QStringLiteral("quota") });
        row("fault: EIO", "eio", kMidFile, { QStringLiteral("input/output error") });
        row("fault: short write", "short", kMidFile,
            { QStringLiteral("short write"), QStringLiteral("full") });
        row("fault: fsync fails", "fsync-eio", kNoFault, { QStringLiteral("input/output error") });
    }

    void fault()
    {
        QFETCH(QString, fault);
        QFETCH(int, at);
        QFETCH(QStringList, causes);
        TestVault vault;
        cli::Home home;
        QVERIFY(vault.isValid() && home.isValid());
        const QByteArray big = noteOfSize("Big", 70 * 1024);
        const QByteArray small = noteOfSize("Small", 3 * 1024);
        QVERIFY(big.size() > 64 * 1024 && small.size() < 16 * 1024);
        QVERIFY(vault.write(kBig, big));
        QVERIFY(vault.write(kSmall, small));
        // Indexed first, without the fault: only the write itself meets it.
        QCOMPARE(home.run({ QStringLiteral("index"), vault.root() }).code, 0);

        QByteArray expectedBig = big;
        QByteArray expectedSmall = small;
        for (const QString &path : { kBig, kSmall }) {
            QByteArray &expected = path == kBig ? expectedBig : expectedSmall;
            const QString spec = faultFor(fault, at, expected.size());
            const cli::Run r
                = home.run({ QStringLiteral("set-status"), vault.root(), path, QStringLiteral("3"),
                               QStringLiteral("x"), QStringLiteral("--no-done-date") },
                    spec);
            const QByteArray context = path.toUtf8() + " with VAULTVIEW_TEST_WRITE_FAULT="
                + spec.toUtf8() + ": exit " + QByteArray::number(r.code) + ", stderr: " + r.err;
            if (fault.isEmpty()) {
                QVERIFY2(r.code == 0, context.constData());
                expected.replace("- [ ] the task to change", "- [x] the task to change");
            } else {
                QVERIFY2(r.code == 1, context.constData());
                QVERIFY2(namesCause(r.err, causes), context.constData());
            }
            QVERIFY2(vault.read(path) == expected, context.constData());
            QCOMPARE(cli::listing(vault.root()), (QStringList { kBig, kSmall }));
        }
        QCOMPARE(vault.read(kBig), expectedBig);
        QCOMPARE(vault.read(kSmall), expectedSmall);
        const auto entries = cli::history(home, vault.root());
        QVERIFY(entries);
        QCOMPARE(entries->size(), fault.isEmpty() ? 2 : 0);
        for (const cli::Entry &e : *entries)
            QVERIFY(e.line == 3 && e.newText == u"- [x] the task to change @Bob" && !e.undone);
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
