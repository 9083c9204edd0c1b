// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/query.h"

#include "core/write/taskwriter.h"

#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace core {

class VaultIndex;

// `vaultview-cli`: parses arguments, runs one command, returns the exit code
// (0 ok, 1 error, 2 usage, 3 not a task or conflict). Output is UTF-8.
class CommandLine final
{
public:
    enum ExitCode { Ok = 0, Error = 1, Usage = 2, Refused = 3 };

    CommandLine(QIODevice &out, QIODevice &err);
    int run(const QStringList &arguments);

    static QString usage();

private:
    struct Options;
    static constexpr int kContinue = -1;
    int runCommand(const QStringList &arguments);
    int parseOptions(const QStringList &arguments, Options &o);
    int dispatch(const Options &o);
    int index(const Options &o);
    int exportNotes(const Options &o);
    int tasks(const Options &o);
    int search(const Options &o);
    int setStatus(const Options &o);
    int setDue(const Options &o);
    static QDate today();
    // The shared checks and output of set-status and set-due; `write` makes the change.
    int writeTask(const Options &o,
                  const std::function<TaskWriter::Result(TaskWriter &, const QString &, int)> &write);
    int history(const Options &o);
    int undo(const Options &o);
    int redo(const Options &o);
    int replay(const Options &o, bool undo);
    int check(const Options &o);
    int people(const Options &o);
    int decisions(const Options &o);
    int duplicates(const Options &o);
    std::optional<Query> parseQuery(const Options &o, int &code);
    // The vault's index, brought up to date; on failure the error is already printed.
    std::unique_ptr<VaultIndex> open(const Options &o);
    int fail(int code, const QString &message);
    void warn(const QStringList &warnings);
    int usageError(const QString &message);
    void print(const QByteArray &line);

    QIODevice &m_out;
    QIODevice &m_err;
};

} // namespace core
