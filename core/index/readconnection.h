// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace core {

// A connection to the index for reads off the GUI thread: opened lazily by the thread that uses
// it (a connection belongs to the thread that opened it), made read-only, with a smaller page
// cache than the window's, and big sorts (all tasks) spilling to a temporary file instead of
// growing the process. open(), database() and close() must all run on that one thread.
class ReadConnection final
{
public:
    explicit ReadConnection(const QString &indexPath);
    ~ReadConnection();
    Q_DISABLE_COPY_MOVE(ReadConnection)

    // Opens the file unless already open. On failure error() says why; database() then still
    // returns the (unopened) connection, whose queries fail.
    bool open();
    // Forgets the connection; the next open() reads the file again (it was deleted or replaced).
    void close();
    QSqlDatabase database() const;
    QString indexPath() const { return m_indexPath; }
    QString error() const { return m_error; }

    static constexpr int kBusyTimeoutMs = 10000;

private:
    QString m_indexPath;
    QString m_name;
    QString m_error;
};

} // namespace core
