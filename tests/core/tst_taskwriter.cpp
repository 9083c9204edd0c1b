// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexreader.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "core/write/taskwriter.h"
#include "indexfixture.h"

#include <QTest>

using core::TaskWriter;
using Outcome = TaskWriter::Outcome;

Q_DECLARE_METATYPE(TaskWriter::Outcome)

namespace {

const QDate kToday(2025, 11, 10);
const QByteArray kDone = " \xE2\x9C\x85 2025-11-10"; // " ✅ 2025-11-10"
const QByteArray kCancelled = " \xE2\x9D\x8C 2025-11-10"; // " ❌ 2025-11-10"
// 📅 and ✅ as UTF-8 once read as Mac Roman, as in the seed note: "üìÖ" and "‚úÖ".
const QByteArray kMojibakeDue = "\xEF\xA3\xBF\xC3\xBC\xC3\xAC\xC3\x96";
const QByteArray kMojibakeDone = "\xE2\x80\x9A\xC3\xBA\xC3\x96";

TaskWriter::Options options(bool doneDates = true, std::optional<QString> expected = std::nullopt)
{
    TaskWriter::Options o;
    o.doneDates = doneDates;
    o.expectedLine = std::move(expected);
    o.today = kToday;
    return o;
}

// A vault holding one note, indexed, with a writer on it.
struct Fixture
{
    TestVault vault;
    std::unique_ptr<core::VaultIndex> index;

    explicit Fixture(const QByteArray &bytes, const QString &path = QStringLiteral("note.md"))
    {
        if (vault.write(path, bytes)) {
            index = fixture::openIndex(vault);
            if (index && !fixture::update(*index))
                index.reset();
        }
    }
};

} // namespace

class TestTaskWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewriteLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("doneDates");
        QTest::addColumn<QByteArray>("expected");
        const auto row = [](const char *name, const QByteArray &line, const char *status, const QByteArray &expected,
                            bool doneDates = true) {
            QTest::newRow(name) << line << QString::fromUtf8(status) << doneDates << expected;
        };
        row("todo to done appends today's done date", "- [ ] Call Bob", "x", "- [x] Call Bob" + kDone);
        row("a state name works like its character", "- [ ] Call Bob", "done", "- [x] Call Bob" + kDone);
        row("a status that is a closing bracket is replaced, not kept", "- []] Call Bob", "x", "- [x] Call Bob" + kDone);
        row("the done date goes before a block id", "- [ ] Call Bob ^abc-1", "x", "- [x] Call Bob" + kDone + " ^abc-1");
        row("the done date goes after the other fields", "- [ ] Call Bob 📅 2025-11-12 #work", "x",
            "- [x] Call Bob 📅 2025-11-12 #work" + kDone);
        row("trailing blanks stay at the end", "- [ ] Call Bob  ", "x", "- [x] Call Bob" + kDone + "  ");
        row("an existing done date is kept", "- [ ] Call ✅ 2025-01-02", "x", "- [x] Call ✅ 2025-01-02");
        row("an existing [completion::] date counts as one", "- [ ] Call [completion:: 2025-01-02]", "x",
            "- [x] Call [completion:: 2025-01-02]");
        row("x to X stays done, no second date", "- [x] Call", "X", "- [X] Call");
        row("done to done leaves the line as it was", "- [x] Call", "x", "- [x] Call");
        row("todo to in progress changes only the character", "- [ ] A 📅 2025-11-12", "/", "- [/] A 📅 2025-11-12");
        row("todo to proposed", "- [ ] A", "?", "- [?] A");
        row("proposed to todo", "- [?] A @Myself", " ", "- [ ] A @Myself");
        row("in progress to forwarded", "- [/] A", "forwarded", "- [>] A");
        row("in progress to done appends the date", "- [/] A", "x", "- [x] A" + kDone);
        row("proposed to done appends the date", "- [?] A #task", "done", "- [x] A #task" + kDone);
        row("done to todo removes the done date", "- [x] A ✅ 2025-11-09", " ", "- [ ] A");
        row("done to todo removes the date before a block id", "- [x] A ✅ 2025-11-09 ^id", "todo", "- [ ] A ^id");
        row("done to in progress keeps the due date", "- [x] A 📅 2025-11-12 ✅ 2025-11-09", "/", "- [/] A 📅 2025-11-12");
        row("done to todo removes a mojibake done date", "- [x] A " + kMojibakeDone + " 2025-11-09", " ", "- [ ] A");
        row("a mojibake done date counts as one", "- [ ] A " + kMojibakeDone + " 2025-11-09", "x",
            "- [x] A " + kMojibakeDone + " 2025-11-09");
        row("done to todo removes a done date with a variation selector", "- [x] A ✅\xEF\xB8\x8F 2025-11-09", " ", "- [ ] A");
        row("done to todo removes [completion:: …]", "- [x] A [completion:: 2025-11-09] #x", " ", "- [ ] A #x");
        row("done to todo keeps a [completion:: …] that holds no date",
            "- [x] A [completion:: 2025-11-09] B [completion:: soon #t]", " ", "- [ ] A B [completion:: soon #t]");
        row("done to todo keeps a field that is not closed after its date",
            "- [x] A [completion:: 2025-11-09 and more] #x", " ", "- [ ] A [completion:: 2025-11-09 and more] #x");
        row("done to todo keeps a ✅ that is text", "- [x] Check ✅ marks ✅ 2025-11-09", " ", "- [ ] Check ✅ marks");
        row("upper X to todo removes the date", "- [X] A ✅ 2025-11-09", " ", "- [ ] A");
        row("todo to cancelled appends the cancelled date", "- [ ] A", "-", "- [-] A" + kCancelled);
        row("cancelled by name, before a block id", "- [ ] A ^q", "cancelled", "- [-] A" + kCancelled + " ^q");
        row("an existing cancelled date is kept", "- [ ] A ❌ 2025-01-02", "-", "- [-] A ❌ 2025-01-02");
        row("cancelled to todo removes the cancelled date", "- [-] A ❌ 2025-11-01", " ", "- [ ] A");
        row("cancelled to todo removes [cancelled:: …]", "- [-] A [cancelled:: 2025-11-01]", " ", "- [ ] A");
        row("cancelled to done swaps the dates", "- [-] A ❌ 2025-11-01", "x", "- [x] A" + kDone);
        row("done to cancelled swaps the dates", "- [x] A ✅ 2025-11-09 ^b", "-", "- [-] A" + kCancelled + " ^b");
        row("no done date: todo to done changes only the character", "- [ ] A", "x", "- [x] A", false);
        row("no done date: done to todo keeps the date", "- [x] A ✅ 2025-11-09", " ", "- [ ] A ✅ 2025-11-09", false);
        row("no done date: todo to cancelled", "- [ ] A", "-", "- [-] A", false);
        row("numbered list item", "1. [ ] A", "x", "1. [x] A" + kDone);
        row("star bullet after a tab", "\t* [ ] A", "x", "\t* [x] A" + kDone);
        row("task in a blockquote", "> - [ ] A", "x", "> - [x] A" + kDone);
        row("mojibake elsewhere in the line is kept", "- [?] A @Myself " + kMojibakeDue + " 2025-11-12", "x",
            "- [x] A @Myself " + kMojibakeDue + " 2025-11-12" + kDone);
        row("invalid UTF-8 elsewhere is kept byte for byte", "- [ ] A \xFF\xFE B", "x", "- [x] A \xFF\xFE B" + kDone);
        row("a custom status character", "- [ ] A", "!", "- [!] A");
        row("a custom status to done", "- [!] A", "x", "- [x] A" + kDone);
        row("a non-ASCII status character", "- [ ] A", "→", "- [→] A");
        row("a non-ASCII status back to todo", "- [→] A", " ", "- [ ] A");
        row("an emoji status back to todo", "- [🔥] A", " ", "- [ ] A");
    }

    void rewriteLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, status);
        QFETCH(bool, doneDates);
        QFETCH(QByteArray, expected);
        const auto rewritten = TaskWriter::rewriteLine(line, status, options(doneDates));
        QVERIFY(rewritten);
        QCOMPARE(*rewritten, expected);
    }

    void rewriteLineRefuses_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("status");
        QTest::newRow("plain text") << QByteArray("Just text") << "x";
        QTest::newRow("a list item without a checkbox") << QByteArray("- just an item") << "x";
        QTest::newRow("a checkbox without a list marker") << QByteArray("[ ] A") << "x";
        QTest::newRow("a checkbox not followed by a blank") << QByteArray("- [ ]A") << "x";
        QTest::newRow("an unknown status name") << QByteArray("- [ ] A") << "finished";
        QTest::newRow("two characters") << QByteArray("- [ ] A") << "xy";
        QTest::newRow("no character") << QByteArray("- [ ] A") << "";
        QTest::newRow("a line break") << QByteArray("- [ ] A") << "\n";
        QTest::newRow("a tab") << QByteArray("- [ ] A") << "\t";
        QTest::newRow("a closing bracket") << QByteArray("- [ ] A") << "]";
    }

    void rewriteLineRefuses()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, status);
        QVERIFY(!TaskWriter::rewriteLine(line, status, options()));
    }

    void fileBytes_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("BOM kept, task on line 1") << QByteArray("\xEF\xBB\xBF- [ ] A\nB\n") << 1 << "x"
                                                  << "\xEF\xBB\xBF- [x] A" + kDone + "\nB\n";
        QTest::newRow("BOM kept, task further down") << QByteArray("\xEF\xBB\xBF# T\n\n- [ ] A\n") << 3 << "x"
                                                     << "\xEF\xBB\xBF# T\n\n- [x] A" + kDone + "\n";
        QTest::newRow("CRLF kept") << QByteArray("# T\r\n\r\n- [ ] A\r\n- [ ] B\r\n") << 3 << "x"
                                   << "# T\r\n\r\n- [x] A" + kDone + "\r\n- [ ] B\r\n";
        QTest::newRow("mixed line endings kept") << QByteArray("# T\n\r\n- [ ] A\r\n- [ ] B\nend") << 4 << "x"
                                                 << "# T\n\r\n- [ ] A\r\n- [x] B" + kDone + "\nend";
        QTest::newRow("no final newline") << QByteArray("# T\n\n- [ ] A") << 3 << "x" << "# T\n\n- [x] A" + kDone;
        QTest::newRow("CRLF, no final newline, date removed") << QByteArray("# T\r\n\r\n- [x] A ✅ 2025-11-09") << 3 << " "
                                                              << QByteArray("# T\r\n\r\n- [ ] A");
        QTest::newRow("mojibake and invalid UTF-8 elsewhere untouched")
            << "# Caf\xC3\x83\xC2\xA9 " + kMojibakeDue + "\n\n- [ ] A\n\n\xFF\xFE bytes\n" << 3 << "x"
            << "# Caf\xC3\x83\xC2\xA9 " + kMojibakeDue + "\n\n- [x] A" + kDone + "\n\n\xFF\xFE bytes\n";
        QTest::newRow("subtask") << QByteArray("- [ ] parent\n    - [ ] child\n") << 2 << "x"
                                 << "- [ ] parent\n    - [x] child" + kDone + "\n";
        QTest::newRow("after frontmatter") << QByteArray("---\ntitle: T\n---\n\n- [ ] A\n") << 5 << "-"
                                           << "---\ntitle: T\n---\n\n- [-] A" + kCancelled + "\n";
    }

    void fileBytes()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, line);
        QFETCH(QString, status);
        QFETCH(QByteArray, after);
        Fixture f(before);
        QVERIFY(f.index);
        const auto result = TaskWriter(*f.index).setStatus(QStringLiteral("note.md"), line, status, options());
        QVERIFY2(result.outcome == Outcome::Written, qPrintable(result.message));
        QCOMPARE(result.line, line);
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), after);
        // The line's text, without a BOM or its line ending.
        QByteArray text = fixture::linesWithEndings(after).at(line - 1);
        if (line == 1 && text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
        QCOMPARE(result.newText.toUtf8(), text);
    }

    void seedNoteChangesOnlyTheTargetLine()
    {
        TestVault vault;
        QVERIFY(vault.addSeed());
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const QByteArray before = vault.read(QStringLiteral("meeting-note.md"));
        const auto result = TaskWriter(*index).setStatus(QStringLiteral("meeting-note.md"), 27, QStringLiteral("x"), options());
        QVERIFY2(result.outcome == Outcome::Written, qPrintable(result.message));
        const QByteArrayList oldLines = fixture::linesWithEndings(before);
        const QByteArrayList newLines = fixture::linesWithEndings(vault.read(QStringLiteral("meeting-note.md")));
        QCOMPARE(newLines.size(), oldLines.size());
        for (qsizetype i = 0; i < oldLines.size(); ++i) {
            if (i != 26)
                QCOMPARE(newLines.at(i), oldLines.at(i));
        }
        QByteArray expected = oldLines.at(26);
        QVERIFY(expected.startsWith("- [?] Meet with Kushal"));
        expected.replace(3, 1, "x").insert(expected.size() - 1, kDone);
        QCOMPARE(newLines.at(26), expected);
    }

    void seedTasksRoundTripThroughReplaceLine()
    {
        TestVault vault;
        QVERIFY(vault.addSeed());
        const auto index = fixture::openIndex(vault);
        QVERIFY(index && fixture::update(*index));
        const QByteArray original = vault.read(QStringLiteral("meeting-note.md"));
        const auto note = core::IndexReader(index->database()).note(QStringLiteral("meeting-note.md"));
        QVERIFY(note);
        QCOMPARE(note->tasks.size(), 18);
        TaskWriter writer(*index);
        for (const core::Task &task : note->tasks) {
            const auto set = writer.setStatus(QStringLiteral("meeting-note.md"), task.line, QStringLiteral("x"), options());
            QVERIFY2(set.outcome == Outcome::Written, qPrintable(set.message));
            QVERIFY(vault.read(QStringLiteral("meeting-note.md")) != original);
            const auto undo = writer.replaceLine(QStringLiteral("meeting-note.md"), set.line, set.newText, set.oldText);
            QVERIFY2(undo.outcome == Outcome::Written, qPrintable(undo.message));
            QCOMPARE(vault.read(QStringLiteral("meeting-note.md")), original);
        }
    }

    void permissionsAreKept_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0600") << 0600;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0664") << 0664;
        QTest::newRow("0755, executable") << 0755;
    }

    void permissionsAreKept()
    {
        QFETCH(int, mode);
        Fixture f("- [ ] A\n");
        QVERIFY(f.index);
        const QString path = f.vault.filePath(QStringLiteral("note.md"));
        QFileDevice::Permissions wanted;
        const QFileDevice::Permission bits[] = { QFileDevice::ExeOther, QFileDevice::WriteOther, QFileDevice::ReadOther,
                                                 QFileDevice::ExeGroup, QFileDevice::WriteGroup, QFileDevice::ReadGroup,
                                                 QFileDevice::ExeOwner, QFileDevice::WriteOwner, QFileDevice::ReadOwner };
        for (int i = 0; i < 9; ++i) {
            if (mode & (1 << i))
                wanted |= bits[i];
        }
        QVERIFY(QFile::setPermissions(path, wanted));
        const auto before = QFile::permissions(path);
        const auto result = TaskWriter(*f.index).setStatus(QStringLiteral("note.md"), 1, QStringLiteral("x"), options());
        QVERIFY2(result.outcome == Outcome::Written, qPrintable(result.message));
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), "- [x] A" + kDone + "\n");
        QCOMPARE(QFile::permissions(path), before);
    }

    void notATask_data()
    {
        QTest::addColumn<int>("line");
        QTest::newRow("frontmatter") << 2;
        QTest::newRow("blank line") << 4;
        QTest::newRow("plain text") << 5;
        QTest::newRow("task-like line in an indented code block") << 7;
        QTest::newRow("list item without a checkbox") << 9;
        QTest::newRow("code fence") << 11;
        QTest::newRow("task-like line in a fenced code block") << 12;
        QTest::newRow("past the end of the file") << 16;
        QTest::newRow("far past the end of the file") << 1000;
        QTest::newRow("line zero") << 0;
        QTest::newRow("negative line") << -3;
    }

    void notATask()
    {
        QFETCH(int, line);
        const QByteArray bytes = "---\ntitle: T\n---\n\nPlain text line\n\n    - [ ] four-space indented code\n\n"
                                 "- a list item without a checkbox\n\n```markdown\n- [ ] a task in a fenced block\n```\n\n"
                                 "- [ ] a real task\n";
        Fixture f(bytes);
        QVERIFY(f.index);
        const QString path = f.vault.filePath(QStringLiteral("note.md"));
        const QDateTime old = QDateTime::currentDateTime().addDays(-3);
        QVERIFY(fixture::setModified(path, old));
        TaskWriter writer(*f.index);
        const auto result = writer.setStatus(QStringLiteral("note.md"), line, QStringLiteral("x"), options());
        QCOMPARE(result.outcome, Outcome::NotATask);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), bytes);
        QCOMPARE(fixture::modified(path), old);
        // The real task of the same file is writable: the refusal was about the line.
        QCOMPARE(writer.setStatus(QStringLiteral("note.md"), 15, QStringLiteral("x"), options()).outcome, Outcome::Written);
    }

    // Obsidian hides a task inside "%% … %%" and Tasks never lists it: it is text, never written.
    void taskInACommentIsNotATask_data()
    {
        QTest::addColumn<int>("line");
        QTest::newRow("in a block comment") << 3;
        QTest::newRow("after an unclosed comment") << 7;
    }

    void taskInACommentIsNotATask()
    {
        QFETCH(int, line);
        const QByteArray bytes = "- [ ] a real task\n%%\n- [ ] hidden in a block\n%%\n\n%% "
                                 "unclosed\n- [ ] hidden to the end\n";
        Fixture f(bytes);
        QVERIFY(f.index);
        TaskWriter writer(*f.index);
        const auto result
            = writer.setStatus(QStringLiteral("note.md"), line, QStringLiteral("x"), options());
        QCOMPARE(result.outcome, Outcome::NotATask);
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), bytes);
        QCOMPARE(
            writer.setStatus(QStringLiteral("note.md"), 1, QStringLiteral("x"), options()).outcome,
            Outcome::Written);
    }

    void pathRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<TaskWriter::Outcome>("outcome");
        QTest::newRow("parent folder") << "../outside.md" << Outcome::OutsideVault;
        QTest::newRow("parent folder, reached from a subfolder") << "Meetings/../../outside.md" << Outcome::OutsideVault;
        QTest::newRow("absolute path, even inside the vault") << "$VAULT/a.md" << Outcome::OutsideVault;
        QTest::newRow("symbolic link to a file outside") << "link.md" << Outcome::OutsideVault;
        QTest::newRow("symbolic link to a note inside") << "alias.md" << Outcome::OutsideVault;
        QTest::newRow("through a linked folder") << "Linked/a.md" << Outcome::OutsideVault;
        QTest::newRow("hidden folder") << ".trash/a.md" << Outcome::OutsideVault;
        QTest::newRow("not a Markdown file") << "a.txt" << Outcome::OutsideVault;
        QTest::newRow("missing note") << "missing.md" << Outcome::IoError;
        QTest::newRow("a folder named like a note") << "Folder.md" << Outcome::IoError;
    }

    void pathRefused()
    {
        QFETCH(QString, path);
        QFETCH(TaskWriter::Outcome, outcome);
        const QByteArray task = "- [ ] A\n";
        Fixture f(task, QStringLiteral("a.md"));
        QVERIFY(f.index);
        const QString outside = QFileInfo(f.vault.root()).absolutePath() + QStringLiteral("/outside.md");
        QVERIFY(f.vault.write(QStringLiteral("../outside.md"), task));
        QVERIFY(f.vault.write(QStringLiteral(".trash/a.md"), task));
        QVERIFY(f.vault.write(QStringLiteral("a.txt"), task));
        QVERIFY(QDir().mkpath(f.vault.filePath(QStringLiteral("Folder.md"))));
        QVERIFY(QDir().mkpath(f.vault.filePath(QStringLiteral("Meetings"))));
        QVERIFY(QFile::link(outside, f.vault.filePath(QStringLiteral("link.md"))));
        QVERIFY(QFile::link(f.vault.filePath(QStringLiteral("a.md")), f.vault.filePath(QStringLiteral("alias.md"))));
        QVERIFY(QFile::link(f.vault.root(), f.vault.filePath(QStringLiteral("Linked"))));
        path.replace(QStringLiteral("$VAULT"), f.vault.root());

        const auto result = TaskWriter(*f.index).setStatus(path, 1, QStringLiteral("x"), options());
        QCOMPARE(result.outcome, outcome);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.ok());
        for (const char *file : { "a.md", ".trash/a.md", "a.txt", "../outside.md" })
            QCOMPARE(f.vault.read(QLatin1String(file)), task);
        QCOMPARE(fixture::scalar(*f.index, QStringLiteral("SELECT count(*) FROM notes")), 1);
    }

    void expectedLine_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<TaskWriter::Outcome>("outcome");
        QTest::addColumn<int>("foundAt");
        QTest::newRow("line moved down: found at its unique new position")
            << QByteArray("# T\nnew line\n- [ ] A\n- [ ] B\n") << 3 << "- [ ] B" << Outcome::Written << 4;
        QTest::newRow("line moved up from past the end") << QByteArray("- [ ] B\n") << 9 << "- [ ] B" << Outcome::Written << 1;
        QTest::newRow("the line still reads as expected, though a copy exists")
            << QByteArray("- [ ] B\n- [ ] B\n") << 2 << "- [ ] B" << Outcome::Written << 2;
        QTest::newRow("a BOM before line 1 is not part of the text")
            << QByteArray("\xEF\xBB\xBF- [ ] B\n") << 1 << "- [ ] B" << Outcome::Written << 1;
        QTest::newRow("a CRLF line matches without its CR")
            << QByteArray("x\r\n- [ ] B\r\n") << 1 << "- [ ] B" << Outcome::Written << 2;
        QTest::newRow("duplicate identical lines: conflict")
            << QByteArray("- [ ] B\nX\n- [ ] B\n") << 2 << "- [ ] B" << Outcome::Conflict << 2;
        QTest::newRow("the expected line is nowhere: conflict")
            << QByteArray("- [ ] A\n- [ ] C\n") << 1 << "- [ ] B" << Outcome::Conflict << 1;
        QTest::newRow("the line changed in place: conflict")
            << QByteArray("- [x] B\n") << 1 << "- [ ] B" << Outcome::Conflict << 1;
    }

    void expectedLine()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, line);
        QFETCH(QString, expected);
        QFETCH(TaskWriter::Outcome, outcome);
        QFETCH(int, foundAt);
        Fixture f(before);
        QVERIFY(f.index);
        const auto result = TaskWriter(*f.index).setStatus(QStringLiteral("note.md"), line, QStringLiteral("x"),
                                                            options(true, expected));
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.line, foundAt);
        const QByteArray after = f.vault.read(QStringLiteral("note.md"));
        if (outcome != Outcome::Written) {
            QVERIFY(!result.message.isEmpty());
            QCOMPARE(after, before);
            return;
        }
        const QByteArrayList oldLines = fixture::linesWithEndings(before);
        const QByteArrayList newLines = fixture::linesWithEndings(after);
        for (qsizetype i = 0; i < oldLines.size(); ++i) {
            if (i + 1 != foundAt)
                QCOMPARE(newLines.at(i), oldLines.at(i));
        }
        QVERIFY(newLines.at(foundAt - 1).contains(QByteArray("- [x] B" + kDone)));
    }

    // Tasks' completion in the file: the next occurrence above, or the line gone; undo and redo
    // each one step, byte for byte, and one journal entry for the whole write.
    void completionInTheFile_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("after");
        const QByteArray done = " \xE2\x9C\x85 2025-11-10";
        QTest::newRow("recurrence: CRLF and BOM, next occurrence above")
            << QByteArray("\xEF\xBB\xBF- [ ] A 🔁 every week 📅 2025-11-03\r\nb\r\n") << 1
            << "\xEF\xBB\xBF- [ ] A 🔁 every week 📅 2025-11-10\r\n- [x] A 🔁 every week 📅 2025-11-03" + done + "\r\nb\r\n";
        QTest::newRow("recurrence: last line without a final newline")
            << QByteArray("# T\n\n  - [ ] A 🔁 every week ⏳ 2025-11-03") << 3
            << "# T\n\n  - [ ] A 🔁 every week ⏳ 2025-11-10\n  - [x] A 🔁 every week ⏳ 2025-11-03" + done;
        QTest::newRow("on completion: delete, a middle line") << QByteArray("a\r\n- [ ] A 🏁 delete\r\nb") << 2
                                                             << QByteArray("a\r\nb");
        QTest::newRow("on completion: delete, the last line without a final newline")
            << QByteArray("a\n- [ ] A 🏁 delete") << 2 << QByteArray("a");
        QTest::newRow("on completion: delete, the first line after a BOM")
            << QByteArray("\xEF\xBB\xBF- [ ] A 🏁 delete\nb\n") << 1 << QByteArray("\xEF\xBB\xBF" "b\n");
        QTest::newRow("recurrence and delete: the next occurrence replaces the line")
            << QByteArray("a\n- [ ] A 🔁 every week 🏁 delete 📅 2025-11-03\nb\n") << 2
            << QByteArray("a\n- [ ] A 🔁 every week 🏁 delete 📅 2025-11-10\nb\n");
    }

    void completionInTheFile()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, line);
        QFETCH(QByteArray, after);
        Fixture f(before);
        QVERIFY(f.index);
        TaskWriter writer(*f.index);
        const auto result = writer.setStatus(QStringLiteral("note.md"), line, QStringLiteral("x"), options());
        QVERIFY2(result.outcome == Outcome::Written, qPrintable(result.message));
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), after);
        const auto history = writer.history();
        QVERIFY(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().newText, result.newText);
        const auto undo = writer.undo();
        QVERIFY2(undo.ok, qPrintable(undo.message));
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), before);
        const auto redo = writer.redo();
        QVERIFY2(redo.ok, qPrintable(redo.message));
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), after);
        // And undone again after the redo.
        QVERIFY(writer.undo().ok);
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), before);
    }

    void completionUndoRefusedWhenTheNextOccurrenceChanged()
    {
        const QByteArray before("- [ ] A 🔁 every week 📅 2025-11-03\n");
        Fixture f(before);
        QVERIFY(f.index);
        TaskWriter writer(*f.index);
        QCOMPARE(writer.setStatus(QStringLiteral("note.md"), 1, QStringLiteral("x"), options()).outcome, Outcome::Written);
        // Another editor ticks the new occurrence: undo must not take it back with the completion.
        QByteArray edited = f.vault.read(QStringLiteral("note.md"));
        edited.replace("- [ ] A", "- [/] A");
        QVERIFY(f.vault.write(QStringLiteral("note.md"), edited));
        const auto undo = writer.undo();
        QVERIFY(!undo.ok);
        QVERIFY(undo.refused);
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), edited);
    }

    void replaceLineRestoresTheFile_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<int>("line");
        QTest::newRow("BOM, CRLF, no final newline") << QByteArray("\xEF\xBB\xBF- [x] A ✅ 2025-11-09 ^id\r\nb\r\n- [ ] C") << 1;
        QTest::newRow("mojibake in the line") << "a\n- [?] B " + kMojibakeDue + " 2025-11-12 " + kMojibakeDone + " 2025-11-01\n" << 2;
    }

    void replaceLineRestoresTheFile()
    {
        QFETCH(QByteArray, before);
        QFETCH(int, line);
        Fixture f(before);
        QVERIFY(f.index);
        TaskWriter writer(*f.index);
        for (const char *status : { "x", " ", "-", "/" }) {
            const auto set = writer.setStatus(QStringLiteral("note.md"), line, QLatin1String(status), options());
            if (set.outcome == Outcome::Unchanged)
                continue;
            QVERIFY2(set.outcome == Outcome::Written, qPrintable(set.message));
            QVERIFY(f.vault.read(QStringLiteral("note.md")) != before);
            const auto undo = writer.replaceLine(QStringLiteral("note.md"), set.line, set.newText, set.oldText);
            QVERIFY2(undo.outcome == Outcome::Written, qPrintable(undo.message));
            QCOMPARE(f.vault.read(QStringLiteral("note.md")), before);
            // Redo reapplies the same bytes.
            const auto redo = writer.replaceLine(QStringLiteral("note.md"), set.line, set.oldText, set.newText);
            QVERIFY2(redo.outcome == Outcome::Written, qPrintable(redo.message));
            QCOMPARE(writer.replaceLine(QStringLiteral("note.md"), set.line, set.newText, set.oldText).outcome,
                     Outcome::Written);
        }
    }

    void replaceLineRefuses_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<TaskWriter::Outcome>("outcome");
        QTest::newRow("a replacement that is not a task") << "- [ ] A" << "plain text" << Outcome::NotATask;
        QTest::newRow("a replacement with a line that is not a task") << "- [ ] A" << "- [x] A\nplain" << Outcome::NotATask;
        QTest::newRow("no lines for no lines") << "" << "" << Outcome::NotATask;
        QTest::newRow("a replacement with a carriage return") << "- [ ] A" << "- [x] A\r" << Outcome::NotATask;
        QTest::newRow("the line no longer reads as expected") << "- [ ] Z" << "- [x] Z" << Outcome::Conflict;
    }

    void replaceLineRefuses()
    {
        QFETCH(QString, expected);
        QFETCH(QString, replacement);
        QFETCH(TaskWriter::Outcome, outcome);
        const QByteArray before = "- [ ] A\n";
        Fixture f(before);
        QVERIFY(f.index);
        QCOMPARE(TaskWriter(*f.index).replaceLine(QStringLiteral("note.md"), 1, expected, replacement).outcome, outcome);
        QCOMPARE(f.vault.read(QStringLiteral("note.md")), before);
    }

    void sameStatusLeavesTheFileAlone()
    {
        Fixture f("- [x] A ✅ 2025-11-09\n");
        QVERIFY(f.index);
        const QString path = f.vault.filePath(QStringLiteral("note.md"));
        const QDateTime old = QDateTime::currentDateTime().addDays(-2);
        QVERIFY(fixture::setModified(path, old));
        const auto result = TaskWriter(*f.index).setStatus(QStringLiteral("note.md"), 1, QStringLiteral("done"), options());
        QCOMPARE(result.outcome, Outcome::Unchanged);
        QVERIFY(result.ok());
        QCOMPARE(fixture::modified(path), old);
    }

    void theIndexReflectsTheWrite()
    {
        Fixture f("# T\n\n- [ ] A @Bob\n- [ ] B\n");
        QVERIFY(f.index);
        const auto result = TaskWriter(*f.index).setStatus(QStringLiteral("note.md"), 3, QStringLiteral("x"), options());
        QVERIFY2(result.outcome == Outcome::Written, qPrintable(result.message));
        QCOMPARE(result.oldText, QStringLiteral("- [ ] A @Bob"));
        QCOMPARE(result.newText, QStringLiteral("- [x] A @Bob ✅ 2025-11-10"));
        const auto note = core::IndexReader(f.index->database()).note(QStringLiteral("note.md"));
        QVERIFY(note);
        QCOMPARE(note->tasks.size(), 2);
        QCOMPARE(note->tasks.first().status, QStringLiteral("x"));
        QCOMPARE(note->tasks.first().state, core::TaskState::Done);
        QCOMPARE(note->tasks.first().done, QStringLiteral("2025-11-10"));
        QCOMPARE(note->tasks.first().owner, QStringLiteral("Bob"));
        const auto done = core::Search(f.index->database()).tasks(*core::Query::parse(QStringLiteral("status:done")));
        QVERIFY(done);
        QCOMPARE(done->size(), 1);
        QCOMPARE(done->first().task.line, 3);
        // The stored size and mtime are the file's: the next update has nothing to do.
        const auto stats = fixture::update(*f.index);
        QVERIFY(stats);
        QCOMPARE(std::tuple(stats->updated, stats->unchanged), std::tuple(0, 1));
    }

    void statusCharacter_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("character"); // "<none>" when refused
        const QString none = QStringLiteral("<none>");
        QTest::newRow("x") << "x" << "x";
        QTest::newRow("done") << "done" << "x";
        QTest::newRow("Done, any case") << "Done" << "x";
        QTest::newRow("todo") << "todo" << " ";
        QTest::newRow("in_progress") << "in_progress" << "/";
        QTest::newRow("cancelled") << "cancelled" << "-";
        QTest::newRow("proposed") << "proposed" << "?";
        QTest::newRow("forwarded") << "forwarded" << ">";
        QTest::newRow("space") << " " << " ";
        QTest::newRow("custom") << "!" << "!";
        QTest::newRow("emoji") << "🔥" << "🔥";
        QTest::newRow("two characters") << "xy" << none;
        QTest::newRow("empty") << "" << none;
        QTest::newRow("line feed") << "\n" << none;
        QTest::newRow("carriage return") << "\r" << none;
        QTest::newRow("closing bracket") << "]" << none;
        QTest::newRow("other is not a status one can set") << "other" << none;
    }

    void statusCharacter()
    {
        QFETCH(QString, input);
        QFETCH(QString, character);
        QCOMPARE(TaskWriter::statusCharacter(input).value_or(QStringLiteral("<none>")), character);
    }
};

QTEST_GUILESS_MAIN(TestTaskWriter)
#include "tst_taskwriter.moc"
