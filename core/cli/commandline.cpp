// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandline.h"

#include "core/cli/clioutput.h"
#include "core/cli/jsonwriter.h"
#include "core/cli/notejson.h"
#include "core/index/indexer.h"
#include "core/index/indexreader.h"
#include "core/index/journal.h"
#include "core/index/vaultindex.h"
#include "core/index/vaultlock.h"
#include "core/model/identity.h"
#include "core/parse/noteparser.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "core/views/decisionlog.h"
#include "core/views/duplicatefinder.h"
#include "core/views/peopledirectory.h"
#include "core/write/taskwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace core {

struct CommandLine::Options
{
    QString command;
    QStringList positional;
    QString indexPath;
    std::optional<QString> expect;
    QString journalPath;
    qint64 maxBytes = NoteParser::kDefaultMaxBytes;
    Identity identity;
    bool json = false;
    bool noDoneDate = false;
    bool rebuild = false;
};

namespace {

std::optional<QString> takeValue(const QStringList &args, qsizetype &i)
{
    if (i + 1 >= args.size())
        return std::nullopt;
    return args.at(++i);
}

// Opens the vault's index and brings it up to date, rebuilding a damaged one; on failure `error`
// says why. What the user should know besides (a rebuild, a read-only index) goes to `warnings`.
std::unique_ptr<VaultIndex> openUpdated(const QString &vault, const QString &indexPath, qint64 maxBytes,
                                        const QString &journalPath, QString &error, QStringList &warnings,
                                        std::optional<Indexer::Stats> *stats = nullptr)
{
    // A query waits a while for another Vaultview's update (a window's first index, say), then
    // answers from the index as it stands; `index` itself waits for its turn.
    constexpr int kQueryWaitMs = 20000;
    auto index = std::make_unique<VaultIndex>(vault, indexPath);
    // A first index is loaded in a file of its own, then put in place: other runs wait for it.
    if (!index->open(VaultIndex::OpenMode::BuildPrivately)) {
        error = index->error();
        return nullptr;
    }
    // Whatever the command, a write that a killed run left half-done is settled first (and its
    // temporary file removed from the vault).
    if (!index->isReadOnly() && !index->isBuilding())
        TaskWriter(*index, journalPath).reconcile();
    if (!index->notice().isEmpty())
        warnings.append(index->notice());
    if (index->isReadOnly()) {
        warnings.append(QStringLiteral("the index is read-only (") + index->indexPath()
                        + QStringLiteral("); answering from it as it stands, without updating it"));
        return index;
    }
    Indexer indexer(*index);
    indexer.setMaxFileBytes(maxBytes);
    if (!stats && !index->isBuilding())
        indexer.setLockTimeout(kQueryWaitMs);
    auto result = indexer.update();
    if (!result && indexer.failedOnBusy()) {
        warnings.append(QStringLiteral("another Vaultview is still updating this vault's index; answering from it as "
                                       "it stands"));
        return index;
    }
    if (!result && indexer.failedOnCorruption()) {
        warnings.append(QStringLiteral("the index was damaged (") + indexer.error()
                        + QStringLiteral("); it has been rebuilt"));
        if (!index->rebuild(QStringLiteral("damaged"), VaultIndex::OpenMode::BuildPrivately)) {
            error = index->error();
            return nullptr;
        }
        result = indexer.update();
    }
    if (!result) {
        error = indexer.error();
        return nullptr;
    }
    if (stats)
        *stats = std::move(result);
    return index;
}

// A character a user can see and type as a status: U+FFFD is what an invalid byte of the argument
// became, and a mark would join the '[' before it.
bool isVisible(char32_t c)
{
    return c == U' '
        || (QChar::isPrint(c) && !QChar::isSpace(c) && !QChar::isMark(c) && c != U'\uFFFD');
}

// An argument quoted on one line, what cannot be seen spelled <U+000A>.
QString shown(const QString &argument)
{
    QString out(u'"');
    for (const char32_t c : argument.toUcs4()) {
        if (isVisible(c))
            out += QString::fromUcs4(&c, 1);
        else
            out += QStringLiteral("<U+")
                + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0') + u'>';
    }
    return out + u'"';
}

// LINE: ASCII digits only; toInt() alone would take "+5" and " 5".
std::optional<int> lineNumber(const QString &text)
{
    if (text.isEmpty()
        || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c < u'0' || c > u'9'; }))
        return std::nullopt;
    bool ok = false;
    const int line = text.toInt(&ok);
    return ok && line > 0 ? std::optional(line) : std::nullopt;
}

