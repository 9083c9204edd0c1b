// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace core {

// Replaces a note's bytes as a whole or not at all, and never over an edit it has not seen:
// the new bytes go to a temporary file beside the note (every write(), fsync() and close()
// checked), the note is read again just before the swap, and the swap itself —
// renameat2(RENAME_EXCHANGE) — hands back what it replaced, so that an edit which slipped in
// between is swapped back instead of lost. Where the file system cannot exchange, a plain
// rename follows the last read. The temporary file never outlives a call that returns.
class AtomicReplace final
{
public:
    enum class Status {
        Replaced,
        Changed, // the note is not the expected bytes (any more): nothing was written
        Refused, // read-only, hard-linked, gone …: nothing was written
        Failed, // a write failed (disk full, I/O error …): nothing was written
    };
    struct Result
    {
        Status status = Status::Failed;
        QString reason; // why, for a person: "the disk holding the note is full"
    };

    // The temporary file a replace of `path` will use; the caller may journal it first.
    static QString temporaryPathFor(const QString &path);
    static bool isTemporaryName(const QString &fileName);

    // Writes `replacement` over `path` if `path` still holds exactly `expected`.
    static Result replace(const QString &path, const QString &temporaryPath,
        const QByteArray &expected, const QByteArray &replacement);

    // The fault-injection seam of the tests (also read once from VAULTVIEW_TEST_WRITE_FAULT:
    // "enospc", "edquot", "eio", "short", "fsync-eio", each optionally "@N", the byte count at
    // which the fault hits). Never set outside tests.
    enum class Fault { None, NoSpace, Quota, InputOutput, ShortWrite, SyncInputOutput };
    static void injectFault(Fault fault, qint64 atByte = 0);
};

} // namespace core
