// GUI benchmark (a program, not a test): opens the main window offscreen on a vault and its
// index, and prints the time until the meeting list is filled (warm start), the peak memory with
// the list loaded, and the latency of typed searches.
//
//   bench_gui <vault> <index.sqlite>   (use a copy of the index: the window updates it)

#include "launchoptions.h"
#include "mainwindow.h"
#include "meetinglistmodel.h"
#include "meetinglistpane.h"
#include "settings.h"
#include "vaultsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
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

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
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
    listModel.setDatabase(window.session()->database());
    QCoreApplication::processEvents();
    listPane.view()->viewport()->repaint();
    const qint64 listOnly = listTimer.elapsed();
    listModel.setDatabase(QSqlDatabase());
    const QList<double> latencies = typeQueries(window);
    QTextStream out(stdout);
    out << "notes in list:           " << rows << '\n';
    out << "warm start, list filled: " << filled << " ms\n";
    out << "meeting list alone:      " << listOnly << " ms\n";
    out << "first scan finished:     " << (ready ? QString::number(readyMs) : QStringLiteral("n/a"))
        << " ms\n";
    out << "peak RSS (VmHWM):        " << rss / 1024 << " MB\n";
    out << "typed queries:           " << latencies.size() << ", median "
        << QString::number(percentile(latencies, 0.5), 'f', 1) << " ms, p95 "
        << QString::number(percentile(latencies, 0.95), 'f', 1) << " ms, max "
        << QString::number(*std::max_element(latencies.cbegin(), latencies.cend()), 'f', 1)
        << " ms\n";
    out << "peak RSS after queries:  " << peakRssKb() / 1024 << " MB\n";
    return 0;
}
