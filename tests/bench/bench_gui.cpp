// SPDX-License-Identifier: GPL-3.0-or-later
// GUI benchmark (a program, not a test): opens the main window offscreen on a vault and its
// index, and prints the time until the meeting list is filled (warm start), the peak memory with
// the list loaded, the latency of typed searches, and for each vault-wide view (Ctrl+2..5) the
// time until it shows the index after opening it and after a filter change, with the longest
// the GUI thread was busy meanwhile (what the user would feel as a freeze).
//
//   bench_gui <vault> <index.sqlite>   (use a copy of the index: the window updates it)

#include "core/query/query.h"
#include "ui/decisions/decisionlogmodel.h"
#include "ui/decisions/decisionsview.h"
#include "ui/meeting/meetinglistmodel.h"
#include "ui/meeting/meetinglistpane.h"
#include "ui/people/peopleview.h"
#include "ui/people/personpage.h"
#include "ui/people/persontablemodel.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/settings.h"
#include "ui/session/vaultsession.h"
#include "ui/shell/launchoptions.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/vaultviews.h"
#include "ui/shell/viewswitcher.h"
#include "ui/tasks/taskfilterbar.h"
#include "ui/tasks/tasksview.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Runs the event loop until `done` (checked every 2 ms, without spinning: the machine has two
// cores and the reader thread needs one). `longestTurnMs` is the longest gap between two checks:
// the longest the GUI thread was busy, what the user would feel as a freeze.
struct Wait
{
    double ms = 0;
    double longestTurnMs = 0;
    bool done = false;
};

