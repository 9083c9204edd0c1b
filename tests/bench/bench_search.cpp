// SPDX-License-Identifier: GPL-3.0-or-later
// In-process latencies on an indexed vault: each query kind through core::Search (median and 95th
// percentile), DuplicateFinder over the whole vault, re-indexing one touched note, and a task write
// round trip through TaskWriter.
//   bench_search VAULT INDEX
#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "core/views/duplicatefinder.h"
#include "core/write/taskwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>

namespace {

struct Stat
{
    double median = 0;
    double p95 = 0;
};

Stat summarize(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return { samples.at(samples.size() / 2), samples.at(qsizetype(0.95 * double(samples.size() - 1))) };
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        out << "usage: bench_search VAULT INDEX\n";
        return 2;
    }
    core::VaultIndex index(args[1], args[2]);
    if (!index.open()) {
        out << index.error() << '\n';
        return 1;
    }
    core::Indexer(index).update();
    core::Search search(index.database());
    const QStringList queries { QStringLiteral("person:\"Jason Vallery\""),
        QStringLiteral("tag:followup"), QStringLiteral("status:proposed"),
        QStringLiteral("due:2025-11"), QStringLiteral("due:overdue"), QStringLiteral("type:people"),
        QStringLiteral("capacity"), QStringLiteral("\"control plane\""),
        QStringLiteral("after:2025-06 before:2025-09"), QStringLiteral("-tag:generated"),
        QStringLiteral("person:Alon status:open due:<2026-01-01"), QStringLiteral("person:jason") };
    QList<double> all;
    for (const QString &text : queries) {
        const auto query = core::Query::parse(text);
        QList<double> samples;
        qsizetype rows = 0;
        for (int i = 0; i < 15; ++i)
            samples.append(timeMs([&] { rows = search.notes(*query, core::Search::Order::DateDescending)->size(); }));
        all += samples;
        const Stat s = summarize(samples);
        out << QStringLiteral("  search %1 → %2 notes: median %3 ms, p95 %4 ms\n")
                   .arg(text, -42)
                   .arg(rows, 6)
                   .arg(s.median, 0, 'f', 1)
                   .arg(s.p95, 0, 'f', 1);
    }
    const Stat total = summarize(all);
    out << QStringLiteral("  all meeting-list queries: median %1 ms, p95 %2 ms over %3 runs\n")
               .arg(total.median, 0, 'f', 1)
               .arg(total.p95, 0, 'f', 1)
               .arg(all.size());

    // The Tasks view's duplicate groups, with and without a "me" (tst_duplicatefinder checks them).
    core::Identity jason;
    jason.aliases = QStringList { QStringLiteral("Jason Vallery") };
    for (const core::Identity &identity : { jason, core::Identity() }) {
        QList<double> samples;
        std::optional<QList<core::DuplicateFinder::Group>> groups;
        for (int i = 0; i < 3; ++i) {
            core::DuplicateFinder finder(identity);
            samples.append(timeMs([&] { groups = finder.find(index.database()); }));
        }
        const Stat s = summarize(samples);
        out << QStringLiteral("  duplicate groups%1: %2 groups, median %3 ms over %4 runs\n")
                   .arg(identity.aliases.isEmpty() ? QString()
                                                   : QStringLiteral(" (me = Jason Vallery)"))
                   .arg(groups ? groups->size() : -1)
                   .arg(s.median, 0, 'f', 1)
                   .arg(samples.size());
    }

    // One changed note, and a status write and its undo, on the first task in the index.
    const auto hits = search.tasks(*core::Query::parse(QStringLiteral("status:todo")));
    if (hits && !hits->isEmpty()) {
        const auto &hit = hits->first();
        core::Indexer indexer(index);
        const double reindex = timeMs([&] { indexer.updateFile(hit.path); });
        core::TaskWriter writer(index);
        // The first write also opens (or creates) the undo journal: timed apart from the rest.
        const double first = timeMs([&] { writer.setStatus(hit.path, hit.task.line, QStringLiteral("x")); });
        writer.undo();
        QList<double> writes;
        QList<double> undos;
        for (int i = 0; i < 7; ++i) {
            writes.append(timeMs([&] { writer.setStatus(hit.path, hit.task.line, QStringLiteral("x")); }));
            undos.append(timeMs([&] { writer.undo(); }));
        }
        std::sort(writes.begin(), writes.end());
        std::sort(undos.begin(), undos.end());
        out << QStringLiteral("  re-index one note %1 ms; write a status %2 ms (median of 7; the first, opening the "
                              "journal, %3 ms); undo it %4 ms (each includes the re-index)\n")
                   .arg(reindex, 0, 'f', 1)
                   .arg(writes.at(3), 0, 'f', 1)
                   .arg(first, 0, 'f', 1)
                   .arg(undos.at(3), 0, 'f', 1);
    }
    return 0;
}