// STATUS: a state name, or one visible character but ']'.
bool isStatus(const QString &status)
{
    if (!TaskWriter::statusCharacter(status))
        return false;
    const auto ucs4 = status.toUcs4();
    return ucs4.size() != 1 || isVisible(ucs4.front());
}

// PATH relative to the vault, as the writer takes it. An absolute path is cut after its first
// leading part that is the vault (the same canonical path) with no ".." after it: a link inside the
// vault is then still the writer's to refuse. nullopt when the path does not go through the vault.
std::optional<QString> vaultRelative(const QString &vault, const QString &path)
{
    if (!QDir::isAbsolutePath(path))
        return path;
    const QString root = QFileInfo(vault).canonicalFilePath();
    const QString p = QDir::fromNativeSeparators(path);
    for (qsizetype slash = p.indexOf(u'/'); slash >= 0; slash = p.indexOf(u'/', slash + 1)) {
        const QString rest = p.mid(slash + 1);
        if (rest.isEmpty() || rest.startsWith(u'/') || rest.split(u'/').contains(u".."))
            continue;
        if (QFileInfo(p.left(slash + 1)).canonicalFilePath() == root)
            return QDir::cleanPath(rest);
    }
    return std::nullopt;
}

} // namespace

CommandLine::CommandLine(QIODevice &out, QIODevice &err)
    : m_out(out)
    , m_err(err)
{
}

QString CommandLine::usage()
{
    return QStringLiteral(
        "usage: vaultview-cli COMMAND VAULT [ARGS] [--index FILE] [--max-size MB]\n"
        "  index VAULT                      update the index and print what changed\n"
        "  export VAULT                     print every note as JSON Lines, sorted by path\n"
        "  tasks VAULT [QUERY] [--json]     tasks matching a query\n"
        "  search VAULT QUERY [--json]      notes matching a query\n"
        "  set-status VAULT PATH LINE STATUS [--no-done-date] [--expect LINE_TEXT]\n"
        "                                   change one task's status (STATUS: x, ' ', /, -, ?, > or a name)\n"
        "  set-due VAULT PATH LINE DATE [--expect LINE_TEXT]\n"
        "                                   move a task's due date (DATE: YYYY-MM-DD, none, +1d, +1w, +1m)\n"
        "  history VAULT [--json]           the journal of writes, newest first\n"
        "  undo VAULT | redo VAULT          revert (or re-apply) the last write, if the line is still as written\n"
        "  people VAULT [--json] [--me NAME=ALIAS,…]   everyone in the vault, with meetings and open tasks\n"
        "  decisions VAULT [QUERY] [--json] all decisions, newest first\n"
        "  duplicates VAULT [--json]        groups of likely duplicate tasks\n"
        "  check VAULT [--rebuild]          check the index and the undo journal; rebuild the index\n"
        "options: --index FILE (the index, default in the cache folder), --journal FILE (the undo\n"
        "  journal, default in the data folder), --max-size MB, --me NAME=ALIAS,…\n"
        "query terms: person: owner: tag: type: status: due: after: before: -term \"phrase\" words\n");
}

void CommandLine::print(const QByteArray &line)
{
    m_out.write(line);
    m_out.write("\n", 1);
}

int CommandLine::fail(int code, const QString &message)
{
    m_err.write(QByteArrayLiteral("vaultview-cli: ") + message.toUtf8() + '\n');
    return code;
}

