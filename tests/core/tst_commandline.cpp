// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandline.h"
#include "indexfixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using core::CommandLine;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QStringList kNoteKeys { "path", "title", "date", "type", "people", "tags", "summary",
                              "decisions", "key_points", "warnings", "tasks" };
const QStringList kTaskKeys { "line", "status", "state", "text", "owner", "due", "scheduled",
    "start", "created", "done", "cancelled", "recurrence", "priority", "id", "depends_on",
    "on_completion", "tags", "section", "warnings" };
const QRegularExpression kIndexLine(QStringLiteral(
    "^notes: (\\d+) added, (\\d+) updated, (\\d+) removed, (\\d+) unchanged; tasks: (\\d+); (\\d+) ms\\n$"));

// The keys of every object in raw JSON text, in the order they are written, objects in the order
// they open (QJsonObject would sort them).
QList<QStringList> objectKeys(const QByteArray &json)
{
    QList<QStringList> objects;
    QList<qsizetype> open; // index in `objects` of each open object; -1 for an array
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{') {
            open.append(objects.size());
            objects.append(QStringList());
        } else if (c == '[') {
            open.append(-1);
        } else if ((c == '}' || c == ']') && !open.isEmpty()) {
            open.removeLast();
        } else if (c == '"') {
            qsizetype end = i + 1;
            while (end < json.size() && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (!open.isEmpty() && open.last() >= 0 && end + 1 < json.size() && json.at(end + 1) == ':')
                objects[open.last()].append(QString::fromUtf8(json.mid(i + 1, end - i - 1)));
            i = end;
        }
    }
    return objects;
}

const QByteArray kEdgeNote = "# N\n\n- [ ] A\n"; // the set-status edge cases' notes

