// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real vaultview-cli (from VV_BIN_DIR) as separate processes, as a user's concurrent
// runs would be, each with the default index and journal locations of one test "home".

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace cli {

inline QString binary()
{
    return QStringLiteral(VV_BIN_DIR "/vaultview-cli");
}

struct Run
{
    int code = -1; // -1: crashed, killed or timed out
    QByteArray out;
    QByteArray err;
};

inline Run finish(QProcess &process, int timeoutMs = 150000)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    Run r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// XDG_CACHE_HOME (the index) and XDG_DATA_HOME (the journal) of a QTemporaryDir, so that no
// --index is passed and the default locations are what is exercised.
class Home final
{
public:
    Home()
    {
        QDir().mkpath(cache());
        QDir().mkpath(data());
    }
    Q_DISABLE_COPY_MOVE(Home)

    bool isValid() const { return m_dir.isValid(); }
    QString cache() const { return m_dir.path() + QStringLiteral("/cache"); }
    QString data() const { return m_dir.path() + QStringLiteral("/data"); }

    QProcessEnvironment environment(const QString &fault = QString()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CACHE_HOME"), cache());
        env.insert(QStringLiteral("XDG_DATA_HOME"), data());
        env.remove(QStringLiteral("VAULTVIEW_TEST_WRITE_FAULT"));
        if (!fault.isEmpty())
            env.insert(QStringLiteral("VAULTVIEW_TEST_WRITE_FAULT"), fault);
        return env;
    }

    std::unique_ptr<QProcess> start(const QStringList &args, const QString &fault = QString()) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment(fault));
        process->start(binary(), args);
        return process;
    }

    Run run(const QStringList &args, const QString &fault = QString()) const
    {
        const auto process = start(args, fault);
        return finish(*process);
    }

private:
    QTemporaryDir m_dir;
};

struct Entry
{
    qint64 id = 0;
    qint64 batch = 0;
    QString path;
    int line = 0;
    QString oldText;
    QString newText;
    bool undone = false;
};

// `history VAULT --json`: one object per line, newest first; nullopt (with a warning) when the
// command fails or prints something else.
inline std::optional<QList<Entry>> history(const Home &home, const QString &vault)
{
    const Run r = home.run({ QStringLiteral("history"), vault, QStringLiteral("--json") });
    if (r.code != 0) {
        qWarning("history exited %d: %s", r.code, r.err.constData());
        return std::nullopt;
    }
    QList<Entry> entries;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            qWarning("history printed a line that is not a JSON object: %s", line.constData());
            return std::nullopt;
        }
        entries.append({ o.value(QStringLiteral("id")).toInteger(),
            o.value(QStringLiteral("batch")).toInteger(),
            o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("line")).toInt(),
            o.value(QStringLiteral("old")).toString(), o.value(QStringLiteral("new")).toString(),
            o.value(QStringLiteral("undone")).toBool() });
    }
    return entries;
}

// Every entry below `root`, dot-files and folders included, relative and sorted.
inline QStringList listing(const QString &root)
{
    QStringList names;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(root).relativeFilePath(it.next()));
    names.sort();
    return names;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace cli