// Errors are one line, so the usage text is only a pointer away.
int CommandLine::usageError(const QString &message)
{
    return fail(Usage, message + QStringLiteral(" (see vaultview-cli --help)"));
}

int CommandLine::run(const QStringList &arguments)
{
    // Another Vaultview writing this vault: the wait is said once, so that it does not look like a hang.
    VaultLock::setWaitingNotifier(
        [this] { m_err.write(QStringLiteral("vaultview-cli: waiting for another Vaultview on this vault…\n").toUtf8()); });
    const int code = runCommand(arguments);
    VaultLock::setWaitingNotifier({});
    return code;
}

int CommandLine::runCommand(const QStringList &arguments)
{
    Options o;
    if (const int code = parseOptions(arguments, o); code != kContinue)
        return code;
    if (o.positional.isEmpty())
        return usageError(QStringLiteral("missing command or vault"));
    return dispatch(o);
}

// Fills `o`; kContinue, or the exit code when parsing already decided (an error, --help).
int CommandLine::parseOptions(const QStringList &arguments, Options &o)
{
    bool optionsEnded = false; // after "--": a note named "--x.md", a status "-"
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!optionsEnded && arg == u"--") {
            optionsEnded = true;
        } else if (optionsEnded) {
            (o.command.isEmpty() ? o.command : o.positional.emplace_back()) = arg;
        } else if (arg == u"--json") {
            o.json = true;
        } else if (arg == u"--no-done-date") {
            o.noDoneDate = true;
        } else if (arg == u"--rebuild") {
            o.rebuild = true;
        } else if (arg == u"--journal") {
            const auto value = takeValue(arguments, i);
            if (!value)
                return usageError(arg + QStringLiteral(" needs a value"));
            o.journalPath = *value;
        } else if (arg == u"--max-size") {
            const auto value = takeValue(arguments, i);
            bool ok = false;
            const double megabytes = value ? value->toDouble(&ok) : 0;
            if (!ok || megabytes <= 0)
                return usageError(QStringLiteral("--max-size takes a size in MB"));
            o.maxBytes = qint64(megabytes * 1024 * 1024);
        } else if (arg == u"--me") {
            const auto value = takeValue(arguments, i);
            const QStringList names = value ? value->split(QRegularExpression(QStringLiteral("\\s*[=,]\\s*")), Qt::SkipEmptyParts)
                                            : QStringList();
            if (names.isEmpty())
                return usageError(QStringLiteral("--me takes NAME or NAME=ALIAS,…"));
            o.identity.me = names.first();
            o.identity.aliases = names.mid(1);
        } else if (arg == u"--index" || arg == u"--expect") {
            const auto value = takeValue(arguments, i);
            if (!value)
                return usageError(arg + QStringLiteral(" needs a value"));
            (arg == u"--index" ? o.indexPath : o.expect.emplace()) = *value;
        } else if (arg == u"-h" || arg == u"--help") {
            m_out.write(usage().toUtf8());
            return Ok;
        } else if (arg.startsWith(u"--")) {
            return usageError(QStringLiteral("unknown option ") + arg);
        } else if (o.command.isEmpty()) {
            o.command = arg;
        } else {
            o.positional.append(arg);
        }
    }
    return kContinue;
}

int CommandLine::dispatch(const Options &o)
{
    const struct
    {
        const char16_t *name;
        qsizetype minArgs, maxArgs;
        int (CommandLine::*run)(const Options &);
    } commands[] = {
        { u"index", 1, 1, &CommandLine::index },       { u"export", 1, 1, &CommandLine::exportNotes },
        { u"tasks", 1, 2, &CommandLine::tasks },       { u"search", 2, 2, &CommandLine::search },
        { u"set-status", 4, 4, &CommandLine::setStatus }, { u"set-due", 4, 4, &CommandLine::setDue },
        { u"history", 1, 1, &CommandLine::history },
        { u"undo", 1, 1, &CommandLine::undo },         { u"redo", 1, 1, &CommandLine::redo },
        { u"people", 1, 1, &CommandLine::people },     { u"decisions", 1, 2, &CommandLine::decisions },
        { u"duplicates", 1, 1, &CommandLine::duplicates }, { u"check", 1, 1, &CommandLine::check },
    };
    for (const auto &c : commands) {
        if (o.command != QStringView(c.name))
            continue;
        if (o.positional.size() < c.minArgs || o.positional.size() > c.maxArgs)
            return usageError(QStringLiteral("wrong number of arguments for ") + o.command);
        if (!QFileInfo(o.positional.first()).isDir())
            return fail(Error, QStringLiteral("vault not found: ") + o.positional.first());
        return (this->*c.run)(o);
    }
    return usageError(QStringLiteral("unknown command ") + o.command);
}

