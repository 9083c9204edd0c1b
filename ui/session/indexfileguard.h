// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace ui {

// Notices when the index file under an open connection has been deleted or replaced (by a
// cleaner, another program, a user): the connection would go on reading and writing a file
// nobody will see again. Cheap enough to ask every few seconds. It only stat()s the file: opening
// and closing it here would drop SQLite's POSIX locks of this whole process, after which another
// process's SQLite deletes the write-ahead log under our connections (SQLite's "how to corrupt").
class IndexFileGuard final
{
public:
    // Remembers which file `path` is now (device and inode).
    void record(const QString &path);
    // False when the file is gone, or is another file than the recorded one.
    bool isIntact() const;
    QString path() const { return m_path; }
    // A short description of what is wrong, for the status bar; empty when intact.
    QString problem() const;

private:
    QString m_path;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    bool m_recorded = false;
};

} // namespace ui