QByteArrayList outputLines(const QByteArray &out)
{
    QByteArrayList lines = out.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    // Runs the command line on `args`, with the vault's own index unless the arguments name one.
    static Run run(const TestVault &vault, QStringList args)
    {
        if (!args.contains(QStringLiteral("--index")))
            args = QStringList { QStringLiteral("--index"), vault.indexPath() } + args;
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        Run r;
        r.code = CommandLine(out, err).run(args);
        r.out = out.data();
        r.err = err.data();
        return r;
    }

    static QString today() { return QDate::currentDate().toString(Qt::ISODate); }

    // A vault for the set-status edge cases: n.md and --x.md with a task on line 3, a note outside,
    // a link beside the vault to it, and inside it a link to n.md and one to the vault itself.
    static bool writeEdgeVault(const TestVault &vault)
    {
        return vault.write(QStringLiteral("n.md"), kEdgeNote)
            && vault.write(QStringLiteral("--x.md"), kEdgeNote)
            && vault.write(QStringLiteral("../outside.md"), kEdgeNote)
            && QFile::link(vault.root(), vault.root() + QStringLiteral("-link"))
            && QFile::link(
                vault.filePath(QStringLiteral("n.md")), vault.filePath(QStringLiteral("link.md")))
            && QFile::link(vault.root(), vault.filePath(QStringLiteral("self")));
    }

    // $VAULT, $LINK (the link to it) and $OUT (the note outside it) filled in.
    static QStringList filled(QStringList args, const TestVault &vault)
    {
        for (QString &arg : args) {
            arg.replace(QStringLiteral("$VAULT"), vault.root());
            arg.replace(QStringLiteral("$LINK"), vault.root() + QStringLiteral("-link"));
            arg.replace(QStringLiteral("$OUT"),
                QFileInfo(vault.root()).absolutePath() + QStringLiteral("/outside.md"));
        }
        return args;
    }

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args"); // $VAULT, $MISSING and $OUT are filled in
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char *name, const QStringList &args, int code, const char *mentions = "") {
            QTest::newRow(name) << args << code << QString::fromUtf8(mentions);
        };
        row("no arguments: usage", {}, 2, "missing");
        row("a command without a vault: usage", { "index" }, 2);
        row("unknown command: usage", { "frobnicate", "$VAULT" }, 2, "frobnicate");
        row("unknown option: usage", { "index", "$VAULT", "--frob" }, 2, "--frob");
        row("--index without a value: usage", { "index", "$VAULT", "--index" }, 2, "--index");
        row("--expect without a value: usage", { "set-status", "$VAULT", "a.md", "3", "x", "--expect" }, 2, "--expect");
        row("index with two vaults: usage", { "index", "$VAULT", "$VAULT" }, 2, "index");
        row("search without a query: usage", { "search", "$VAULT" }, 2, "search");
        row("set-status without a status: usage", { "set-status", "$VAULT", "a.md", "3" }, 2, "set-status");
        row("set-status with a line that is not a number: usage", { "set-status", "$VAULT", "a.md", "three", "x" }, 2, "LINE");
        row("set-status with line zero: usage", { "set-status", "$VAULT", "a.md", "0", "x" }, 2, "LINE");
        row("set-status with an unknown status: usage", { "set-status", "$VAULT", "a.md", "3", "finished" }, 2, "finished");
        row("an unknown query key names the valid keys", { "tasks", "$VAULT", "foo:bar" }, 2, "person:");
        row("an unclosed quote: usage", { "search", "$VAULT", "\"Alon" }, 2, "quote");
        row("a bad status in a query: usage", { "tasks", "$VAULT", "status:finished" }, 2, "finished");
        row("a bad due date in a query: usage", { "tasks", "$VAULT", "due:2025-13" }, 2, "due:");
        row("index of a missing vault: error", { "index", "$MISSING" }, 1, "vault not found");
        row("export of a missing vault: an error, not an empty result", { "export", "$MISSING" }, 1, "vault not found");
        row("tasks of a missing vault: error", { "tasks", "$MISSING" }, 1, "vault not found");
        row("search of a missing vault: error", { "search", "$MISSING", "x" }, 1, "vault not found");
        row("set-status in a missing vault: error", { "set-status", "$MISSING", "a.md", "3", "x" }, 1, "vault not found");
        row("a file given as the vault: error", { "index", "$VAULT/a.md" }, 1, "vault not found");
        row("an index inside the vault: error", { "index", "$VAULT", "--index", "$VAULT/index.sqlite" }, 1, "inside the vault");
        row("set-status outside the vault: error", { "set-status", "$VAULT", "../outside.md", "1", "x" }, 1, "outside the vault");
        row("set-status with an absolute path: error", { "set-status", "$VAULT", "$OUT", "1", "x" }, 1, "outside the vault");
        row("set-status on a missing note: error", { "set-status", "$VAULT", "missing.md", "1", "x" }, 1, "no such note");
        row("set-status on plain text: not a task", { "set-status", "$VAULT", "a.md", "1", "x" }, 3, "not a task");
        row("set-status past the end: not a task", { "set-status", "$VAULT", "a.md", "99", "x" }, 3, "past the end");
        row("set-status with --expect and two copies: conflict",
            { "set-status", "$VAULT", "dup.md", "2", "x", "--expect", "- [ ] B" }, 3, "identical");
        row("help", { "--help" }, 0);
        row("index", { "index", "$VAULT" }, 0);
        row("tasks without a query", { "tasks", "$VAULT" }, 0);
        row("search with an empty query", { "search", "$VAULT", "" }, 0);
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        TestVault vault;
        const QByteArray a = "# A\n\n- [ ] task\n";
        const QByteArray dup = "- [ ] B\nX\n- [ ] B\n";
        QVERIFY(vault.write(QStringLiteral("a.md"), a));
        QVERIFY(vault.write(QStringLiteral("dup.md"), dup));
        QVERIFY(vault.write(QStringLiteral("../outside.md"), a));
        const QString outside = QFileInfo(vault.root()).absolutePath() + QStringLiteral("/outside.md");
        for (QString &arg : args) {
            arg.replace(QStringLiteral("$VAULT"), vault.root());
            arg.replace(QStringLiteral("$MISSING"), vault.filePath(QStringLiteral("missing-vault")));
            arg.replace(QStringLiteral("$OUT"), outside);
        }
        const Run r = run(vault, args);
        QCOMPARE(r.code, code);
        if (code == 0) {
            QVERIFY2(r.err.isEmpty(), r.err.constData());
            QVERIFY(!r.out.isEmpty() || args.contains(QStringLiteral("search")));
        } else {
            // One clear line on stderr, nothing on stdout.
            QVERIFY2(r.err.startsWith("vaultview-cli: ") && r.err.endsWith('\n') && r.err.count('\n') == 1, r.err.constData());
            QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(vault.read(QStringLiteral("a.md")), a);
        QCOMPARE(vault.read(QStringLiteral("dup.md")), dup);
        QCOMPARE(vault.read(QStringLiteral("../outside.md")), a);
        QVERIFY(!QFileInfo::exists(vault.filePath(QStringLiteral("index.sqlite"))));
    }

    void setStatusRefusals_data()
    {
        // The arguments after "set-status", with $VAULT, $LINK and $OUT filled in.
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const auto status = [](const char *name, const QString &value, const char *shown) {
            const QString mentions = u"unknown status \"" + QString::fromUtf8(shown) + u'"';
            QTest::newRow(name) << QStringList { "$VAULT", "n.md", "3", value } << 2 << mentions;
        };
        status("status: invalid UTF-8 byte", QString::fromUtf8("\xff"), "<U+FFFD>");
        status("status: control character", QStringLiteral("\x01"), "<U+0001>");
        status("status: newline", QStringLiteral("\n"), "<U+000A>");
        status("status: tab", QStringLiteral("\t"), "<U+0009>");
        status("status: no-break space", QStringLiteral("\u00a0"), "<U+00A0>");
        status("status: line separator", QStringLiteral("\u2028"), "<U+2028>");
        status("status: zero-width joiner", QStringLiteral("\u200d"), "<U+200D>");
        status("status: combining accent", QStringLiteral("\u0301"), "<U+0301>");
        status("status: lone surrogate", QString(QChar(0xD800)), "<U+FFFD>");
        status("status: closing bracket", QStringLiteral("]"), "]");
        status("status: two characters", QStringLiteral("xx"), "xx");
        status("status: a space and a character", QStringLiteral(" x"), " x");
        status("status: empty string", QString(), "");
        status("status: unknown name", QStringLiteral("finished"), "finished");
        status("status: the name other", QStringLiteral("other"), "other");

        const auto line = [](const char *name, const QString &value) {
            QTest::newRow(name) << QStringList { "$VAULT", "n.md", value, "x" } << 2
                                << QStringLiteral("LINE must be a positive number in ASCII digits");
        };
        line("line: leading plus", QStringLiteral("+5"));
        line("line: minus", QStringLiteral("-5"));
        line("line: hexadecimal", QStringLiteral("0x10"));
        line("line: leading space", QStringLiteral(" 5"));
        line("line: trailing space", QStringLiteral("5 "));
        line("line: decimal point", QStringLiteral("5.0"));
        line("line: exponent", QStringLiteral("1e3"));
        line("line: Arabic-Indic digit", QStringLiteral("\u0663"));
        line("line: fullwidth digit", QStringLiteral("\uff15"));
        line("line: empty string", QString());
        line("line: zero", QStringLiteral("0"));
        line("line: INT_MAX + 1", QStringLiteral("2147483648"));
        line("line: twenty digits", QStringLiteral("99999999999999999999"));

        QTest::newRow("path: trailing slash")
            << QStringList { "$VAULT", "n.md/", "3", "x" } << 2 << "not a folder: \"n.md/\"";
        QTest::newRow("path: absolute with a trailing slash")
            << QStringList { "$VAULT", "$VAULT/n.md/", "3", "x" } << 2 << "not a folder";
        QTest::newRow("path: a usage error beats an outside path")
            << QStringList { "$VAULT", "$OUT", "3", "\n" } << 2 << "unknown status";
        QTest::newRow("path: absolute outside the vault")
            << QStringList { "$VAULT", "$OUT", "3", "x" } << 1 << "outside the vault";
        QTest::newRow("path: absolute, out through ..") << QStringList { "$VAULT",
            "$VAULT/../outside.md", "3", "x" } << 1 << "outside the vault";
        QTest::newRow("path: absolute, through the vault and out again") << QStringList { "$VAULT",
            "$VAULT/../vault/../outside.md", "3", "x" } << 1 << "outside the vault";
        QTest::newRow("path: absolute, a link in the vault to a note")
            << QStringList { "$VAULT", "$VAULT/link.md", "3", "x" } << 1 << "symbolic link";
        QTest::newRow("path: absolute, a link in the vault to the vault")
            << QStringList { "$VAULT", "$VAULT/self/n.md", "3", "x" } << 1 << "symbolic link";

        QTest::newRow("--: a note named --x.md needs it")
            << QStringList { "$VAULT", "--x.md", "3", "x" } << 2 << "unknown option --x.md";
        QTest::newRow("--: an option after it is an argument") << QStringList { "$VAULT", "n.md",
            "3", "x", "--", "--json" } << 2 << "wrong number of arguments";
        QTest::newRow("--: -h after it is a path")
            << QStringList { "$VAULT", "--", "-h", "3", "x" } << 1 << "not a note";
        QTest::newRow("--: a second -- is a path")
            << QStringList { "$VAULT", "--", "--", "3", "x" } << 1 << "not a note";
    }

    void setStatusRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        TestVault vault;
        QVERIFY(writeEdgeVault(vault));
        const Run r
            = run(vault, QStringList { QStringLiteral("set-status") } + filled(args, vault));
        QCOMPARE(r.code, code);
        QVERIFY2(
            r.err.startsWith("vaultview-cli: ") && r.err.count('\n') == 1 && r.err.endsWith('\n'),
            r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
        for (const char *note : { "n.md", "--x.md", "../outside.md" })
            QCOMPARE(vault.read(QLatin1String(note)), kEdgeNote);
        // A usage error is found before the vault is indexed.
        if (code == CommandLine::Usage)
            QVERIFY(!QFileInfo::exists(vault.indexPath()));
    }

    void setStatusAccepts_data()
    {
        // The arguments after "set-status", with $VAULT, $LINK and $OUT filled in.
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("path"); // the note written, relative to the vault
        QTest::addColumn<QString>("status"); // its new status character
        const auto row = [](const char *name, const QStringList &args, const char *path,
                             const char *status) {
            QTest::newRow(name) << args << QString::fromUtf8(path) << QString::fromUtf8(status);
        };
        row("status: a space is todo", { "$VAULT", "n.md", "3", " " }, "n.md", " ");
        row("status: a printable symbol", { "$VAULT", "n.md", "3", "!" }, "n.md", "!");
        row("status: a character beyond the BMP", { "$VAULT", "n.md", "3", "\U0001F600" }, "n.md",
            "\U0001F600");
        row("status: a name in capitals", { "$VAULT", "n.md", "3", "CANCELLED" }, "n.md", "-");
        row("status: -", { "$VAULT", "n.md", "3", "-" }, "n.md", "-");
        row("line: leading zeros", { "$VAULT", "n.md", "003", "x" }, "n.md", "x");
        row("path: absolute", { "$VAULT", "$VAULT/n.md", "3", "x" }, "n.md", "x");
        row("path: absolute through .. and back", { "$VAULT", "$VAULT/../vault/n.md", "3", "x" },
            "n.md", "x");
        row("path: absolute with . and //", { "$VAULT", "$VAULT/.//n.md", "3", "x" }, "n.md", "x");
        row("path: absolute through the link to the vault", { "$VAULT", "$LINK/n.md", "3", "x" },
            "n.md", "x");
        row("path: vault through the link, path through the folder",
            { "$LINK", "$VAULT/n.md", "3", "x" }, "n.md", "x");
        row("--: a note named --x.md", { "$VAULT", "--", "--x.md", "3", "x" }, "--x.md", "x");
        row("--: options before it still count",
            { "$VAULT", "--expect", "- [ ] A", "--", "--x.md", "3", "x" }, "--x.md", "x");
        row("--: a status -", { "$VAULT", "n.md", "3", "--", "-" }, "n.md", "-");
        row("--: before the command", { "--", "set-status", "$VAULT", "n.md", "3", "x" }, "n.md",
            "x");
    }

    void setStatusAccepts()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, path);
        QFETCH(QString, status);
        TestVault vault;
        QVERIFY(writeEdgeVault(vault));
        args = filled(args, vault);
        if (args.first() != u"--")
            args.prepend(QStringLiteral("set-status"));
        const Run r = run(vault, QStringList { QStringLiteral("--no-done-date") } + args);
        QVERIFY2(r.code == 0 && r.err.isEmpty(), r.err.constData());
        const QByteArray line = "- [" + status.toUtf8() + "] A";
        QCOMPARE(r.out, QByteArray(path.toUtf8() + ":3: " + line + '\n'));
        QCOMPARE(vault.read(path), QByteArray("# N\n\n" + line + '\n'));
        for (const char *note : { "n.md", "--x.md", "../outside.md" }) {
            if (path != QLatin1String(note))
                QCOMPARE(vault.read(QLatin1String(note)), kEdgeNote);
        }
    }

    void queryLimits_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("error"); // empty: accepted
        const QString invalid = QStringLiteral("vaultview-cli: invalid query: ");
        const QString tooLong = invalid
            + QStringLiteral("the query is too long (102400 characters; at most %1)\n")
                  .arg(core::Query::kMaxLength);
        const QString tooMany = invalid
            + QStringLiteral("the query has too many terms (15000; at most %1)\n")
                  .arg(core::Query::kMaxTerms);
        QStringList words;
        words.fill(QStringLiteral("word"), 15000);
        QStringList most;
        most.fill(QStringLiteral("-q"), core::Query::kMaxTerms);
        for (const char *command : { "tasks", "search", "decisions" }) {
            const QByteArray c(command);
            QTest::newRow(QByteArray("query: 100 KB, " + c).constData())
                << QString::fromLatin1(c) << QString(102400, u'a') << tooLong;
            QTest::newRow(QByteArray("query: 15,000 words, " + c).constData())
                << QString::fromLatin1(c) << words.join(u' ') << tooMany;
            QTest::newRow(QByteArray("query: the longest allowed, " + c).constData())
                << QString::fromLatin1(c) << QString(core::Query::kMaxLength, u'a') << QString();
            QTest::newRow(QByteArray("query: the most terms allowed, " + c).constData())
                << QString::fromLatin1(c) << most.join(u' ') << QString();
        }
    }

    void queryLimits()
    {
        QFETCH(QString, command);
        QFETCH(QString, query);
        QFETCH(QString, error);
        TestVault vault;
        QVERIFY(vault.addSeed());
        const Run r = run(vault, { command, vault.root(), query });
        QCOMPARE(QString::fromUtf8(r.err), error);
        QCOMPARE(r.code, error.isEmpty() ? 0 : 2);
        // Refused before the vault is indexed; accepted, the negations keep every note.
        QCOMPARE(QFileInfo::exists(vault.indexPath()), error.isEmpty());
        QCOMPARE(r.out.isEmpty(), !error.isEmpty() || !query.startsWith(u'-'));
    }

    void indexPrintsOneLine()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "- [ ] one\n- [x] two\n"));
        QVERIFY(vault.write(QStringLiteral("b.md"), "- [ ] three\n"));
        QVERIFY(vault.write(QStringLiteral("c.md"), "# none\n"));
        const auto counts = [&](const QStringList &args) {
            const Run r = run(vault, args);
            const auto m = kIndexLine.match(QString::fromUtf8(r.out));
            if (r.code != 0 || !m.hasMatch()) {
                qWarning("unexpected output: %s", r.out.constData());
                return QList<int>();
            }
            return QList<int> { m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt(),
                                m.capturedView(4).toInt(), m.capturedView(5).toInt() };
        };
        const QStringList index { QStringLiteral("index"), vault.root() };
        QCOMPARE(counts(index), (QList<int> { 3, 0, 0, 0, 3 }));
        QCOMPARE(counts(index), (QList<int> { 0, 0, 0, 3, 3 }));
        QVERIFY(vault.write(QStringLiteral("b.md"), "- [ ] three\n- [ ] four\n"));
        QVERIFY(QFile::remove(vault.filePath(QStringLiteral("c.md"))));
        QVERIFY(vault.write(QStringLiteral("d.md"), "- [ ] five\n"));
        QCOMPARE(counts(index), (QList<int> { 1, 1, 1, 1, 5 }));
    }

    void indexLocation()
    {
        // Without --index: the cache location (QStandardPaths test mode here), not the vault.
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"), "- [ ] one\n"));
        const QString cached = core::VaultIndex::defaultIndexPath(QFileInfo(vault.root()).canonicalFilePath());
        const auto cleanup = qScopeGuard([&] {
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(cached + QLatin1String(suffix));
        });
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        QCOMPARE(CommandLine(out, err).run({ QStringLiteral("index"), vault.root() }), 0);
        QVERIFY(QFileInfo::exists(cached));
        QVERIFY(!QFileInfo::exists(vault.indexPath()));
        QCOMPARE(QDir(vault.root()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("a.md") });

        // With --index: that file, and a corrupt one is rebuilt rather than fatal.
        QVERIFY(vault.write(QStringLiteral("../index.sqlite"), QByteArray(2048, '\x5A')));
        const Run r = run(vault, { QStringLiteral("index"), vault.root() });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith("notes: 1 added"), r.out.constData());
        QVERIFY(vault.read(QStringLiteral("../index.sqlite")).startsWith("SQLite format 3"));
    }

    void exportWritesJsonLines()
    {
        TestVault vault;
        QVERIFY(vault.addSeed(QStringLiteral("Meetings/2025/10/2025-10-28 seed.md")));
        const QStringList plain { "B.md", "a.md", "é.md", "Ａ.md", "😀.md", "sub/x.md", "sub-x.md", "Zoë.MD" };
        for (const QString &path : plain)
            QVERIFY(vault.write(path, "Body without frontmatter.\n\n- [ ] a bare task\n"));
        const Run r = run(vault, { QStringLiteral("export"), vault.root() });
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.endsWith('\n'));
        const QByteArrayList lines = outputLines(r.out);
        QCOMPARE(lines.size(), plain.size() + 1);

        QList<QByteArray> paths;
        for (const QByteArray &line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), line.constData());
            paths.append(doc.object().value(QStringLiteral("path")).toString().toUtf8());
            const QList<QStringList> keys = objectKeys(line);
            QCOMPARE(keys.first(), kNoteKeys);
            for (qsizetype i = 1; i < keys.size(); ++i)
                QCOMPARE(keys.at(i), kTaskKeys);
        }
        QList<QByteArray> sorted = paths;
        std::sort(sorted.begin(), sorted.end()); // byte order of the UTF-8
        QCOMPARE(paths, sorted);
        QCOMPARE(paths.first(), QByteArray("B.md"));
        QCOMPARE(paths.last(), QByteArray("😀.md"));

        // Absent values are null, for the note and its tasks.
        const QJsonObject bare = QJsonDocument::fromJson(lines.at(paths.indexOf("a.md"))).object();
        for (const char *key : { "date", "type", "summary" })
            QVERIFY2(bare.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(bare.value(QStringLiteral("title")).toString(), QStringLiteral("a"));
        QCOMPARE(bare.value(QStringLiteral("people")).toArray().size(), 0);
        const QJsonObject bareTask = bare.value(QStringLiteral("tasks")).toArray().first().toObject();
        for (const char *key : { "owner", "due", "scheduled", "start", "created", "done",
                 "cancelled", "recurrence", "id", "on_completion", "section" })
            QVERIFY2(bareTask.value(QLatin1String(key)).isNull(), key);
        // Lists are there even when empty.
        for (const char *key : { "tags", "depends_on", "warnings" })
            QVERIFY2(bareTask.value(QLatin1String(key)).isArray(), key);
        QCOMPARE(bareTask.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(bareTask.value(QStringLiteral("state")).toString(), QStringLiteral("todo"));

        const QJsonObject seed = QJsonDocument::fromJson(lines.at(paths.indexOf("Meetings/2025/10/2025-10-28 seed.md"))).object();
        QVERIFY(seed.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("1:1 with Alon Horev, MAI Falcon rollout")));
        QCOMPARE(seed.value(QStringLiteral("date")).toString(), QStringLiteral("2025-10-28"));
        QCOMPARE(seed.value(QStringLiteral("type")).toString(), QStringLiteral("people"));
        QCOMPARE(seed.value(QStringLiteral("people")).toVariant().toStringList(),
                 (QStringList { QStringLiteral("Alon Horev"), QStringLiteral("Jason Vallery") }));
        const QJsonArray tasks = seed.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 18);
        const QJsonObject first = tasks.first().toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 27);
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("?"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("proposed"));
        QCOMPARE(first.value(QStringLiteral("owner")).toString(), QStringLiteral("Myself"));
        QCOMPARE(first.value(QStringLiteral("due")).toString(), QStringLiteral("2025-10-31"));
        QCOMPARE(first.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
        QVERIFY(first.value(QStringLiteral("tags")).toVariant().toStringList().contains(QStringLiteral("task")));
    }

    void taskJsonCarriesWarningsAndDependencies()
    {
        TestVault vault;
        QVERIFY(
            vault.write(QStringLiteral("a.md"), "- [ ] A 📅 2022-02-30 🆔 t1 ⛔ t0, t2 🏁 delete\n"));
        const Run r = run(vault, { QStringLiteral("export"), vault.root() });
        QCOMPARE(r.code, 0);
        const QJsonObject task = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("tasks"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(task.value(QStringLiteral("text")).toString(), QStringLiteral("A"));
        QVERIFY(task.value(QStringLiteral("due")).isNull());
        QCOMPARE(task.value(QStringLiteral("warnings")).toVariant().toStringList(),
            QStringList { QStringLiteral("due date 2022-02-30 is not a calendar date") });
        QCOMPARE(task.value(QStringLiteral("id")).toString(), QStringLiteral("t1"));
        QCOMPARE(task.value(QStringLiteral("depends_on")).toVariant().toStringList(),
            (QStringList { QStringLiteral("t0"), QStringLiteral("t2") }));
        QCOMPARE(task.value(QStringLiteral("on_completion")).toString(), QStringLiteral("delete"));
    }

    // A task listed with the vault around it says whether it waits for an open task.
    void tasksJsonSaysBlocked()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("a.md"),
            "- [ ] Draft \xF0\x9F\x86\x94 abc\n"
            "- [ ] Review \xE2\x9B\x94 abc\n"));
        const Run r
            = run(vault, { QStringLiteral("tasks"), vault.root(), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QByteArrayList lines = outputLines(r.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("blocked")),
            QJsonValue(false));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("blocked")),
            QJsonValue(true));
        const Run blocked
            = run(vault, { QStringLiteral("tasks"), vault.root(), QStringLiteral("is:blocked") });
        QCOMPARE(blocked.code, 0);
        QCOMPARE(blocked.out, QByteArray("a.md:2: [ ] Review\n"));
    }

    void tasksAndSearchPrintJson()
    {
        TestVault vault;
        QVERIFY(vault.addSeed());
        QVERIFY(vault.write(QStringLiteral("other.md"), "---\ntitle: Other\ndate: 2025-11-01\n---\n\n- [x] Done thing @Bob\n"));
        Run r = run(vault, { QStringLiteral("tasks"), vault.root(), QStringLiteral("person:\"Alon Horev\" status:proposed"),
                             QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QByteArrayList lines = outputLines(r.out);
        QCOMPARE(lines.size(), 18);
        for (const QByteArray &line : std::as_const(lines)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("meeting-note.md"));
            QCOMPARE(o.value(QStringLiteral("note_date")).toString(), QStringLiteral("2025-10-28"));
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("proposed"));
            QCOMPARE(objectKeys(line).first(),
                (QStringList { "path", "note_title", "note_date" } + kTaskKeys
                    + QStringList { "blocked" }));
            QCOMPARE(o.value(QStringLiteral("blocked")), QJsonValue(false));
        }

        r = run(vault, { QStringLiteral("tasks"), vault.root(), QStringLiteral("owner:Bob") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("other.md:6: [x] Done thing @Bob\n"));

        r = run(vault, { QStringLiteral("search"), vault.root(), QStringLiteral("falcon"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        lines = outputLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject note = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(note.value(QStringLiteral("path")).toString(), QStringLiteral("meeting-note.md"));
        QCOMPARE(note.value(QStringLiteral("open_tasks")).toInt(), 18);
        QVERIFY(!note.contains(QStringLiteral("tasks")));

        r = run(vault, { QStringLiteral("search"), vault.root(), QStringLiteral("-falcon") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("other.md  2025-11-01  Other\n"));
    }

    void historyUndoRedo()
    {
        TestVault vault;
        QVERIFY(vault.addSeed());
        QFile::setPermissions(vault.filePath(QStringLiteral("meeting-note.md")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = vault.read(QStringLiteral("meeting-note.md"));
        QCOMPARE(run(vault, { "set-status", vault.root(), "meeting-note.md", "27", "done" }).code, 0);
        QVERIFY(vault.read(QStringLiteral("meeting-note.md")) != original);

        Run r = run(vault, { "history", vault.root(), "--json" });
        QCOMPARE(r.code, 0);
        const QByteArrayList lines = outputLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonObject entry = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(entry.value(QStringLiteral("line")).toInt(), 27);
        QVERIFY(entry.value(QStringLiteral("old")).toString().startsWith(QStringLiteral("- [?] Meet with Kushal")));
        QVERIFY(entry.value(QStringLiteral("new")).toString().startsWith(QStringLiteral("- [x] Meet with Kushal")));

        QCOMPARE(run(vault, { "undo", vault.root() }).code, 0);
        QCOMPARE(vault.read(QStringLiteral("meeting-note.md")), original);
        r = run(vault, { "undo", vault.root() });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains("nothing to undo"));
        QCOMPARE(run(vault, { "redo", vault.root() }).code, 0);
        QVERIFY(vault.read(QStringLiteral("meeting-note.md")).contains("- [x] Meet with Kushal"));

        // Undo refuses a line that changed since it was written.
        QByteArray edited = vault.read(QStringLiteral("meeting-note.md"));
        edited.replace("- [x] Meet with Kushal", "- [/] Meet with Kushal");
        QVERIFY(vault.write(QStringLiteral("meeting-note.md"), edited));
        r = run(vault, { "undo", vault.root() });
        QCOMPARE(r.code, 3);
        QCOMPARE(vault.read(QStringLiteral("meeting-note.md")), edited);
    }

    void vaultWideViews()
    {
        TestVault vault;
        QVERIFY(vault.addSeed());
        Run r = run(vault, { "duplicates", vault.root(), "--json" });
        QCOMPARE(r.code, 0);
        const QByteArrayList groups = outputLines(r.out);
        QVERIFY(groups.size() >= 6);
        for (const QByteArray &line : groups) {
            const QJsonArray tasks = QJsonDocument::fromJson(line).object().value(QStringLiteral("tasks")).toArray();
            QVERIFY(tasks.size() >= 2);
            QCOMPARE(objectKeys(line).at(1), (QStringList { "path", "line", "text" }));
        }

        r = run(vault, { "people", vault.root(), "--json", "--me", "Myself=Jason Vallery" });
        QCOMPARE(r.code, 0);
        QByteArrayList people = outputLines(r.out);
        QVERIFY(people.size() >= 2);
        bool sawAlon = false;
        for (const QByteArray &line : std::as_const(people)) {
            const QJsonObject person = QJsonDocument::fromJson(line).object();
            if (person.value(QStringLiteral("name")).toString() == u"Alon Horev") {
                sawAlon = true;
                QCOMPARE(person.value(QStringLiteral("meetings")).toInt(), 1);
            }
        }
        QVERIFY(sawAlon);

        r = run(vault, { "decisions", vault.root(), "person:\"Alon Horev\"", "--json" });
        QCOMPARE(r.code, 0);
        QCOMPARE(outputLines(r.out).size(), 4); // eight decisions, each stated twice
        QCOMPARE(run(vault, { "decisions", vault.root(), "person:Nobody" }).out, QByteArray());
        QCOMPARE(run(vault, { "decisions", vault.root(), "status:bogus" }).code, 2);
    }

    void setStatusChangesExactlyOneLineOfTheSeed()
    {
        TestVault vault;
        QVERIFY(vault.addSeed());
        const QByteArray original = vault.read(QStringLiteral("meeting-note.md"));
        const QStringList args { QStringLiteral("set-status"), vault.root(), QStringLiteral("meeting-note.md"),
                                 QStringLiteral("27"), QStringLiteral("x") };
        Run r = run(vault, args);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QByteArray doneDate = " \xE2\x9C\x85 " + today().toLatin1();
        QVERIFY2(r.out.startsWith("meeting-note.md:27: - [x] Meet with Kushal") && r.out.endsWith(QByteArray(doneDate + '\n')),
                 r.out.constData());

        const QByteArrayList before = fixture::linesWithEndings(original);
        const QByteArrayList after = fixture::linesWithEndings(vault.read(QStringLiteral("meeting-note.md")));
        QCOMPARE(after.size(), before.size());
        int changed = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            changed += before.at(i) != after.at(i) ? 1 : 0;
        QCOMPARE(changed, 1);
        QCOMPARE(after.at(26), QByteArray(before.at(26)).replace(3, 1, "x").insert(before.at(26).size() - 1, doneDate));

        r = run(vault, { QStringLiteral("tasks"), vault.root(), QStringLiteral("status:done"), QStringLiteral("--json") });
        QCOMPARE(outputLines(r.out).size(), 1);
        const QJsonObject task = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(task.value(QStringLiteral("line")).toInt(), 27);
        QCOMPARE(task.value(QStringLiteral("done")).toString(), today());

        // Back to proposed: the done date goes, and the file is the seed again.
        r = run(vault, { QStringLiteral("set-status"), vault.root(), QStringLiteral("meeting-note.md"), QStringLiteral("27"),
                         QStringLiteral("proposed") });
        QCOMPARE(r.code, 0);
        QCOMPARE(vault.read(QStringLiteral("meeting-note.md")), original);
    }

    void setStatusOptions()
    {
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("n.md"), "# N\n\n- [ ] A\n- [ ] B\n"));
        Run r = run(vault, { QStringLiteral("set-status"), vault.root(), QStringLiteral("n.md"), QStringLiteral("3"),
                             QStringLiteral("x"), QStringLiteral("--no-done-date") });
        QCOMPARE(r.code, 0);
        QCOMPARE(vault.read(QStringLiteral("n.md")), QByteArray("# N\n\n- [x] A\n- [ ] B\n"));

        // The caller saw B on line 4; a line was added above since.
        QVERIFY(vault.write(QStringLiteral("n.md"), "# N\n\nnew\n- [x] A\n- [ ] B\n"));
        r = run(vault, { QStringLiteral("set-status"), vault.root(), QStringLiteral("n.md"), QStringLiteral("4"),
                         QStringLiteral("/"), QStringLiteral("--expect"), QStringLiteral("- [ ] B") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("n.md:5: - [/] B\n"));
        QCOMPARE(vault.read(QStringLiteral("n.md")), QByteArray("# N\n\nnew\n- [x] A\n- [/] B\n"));
    }

    void realBinarySmokeTest()
    {
        const QString binary = QStringLiteral(VV_BIN_DIR "/vaultview-cli");
        if (!QFileInfo(binary).isExecutable())
            QSKIP("vaultview-cli is not built");
        TestVault vault;
        QVERIFY(vault.write(QStringLiteral("Zoë/n.md"), "# N\n\n- [ ] A \xF0\x9F\x93\x85 2025-11-03\n"));
        const auto exec = [&](const QStringList &args) {
            QProcess process;
            process.start(binary, args + QStringList { QStringLiteral("--index"), vault.indexPath() });
            if (!process.waitForFinished(30000))
                return Run {};
            return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                         process.readAllStandardOutput(), process.readAllStandardError() };
        };
        Run r = exec({ QStringLiteral("index"), vault.root() });
        QCOMPARE(r.code, 0);
        QVERIFY2(kIndexLine.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());

        r = exec({ QStringLiteral("set-status"), vault.root(), QStringLiteral("Zoë/n.md"), QStringLiteral("3"),
                   QStringLiteral("x"), QStringLiteral("--no-done-date") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("Zoë/n.md:3: - [x] A \xF0\x9F\x93\x85 2025-11-03\n"));

        r = exec({ QStringLiteral("export"), vault.root() });
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("path")).toString(), QStringLiteral("Zoë/n.md"));

        r = exec({ QStringLiteral("export"), vault.filePath(QStringLiteral("missing")) });
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("vaultview-cli: vault not found") && r.err.count('\n') == 1, r.err.constData());

        r = exec({ QStringLiteral("tasks"), vault.root(), QStringLiteral("foo:bar") });
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