std::optional<Query> CommandLine::parseQuery(const Options &o, int &code)
{
    QString problem;
    auto query = Query::parse(o.positional.value(1), &problem);
    if (!query)
        code = fail(Usage, QStringLiteral("invalid query: ") + problem);
    return query;
}

std::unique_ptr<VaultIndex> CommandLine::open(const Options &o)
{
    QString error;
    QStringList warnings;
    auto index = openUpdated(o.positional.first(), o.indexPath, o.maxBytes, o.journalPath, error, warnings);
    warn(warnings);
    if (!index)
        fail(Error, error);
    return index;
}

void CommandLine::warn(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        m_err.write(QByteArrayLiteral("vaultview-cli: warning: ") + warning.toUtf8() + '\n');
}

int CommandLine::index(const Options &o)
{
    QString error;
    QStringList warnings;
    std::optional<Indexer::Stats> stats;
    const bool ok
        = bool(openUpdated(o.positional.first(), o.indexPath, o.maxBytes, o.journalPath, error, warnings, &stats));
    warn(warnings);
    if (!ok)
        return fail(Error, error);
    if (!stats)
        return fail(Error, QStringLiteral("the index is read-only; it was not updated"));
    warn(stats->warnings);
    print(QStringLiteral("notes: %1 added, %2 updated, %3 removed, %4 unchanged; tasks: %5; %6 ms")
              .arg(stats->added)
              .arg(stats->updated)
              .arg(stats->removed)
              .arg(stats->unchanged)
              .arg(stats->tasks)
              .arg(stats->elapsedMs)
              .toUtf8());
    return Ok;
}

int CommandLine::exportNotes(const Options &o)
{
    const auto index = open(o);
    if (!index)
        return Error;
    IndexReader reader(index->database());
    if (!reader.forEachNote([this](const Note &note) { print(NoteJson::note(note)); }))
        return fail(Error, reader.error());
    return Ok;
}

int CommandLine::tasks(const Options &o)
{
    int code = Ok;
    const auto query = parseQuery(o, code);
    if (!query)
        return code;
    const auto index = open(o);
    if (!index)
        return Error;
    Search search(index->database());
    const bool ok = search.forEachTask(*query, [this, &o](const Search::TaskHit &hit) {
        print(o.json ? CliOutput::taskJson(hit) : CliOutput::humanTask(hit).toUtf8());
    });
    return ok ? Ok : fail(Error, search.error());
}

int CommandLine::search(const Options &o)
{
    int code = Ok;
    const auto query = parseQuery(o, code);
    if (!query)
        return code;
    const auto index = open(o);
    if (!index)
        return Error;
    Search search(index->database());
    const auto rows = search.notes(*query);
    if (!rows)
        return fail(Error, search.error());
    IndexReader reader(index->database());
    for (const Search::NoteRow &row : *rows) {
        if (!o.json) {
            print((row.path + QStringLiteral("  ") + row.date.value_or(QStringLiteral("----------"))
                   + QStringLiteral("  ") + row.title)
                      .toUtf8());
        } else if (const auto note = reader.note(row.path)) {
            print(NoteJson::noteSummary(*note, row.openCount));
        }
    }
    return Ok;
}

// Tests fix the day (VAULTVIEW_TODAY=YYYY-MM-DD): recurrence and postponing count from it.
QDate CommandLine::today()
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("VAULTVIEW_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDate::currentDate();
}