Wait timeUntil(const std::function<bool()> &done, int timeoutMs)
{
    Wait wait;
    QElapsedTimer timer;
    timer.start();
    if ((wait.done = done()))
        return wait;
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(2);
    qint64 last = 0;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = timer.nsecsElapsed();
        wait.longestTurnMs = std::max(wait.longestTurnMs, double(now - last) / 1e6);
        last = now;
        if ((wait.done = done()) || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start();
    loop.exec();
    wait.ms = double(timer.nsecsElapsed()) / 1e6;
    return wait;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return timeUntil(done, timeoutMs).done;
}

QString describe(const Wait &wait)
{
    return wait.done ? QStringLiteral("%1 ms (GUI busy at most %2 ms at a time)")
                           .arg(wait.ms, 0, 'f', 0)
                           .arg(wait.longestTurnMs, 0, 'f', 0)
                     : QStringLiteral("not done after %1 ms").arg(wait.ms, 0, 'f', 0);
}

// Each vault-wide view: opened (as Ctrl+N does), then one change of its own filter; the change
// itself (on the GUI thread) is part of the time.
void timeViews(ui::MainWindow &window, QTextStream &out)
{
    ui::VaultViews *views = window.views();
    ui::ViewSwitcher *switcher = window.switcher();
    const auto loaded = [views] { return !views->isLoading(); };
    const struct
    {
        ui::ViewSwitcher::View view;
        const char *name;
        const char *change;
        std::function<void()> filter;
    } cases[] = {
        { ui::ViewSwitcher::Tasks, "tasks", "done chip",
            [views] { views->tasksView()->filterBar()->stateChip(QStringLiteral("done"))->click(); } },
        { ui::ViewSwitcher::People, "people", "filter \"al\"",
            [views] { views->peopleView()->filterField()->setText(QStringLiteral("al")); } },
        { ui::ViewSwitcher::Decisions, "decisions", "filter \"budget\"",
            [views] {
                views->decisionsView()->filterField()->setText(QStringLiteral("budget"));
                views->decisionsView()->refresh(); // as its 200 ms typing timer would
            } },
        { ui::ViewSwitcher::Timeline, "timeline", "query type:people",
            [views] { views->timelineView()->setQuery(QStringLiteral("type:people")); } },
    };
    for (const auto &c : cases) {
        QElapsedTimer timer;
        timer.start();
        switcher->setCurrent(c.view);
        const double switchMs = double(timer.nsecsElapsed()) / 1e6;
        const Wait open = timeUntil(loaded, 120000);
        out << QStringLiteral("%1 open:").arg(QString::fromLatin1(c.name), -16) << " switch "
            << QString::number(switchMs, 'f', 0) << " ms, shown in " << describe(open) << '\n';
        timer.start();
        c.filter();
        const double changeMs = double(timer.nsecsElapsed()) / 1e6;
        const Wait filtered = timeUntil(loaded, 120000);
        out << QStringLiteral("%1 %2:").arg(QString::fromLatin1(c.name), QString::fromLatin1(c.change))
            << " change " << QString::number(changeMs, 'f', 0) << " ms, shown in "
            << describe(filtered) << ", peak RSS " << peakRssKb() / 1024 << " MB\n";
        out.flush();
    }
    switcher->setCurrent(ui::ViewSwitcher::Meetings);
}

// The person page of the busiest person (the People table sorted by meetings, most first), as a
// click on their row shows it.
void timePersonPage(ui::MainWindow &window, QTextStream &out)
{
    ui::VaultViews *views = window.views();
    ui::PeopleView *people = views->peopleView();
    window.switcher()->setCurrent(ui::ViewSwitcher::People);
    people->filterField()->clear();
    waitFor([people] { return !people->isLoading(); }, 120000);
    people->table()->sortByColumn(ui::PersonTableModel::MeetingsColumn, Qt::DescendingOrder);
    const QModelIndex top = people->proxy()->index(0, 0);
    const QString name = top.data(ui::PersonTableModel::NameRole).toString();
    people->table()->setCurrentIndex(people->proxy()->index(1, 0)); // someone else first
    waitFor([people] { return !people->isLoading(); }, 120000);
    QElapsedTimer timer;
    timer.start();
    people->table()->setCurrentIndex(top);
    const double clickMs = double(timer.nsecsElapsed()) / 1e6;
    const Wait shown = timeUntil([people, name] { return !people->isLoading() && people->page()->name() == name; },
                                 120000);
    out << "person page (" << name << "): select " << QString::number(clickMs, 'f', 0) << " ms, shown in "
        << describe(shown) << ": " << people->page()->countsText() << ", peak RSS " << peakRssKb() / 1024 << " MB\n";
    out.flush();
    window.switcher()->setCurrent(ui::ViewSwitcher::Meetings);
}

// The Decisions view opened on the whole log: its first rows, its count (read apart, without
// keeping entries) and, last because it keeps every entry, the whole log scrolled to its end.
void timeDecisions(ui::MainWindow &window, QTextStream &out)
{
    ui::VaultViews *views = window.views();
    ui::DecisionsView *view = views->decisionsView();
    ui::DecisionLogModel *model = view->model();
    view->filterField()->clear();
    window.switcher()->setCurrent(ui::ViewSwitcher::Decisions);
    QElapsedTimer timer;
    timer.start();
    view->refresh();
    const Wait first = timeUntil([view] { return !view->isLoading(); }, 120000);
    const Wait counted = timeUntil([view] { return !view->isCounting(); }, 120000);
    out << "decisions, whole log:    first " << model->rowCount() << " rows in " << describe(first)
        << "; counted in " << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 0) << " ms (GUI busy at most "
        << QString::number(counted.longestTurnMs, 'f', 0) << " ms): " << view->summary() << ", peak RSS "
        << peakRssKb() / 1024 << " MB\n";
    out.flush();
    // Scrolling down, as the view fetches: 20 pages, with the list laid out after each.
    timer.start();
    int pages = 0;
    const Wait scrolled = timeUntil(
        [model, &pages] {
            if (model->canFetchMore({}) && pages < 20) {
                model->fetchMore({});
                ++pages;
            }
            return pages == 20 && !model->isLoading();
        },
        120000);
    out << "decisions, 20 pages down: " << model->rowCount() << " rows in " << describe(scrolled) << ", peak RSS "
        << peakRssKb() / 1024 << " MB\n";
    // The whole log read page by page as a view would, without the view's layout.
    ui::DecisionLogModel alone;
    alone.setReader(window.session()->reader());
    alone.load(*core::Query::parse(QString()));
    const Wait end = timeUntil(
        [&alone] {
            if (alone.canFetchMore({}))
                alone.fetchMore({});
            return alone.isComplete() && !alone.canFetchMore({}) && !alone.isLoading();
        },
        300000);
    out << "decisions, every page (model alone): " << alone.rowCount() << " rows in " << describe(end)
        << ", peak RSS " << peakRssKb() / 1024 << " MB\n";
    window.switcher()->setCurrent(ui::ViewSwitcher::Meetings);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

// ~20 searches as typed: the query, the model reset and a repaint of the list each.
QList<double> typeQueries(ui::MainWindow &window)
{
    ui::MeetingListModel *model = window.meetingListModel();
    const QStringList typed { QStringLiteral("a"), QStringLiteral("al"), QStringLiteral("alo"),
        QStringLiteral("alon"), QStringLiteral("alon h"), QStringLiteral("alon ho"),
        QStringLiteral("b"), QStringLiteral("bu"), QStringLiteral("bud"), QStringLiteral("budget"),
        QStringLiteral("tag:"), QStringLiteral("tag:a"), QStringLiteral("type:people"),
        QStringLiteral("status:proposed"), QStringLiteral("person:\"Alon Horev\""),
        QStringLiteral("r"), QStringLiteral("ro"), QStringLiteral("rollout"),
        QStringLiteral("path:2024"), QString() };
    QList<double> latencies;
    for (const QString &query : typed) {
        QElapsedTimer one;
        one.start();
        model->setQueryText(query);
        QCoreApplication::processEvents();
        window.meetingList()->view()->viewport()->repaint();
        latencies.append(double(one.nsecsElapsed()) / 1e6);
        std::fprintf(stderr, "  %-24s %8.1f ms, %lld rows\n", qPrintable(query), latencies.last(),
            static_cast<long long>(model->rowCount()));
    }
    return latencies;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_gui <vault> <index.sqlite>\n");
        return 2;
    }
    QTemporaryDir settingsDir;
    ui::Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    ui::LaunchOptions options;
    options.indexPath = args.at(2);
    options.size = QSize(1400, 900);

    QElapsedTimer timer;
    timer.start();
    ui::MainWindow window(settings, options);
    window.show();
    if (!window.openVault(args.at(1))) {
        std::fprintf(stderr, "cannot open the vault: %s\n", qPrintable(window.lastError()));
        return 1;
    }
    ui::MeetingListModel *model = window.meetingListModel();
    waitFor([&] { return model->rowCount() > 0; }, 60000);
    window.meetingList()->view()->viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 filled = timer.elapsed();
    const Wait complete = timeUntil([&] { return model->isComplete(); }, 60000);
    const qint64 completeMs = timer.elapsed();
    const qint64 rows = model->rowCount();
    const bool ready = waitFor([&] { return window.isReady(); }, 300000);
    const qint64 readyMs = timer.elapsed();
    const qint64 rss = peakRssKb();

    // The meeting list alone on the warm index (the window also builds other views at start).
    QElapsedTimer listTimer;
    listTimer.start();
    ui::MeetingListModel listModel;
    ui::MeetingListPane listPane(&listModel);
    listPane.resize(300, 900);
    listPane.show();
    listModel.setReader(window.session()->reader());
    listModel.setDatabase(window.session()->database());
    QCoreApplication::processEvents();
    listPane.view()->viewport()->repaint();
    const qint64 listOnly = listTimer.elapsed();
    waitFor([&] { return listModel.isComplete(); }, 60000);
    const qint64 listComplete = listTimer.elapsed();
    listModel.setDatabase(QSqlDatabase());
    const QList<double> latencies = typeQueries(window);
    waitFor([&] { return model->isComplete(); }, 60000);
    QTextStream out(stdout);
    out << "notes in list:           " << rows << '\n';
    out << "warm start, list filled: " << filled << " ms (first rows; all " << completeMs
        << " ms, GUI busy at most " << QString::number(complete.longestTurnMs, 'f', 0)
        << " ms at a time)\n";
    out << "meeting list alone:      " << listOnly << " ms (all ids: " << listComplete << " ms)\n";
    out << "first scan finished:     " << (ready ? QString::number(readyMs) : QStringLiteral("n/a"))
        << " ms\n";
    out << "peak RSS (VmHWM):        " << rss / 1024 << " MB\n";
    out << "typed queries:           " << latencies.size() << ", median "
        << QString::number(percentile(latencies, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(latencies, 0.95), 'f', 1) << " ms, max "
        << QString::number(*std::max_element(latencies.cbegin(), latencies.cend()), 'f', 1)
        << " ms\n";
    out << "peak RSS after queries:  " << peakRssKb() / 1024 << " MB\n";
    out.flush();
    timeViews(window, out);
    out << "peak RSS after views:    " << peakRssKb() / 1024 << " MB\n";
    out.flush();
    timePersonPage(window, out);
    timeDecisions(window, out);
    return 0;
}
