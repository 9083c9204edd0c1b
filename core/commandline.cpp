#include "commandline.h"

#include "indexer.h"
#include "decisionlog.h"
#include "duplicatefinder.h"
#include "identity.h"
#include "indexreader.h"
#include "peopledirectory.h"
#include "journal.h"
#include "notejson.h"
#include "noteparser.h"
#include "query.h"
#include "search.h"
#include "taskwriter.h"
#include "vaultindex.h"

#include <QFileInfo>
#include <QIODevice>
#include <QRegularExpression>

namespace core {

struct CommandLine::Options
{
    QString command;
    QStringList positional;
    QString indexPath;
    std::optional<QString> expect;
    qint64 maxBytes = NoteParser::kDefaultMaxBytes;
    Identity identity;
    bool json = false;
    bool noDoneDate = false;
};

namespace {

std::optional<QString> takeValue(const QStringList &args, qsizetype &i)
{
    if (i + 1 >= args.size())
        return std::nullopt;
    return args.at(++i);
}

// Opens the vault's index and brings it up to date; on failure `error` says why.
std::unique_ptr<VaultIndex> openUpdated(const QString &vault, const QString &indexPath, qint64 maxBytes,
                                        QString &error, std::optional<Indexer::Stats> *stats = nullptr)
{
    auto index = std::make_unique<VaultIndex>(vault, indexPath);
    if (!index->open()) {
        error = index->error();
        return nullptr;
    }
    Indexer indexer(*index);
    indexer.setMaxFileBytes(maxBytes);
    auto result = indexer.update();
    if (!result) {
        error = indexer.error();
        return nullptr;
    }
    if (stats)
        *stats = std::move(result);
    return index;
}

QString humanTask(const Search::TaskHit &hit)
{
    const Task &t = hit.task;
    QString line = hit.path + u':' + QString::number(t.line) + QStringLiteral(": [") + t.status
        + QStringLiteral("] ") + t.text;
    if (t.owner)
        line += QStringLiteral(" @") + *t.owner;
    if (t.due)
        line += QStringLiteral(" due ") + *t.due;
    if (t.priority != u"normal")
        line += QStringLiteral(" (") + t.priority + u')';
    return line;
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
        "  history VAULT [--json]           the journal of writes, newest first\n"
        "  undo VAULT | redo VAULT          revert (or re-apply) the last write, if the line is still as written\n"
        "  people VAULT [--json] [--me NAME=ALIAS,…]   everyone in the vault, with meetings and open tasks\n"
        "  decisions VAULT [QUERY] [--json] all decisions, newest first\n"
        "  duplicates VAULT [--json]        groups of likely duplicate tasks\n"
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
    Options o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--json") {
            o.json = true;
        } else if (arg == u"--no-done-date") {
            o.noDoneDate = true;
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
    if (o.positional.isEmpty())
        return usageError(QStringLiteral("missing command or vault"));

    const struct
    {
        const char16_t *name;
        qsizetype minArgs, maxArgs;
        int (CommandLine::*run)(const Options &);
    } commands[] = {
        { u"index", 1, 1, &CommandLine::index },       { u"export", 1, 1, &CommandLine::exportNotes },
        { u"tasks", 1, 2, &CommandLine::tasks },       { u"search", 2, 2, &CommandLine::search },
        { u"set-status", 4, 4, &CommandLine::setStatus }, { u"history", 1, 1, &CommandLine::history },
        { u"undo", 1, 1, &CommandLine::undo },         { u"redo", 1, 1, &CommandLine::redo },
        { u"people", 1, 1, &CommandLine::people },     { u"decisions", 1, 2, &CommandLine::decisions },
        { u"duplicates", 1, 1, &CommandLine::duplicates },
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
    auto index = openUpdated(o.positional.first(), o.indexPath, o.maxBytes, error);
    if (!index)
        fail(Error, error);
    return index;
}

int CommandLine::index(const Options &o)
{
    QString error;
    std::optional<Indexer::Stats> stats;
    if (!openUpdated(o.positional.first(), o.indexPath, o.maxBytes, error, &stats))
        return fail(Error, error);
    for (const QString &warning : std::as_const(stats->warnings))
        m_err.write(QByteArrayLiteral("vaultview-cli: warning: ") + warning.toUtf8() + '\n');
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
        print(o.json ? NoteJson::taskWithNote(hit.task, hit.path, hit.title, hit.date) : humanTask(hit).toUtf8());
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

int CommandLine::setStatus(const Options &o)
{
    bool lineOk = false;
    const int line = o.positional.at(2).toInt(&lineOk);
    if (!lineOk || line < 1)
        return fail(Usage, QStringLiteral("LINE must be a positive number: ") + o.positional.at(2));
    if (!TaskWriter::statusCharacter(o.positional.at(3)))
        return fail(Usage, QStringLiteral("unknown status: ") + o.positional.at(3));
    const auto index = open(o);
    if (!index)
        return Error;
    TaskWriter writer(*index);
    TaskWriter::Options options;
    options.doneDates = !o.noDoneDate;
    options.expectedLine = o.expect;
    const TaskWriter::Result result = writer.setStatus(o.positional.at(1), line, o.positional.at(3), options);
    switch (result.outcome) {
    case TaskWriter::Outcome::Written:
    case TaskWriter::Outcome::Unchanged:
        print((o.positional.at(1) + u':' + QString::number(result.line) + QStringLiteral(": ") + result.newText).toUtf8());
        return Ok;
    case TaskWriter::Outcome::NotATask:
    case TaskWriter::Outcome::Conflict: return fail(Refused, result.message);
    case TaskWriter::Outcome::OutsideVault:
    case TaskWriter::Outcome::IoError: return fail(Error, result.message);
    }
    return Error;
}

int CommandLine::history(const Options &o)
{
    auto index = std::make_unique<VaultIndex>(o.positional.first(), o.indexPath);
    if (!index->open())
        return fail(Error, index->error());
    Journal journal(index->database());
    const auto entries = journal.history(1000);
    if (!entries)
        return fail(Error, journal.error());
    for (const Journal::Entry &entry : *entries)
        print(o.json ? Journal::toJsonLine(entry) : Journal::toText(entry).toUtf8());
    return Ok;
}

int CommandLine::replay(const Options &o, bool undo)
{
    const auto index = open(o);
    if (!index)
        return Error;
    TaskWriter writer(*index);
    const Journal::Outcome outcome = undo ? writer.journal().undo(writer) : writer.journal().redo(writer);
    if (!outcome.ok)
        return fail(outcome.refused ? Refused : Error, outcome.message);
    for (const Journal::Entry &entry : outcome.entries)
        print((entry.path + u':' + QString::number(entry.line) + QStringLiteral(": ")
               + (undo ? entry.oldText : entry.newText))
                  .toUtf8());
    return Ok;
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
        print(o.json ? PeopleDirectory::toJsonLine(person) : PeopleDirectory::toTextLine(person).toUtf8());
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
            print(o.json ? DecisionLog::toJsonLine(entry) : DecisionLog::toTextLine(entry).toUtf8());
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
            print(DuplicateFinder::toJsonLine(group));
            continue;
        }
        for (const QString &line : DuplicateFinder::toTextLines(group))
            print(line.toUtf8());
        print({});
    }
    return Ok;
}

} // namespace core