int CommandLine::setStatus(const Options &o)
{
    if (!isStatus(o.positional.at(3))) {
        const QString rule
            = QStringLiteral(" (one printable character, or todo, done, in_progress, "
                             "cancelled, proposed, forwarded)");
        return fail(Usage, QStringLiteral("unknown status ") + shown(o.positional.at(3)) + rule);
    }
    return writeTask(o, [&](TaskWriter &writer, const QString &path, int line) {
        TaskWriter::Options options;
        options.doneDates = !o.noDoneDate;
        options.expectedLine = o.expect;
        options.today = today();
        return writer.setStatus(path, line, o.positional.at(3), options);
    });
}

int CommandLine::setDue(const Options &o)
{
    const auto change = DueChange::parse(o.positional.at(3));
    if (!change)
        return fail(Usage, QStringLiteral("DATE must be YYYY-MM-DD, none, +Nd, +Nw or +Nm: ")
                               + shown(o.positional.at(3)));
    return writeTask(o, [&](TaskWriter &writer, const QString &path, int line) {
        TaskWriter::Options options;
        options.expectedLine = o.expect;
        options.today = today();
        return writer.setDue(path, line, *change, options);
    });
}

int CommandLine::writeTask(const Options &o,
                           const std::function<TaskWriter::Result(TaskWriter &, const QString &, int)> &write)
{
    // Usage errors first, then the path: nothing is read or written for a bad argument.
    const QString &given = o.positional.at(1);
    if (given.endsWith(u'/'))
        return fail(Usage, QStringLiteral("PATH must name a note, not a folder: ") + shown(given));
    const auto line = lineNumber(o.positional.at(2));
    if (!line) {
        const QString rule
            = QStringLiteral("LINE must be a positive number in ASCII digits, at most %1: ")
                  .arg(std::numeric_limits<int>::max());
        return fail(Usage, rule + shown(o.positional.at(2)));
    }
    const auto path = vaultRelative(o.positional.first(), given);
    if (!path)
        return fail(Error, QStringLiteral("refusing to write outside the vault: ") + given);
    const auto index = open(o);
    if (!index)
        return Error;
    TaskWriter writer(*index, o.journalPath);
    const TaskWriter::Result result = write(writer, *path, *line);
    switch (result.outcome) {
    case TaskWriter::Outcome::Written:
    case TaskWriter::Outcome::Unchanged: {
        // One line per line written: a completion may add the next occurrence, or remove the line.
        const QStringList lines = result.newText.isEmpty() ? QStringList() : result.newText.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            print((*path + u':' + QString::number(result.line + i) + QStringLiteral(": ") + lines.at(i)).toUtf8());
        if (lines.isEmpty())
            print((*path + u':' + QString::number(result.line) + QStringLiteral(": (line removed)")).toUtf8());
        warn(result.warnings);
        return Ok;
    }
    case TaskWriter::Outcome::NotATask:
    case TaskWriter::Outcome::Conflict: return fail(Refused, result.message);
    case TaskWriter::Outcome::OutsideVault:
    case TaskWriter::Outcome::IoError: return fail(Error, result.message);
    }
    return Error;
}

int CommandLine::history(const Options &o)
{
    // The journal is apart from the index: it answers even when the index cannot be opened.
    VaultIndex index(o.positional.first(), o.indexPath);
    index.open();
    TaskWriter writer(index, o.journalPath);
    const auto entries = writer.history(1000);
    if (!entries)
        return fail(Error, writer.journal().error());
    for (const Journal::Entry &entry : *entries)
        print(o.json ? CliOutput::journalJson(entry) : CliOutput::journalText(entry).toUtf8());
    return Ok;
}

int CommandLine::replay(const Options &o, bool undo)
{
    const auto index = open(o);
    if (!index)
        return Error;
    TaskWriter writer(*index, o.journalPath);
    const TaskWriter::Replay outcome = undo ? writer.undo() : writer.redo();
    if (!outcome.ok)
        return fail(outcome.refused ? Refused : Error, outcome.message);
    for (const Journal::Entry &entry : outcome.entries)
        print((entry.path + u':' + QString::number(entry.line) + QStringLiteral(": ")
               + (undo ? entry.oldText : entry.newText))
                  .toUtf8());
    return Ok;
}

// Runs SQLite's integrity check over the index and the journal; rebuilds the index on request.
int CommandLine::check(const Options &o)
{
    VaultIndex index(o.positional.first(), o.indexPath);
    if (!index.open())
        return fail(Error, index.error());
    warn(index.notice().isEmpty() ? QStringList() : QStringList { index.notice() });
    QStringList problems;
    QSqlQuery q(index.database());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        problems.append(q.lastError().text());
    while (q.next()) {
        if (q.value(0).toString() != u"ok")
            problems.append(q.value(0).toString());
    }
    q.finish();
    for (const QString &problem : std::as_const(problems))
        print((QStringLiteral("index: ") + problem).toUtf8());
    print((QStringLiteral("index: ") + (problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("damaged")) + u' '
           + index.indexPath())
              .toUtf8());
    TaskWriter writer(index, o.journalPath);
    const auto entries = writer.journal().open() ? writer.journal().history(1000000) : std::nullopt;
    print(entries ? QStringLiteral("journal: ok, %1 entries %2").arg(entries->size()).arg(writer.journal().path()).toUtf8()
                  : (QStringLiteral("journal: ") + writer.journal().error()).toUtf8());
    if (!o.rebuild)
        return problems.isEmpty() && entries ? Ok
                                             : fail(Error, QStringLiteral("damage found; `vaultview-cli check VAULT "
                                                                          "--rebuild` rebuilds the index"));
    Indexer indexer(index);
    indexer.setMaxFileBytes(o.maxBytes);
    if (!index.rebuild(QStringLiteral("rebuilt on request"), VaultIndex::OpenMode::BuildPrivately) || !indexer.update())
        return fail(Error, index.error().isEmpty() ? indexer.error() : index.error());
    print(QStringLiteral("index: rebuilt").toUtf8());
    return entries ? Ok : Error;
}

int CommandLine::undo(const Options &o)
{
    return replay(o, true);
}

int CommandLine::redo(const Options &o)
{
    return replay(o, false);
}

int CommandLine::people(const Options &o)
{
    const auto index = open(o);
    if (!index)
        return Error;
    PeopleDirectory directory(index->database(), o.identity);
    const auto people = directory.people();
    if (!people)
        return fail(Error, directory.error());
    for (const PeopleDirectory::Person &person : *people)
        print(o.json ? CliOutput::personJson(person) : CliOutput::personText(person).toUtf8());
    return Ok;
}

int CommandLine::decisions(const Options &o)
{
    int code = Ok;
    const auto query = parseQuery(o, code);
    if (!query)
        return code;
    const auto index = open(o);
    if (!index)
        return Error;
    DecisionLog log(index->database());
    DecisionLog::Cursor cursor;
    // Printed as read: the log of a big vault is never held whole.
    const bool ok = log.read(*query, QString(), cursor, [this, &o](QList<DecisionLog::Entry> &&entries) {
        for (const DecisionLog::Entry &entry : std::as_const(entries))
            print(o.json ? CliOutput::decisionJson(entry) : CliOutput::decisionText(entry).toUtf8());
        return true;
    });
    return ok ? Ok : fail(Error, log.error());
}

int CommandLine::duplicates(const Options &o)
{
    const auto index = open(o);
    if (!index)
        return Error;
    DuplicateFinder finder(o.identity);
    const auto groups = finder.find(index->database());
    if (!groups)
        return fail(Error, finder.error());
    for (const DuplicateFinder::Group &group : *groups) {
        if (o.json) {
            print(CliOutput::duplicatesJson(group));
            continue;
        }
        for (const QString &line : CliOutput::duplicatesText(group))
            print(line.toUtf8());
        print({});
    }
    return Ok;
}

} // namespace core
