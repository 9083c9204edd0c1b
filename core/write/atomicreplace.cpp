// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/atomicreplace.h"

#include "core/write/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace core {

namespace {

constexpr char kTemporaryMarker[] = ".vaultview-";

struct InjectedFault
{
    AtomicReplace::Fault fault = AtomicReplace::Fault::None;
    qint64 atByte = 0;
};

InjectedFault fromEnvironment()
{
    const QByteArray spec = qgetenv("VAULTVIEW_TEST_WRITE_FAULT");
    if (spec.isEmpty())
        return {};
    const qsizetype at = spec.indexOf('@');
    const QByteArray kind = at < 0 ? spec : spec.left(at);
    const qint64 atByte = at < 0 ? 0 : spec.mid(at + 1).toLongLong();
    using F = AtomicReplace::Fault;
    const F fault = kind == "enospc" ? F::NoSpace
        : kind == "edquot"           ? F::Quota
        : kind == "eio"              ? F::InputOutput
        : kind == "short"            ? F::ShortWrite
        : kind == "fsync-eio"        ? F::SyncInputOutput
                                     : F::None;
    return { fault, atByte };
}

InjectedFault &injected()
{
    static InjectedFault fault = fromEnvironment();
    return fault;
}

QString causeOf(int error)
{
    switch (error) {
    case ENOSPC:
        return QStringLiteral("the disk holding the note is full");
    case EDQUOT:
        return QStringLiteral("the disk quota of the note's folder is used up");
    case EIO:
        return QStringLiteral("an input/output error on the disk holding the note");
    case EROFS:
        return QStringLiteral("the note is on a read-only file system");
    case EACCES:
    case EPERM:
        return QStringLiteral("no permission to write in the note's folder");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

// write(2) of the whole buffer, through the fault seam; 0 or an errno.
int writeAll(int fd, const QByteArray &bytes)
{
    const InjectedFault fault = injected();
    qint64 done = 0;
    while (done < bytes.size()) {
        qint64 chunk = bytes.size() - done;
        if (fault.fault != AtomicReplace::Fault::None
            && fault.fault != AtomicReplace::Fault::SyncInputOutput) {
            if (done >= fault.atByte) {
                if (fault.fault == AtomicReplace::Fault::ShortWrite)
                    return ENOSPC; // the disk took no more: a short write that made no progress
                return fault.fault == AtomicReplace::Fault::NoSpace ? ENOSPC
                    : fault.fault == AtomicReplace::Fault::Quota    ? EDQUOT
                                                                    : EIO;
            }
            chunk = std::min(chunk, fault.atByte - done);
        }
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(chunk));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return ENOSPC;
        done += n;
    }
    return 0;
}

std::optional<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (file.error() != QFile::NoError)
        return std::nullopt;
    return bytes;
}

int exchange(const QByteArray &a, const QByteArray &b)
{
#ifdef SYS_renameat2
    if (::syscall(SYS_renameat2, AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_EXCHANGE)
        == 0)
        return 0;
    return errno;
#else
    return ENOSYS;
#endif
}

void syncFolder(const QString &path)
{
    const int dir = ::open(
        QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
    if (dir < 0)
        return;
    if (::fsync(dir) != 0)
        qCWarning(lcWriter) << "cannot sync the folder of" << path << std::strerror(errno);
    ::close(dir);
}

using Result = AtomicReplace::Result;
using Status = AtomicReplace::Status;

// Why the note may not be replaced by a rename, if anything stops it.
std::optional<Result> refusal(const QByteArray &native, struct stat &st)
{
    if (::lstat(native.constData(), &st) != 0)
        return Result { Status::Refused, QStringLiteral("it was deleted") };
    if (!S_ISREG(st.st_mode))
        return Result { Status::Refused, QStringLiteral("it is not a regular file") };
    // The owner's write bit too: root may write anything, but a note marked read-only stays so.
    if ((st.st_mode & S_IWUSR) == 0 || ::access(native.constData(), W_OK) != 0)
        return Result { Status::Refused, QStringLiteral("it is read-only") };
    // A rename would split a hard link in two.
    if (st.st_nlink > 1)
        return Result { Status::Refused,
            QStringLiteral("it is hard-linked (%1 names); replacing it would break the link")
                .arg(qulonglong(st.st_nlink)) };
    return std::nullopt;
}

// The new file, complete and on disk; an errno on failure (the file removed).
int writeTemporary(
    const QByteArray &temp, const QByteArray &bytes, mode_t mode, struct stat &written)
{
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    int error = writeAll(fd, bytes);
    if (!error && ::fchmod(fd, mode & 07777) != 0)
        error = errno;
    if (!error && (injected().fault == AtomicReplace::Fault::SyncInputOutput || ::fsync(fd) != 0))
        error = injected().fault == AtomicReplace::Fault::SyncInputOutput ? EIO : errno;
    if (!error && ::fstat(fd, &written) != 0)
        error = errno;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (error)
        ::unlink(temp.constData());
    return error;
}

} // namespace

QString AtomicReplace::temporaryPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix
        = QString::number(QRandomGenerator::global()->generate64() & 0xFFFFFFFFFFFull, 36);
    return info.absolutePath() + u'/' + u'.' + info.fileName() + QLatin1StringView(kTemporaryMarker)
        + suffix;
}

bool AtomicReplace::isTemporaryName(const QString &fileName)
{
    return fileName.startsWith(u'.') && fileName.contains(QLatin1StringView(kTemporaryMarker));
}

void AtomicReplace::injectFault(Fault fault, qint64 atByte)
{
    injected() = { fault, atByte };
}

AtomicReplace::Result AtomicReplace::replace(const QString &path, const QString &temporaryPath,
    const QByteArray &expected, const QByteArray &replacement)
{
    const QByteArray native = QFile::encodeName(path);
    const QByteArray temp = QFile::encodeName(temporaryPath);
    struct stat st = {};
    if (auto refused = refusal(native, st))
        return *refused;
    struct stat written = {};
    if (const int error = writeTemporary(temp, replacement, st.st_mode, written))
        return { Status::Failed, causeOf(error) };
    const auto discard = [&](Result result) {
        ::unlink(temp.constData());
        return result;
    };
    // The last look before the swap: an edit made since the caller read the note is kept.
    const auto current = readWhole(path);
    if (!current || *current != expected)
        return discard(
            { Status::Changed, QStringLiteral("it changed on disk while it was being written") });

    const int exchanged = exchange(temp, native);
    if (exchanged == EINVAL || exchanged == ENOSYS || exchanged == ENOTSUP) {
        if (::rename(temp.constData(), native.constData()) != 0)
            return discard({ Status::Failed, causeOf(errno) });
        syncFolder(path);
        return { Status::Replaced, {} };
    }
    if (exchanged != 0)
        return discard({ Status::Failed, causeOf(exchanged) });
    // `temp` now names what was the note: exactly what was read, or an edit that slipped in.
    const auto swappedOut = readWhole(temporaryPath);
    if (swappedOut && *swappedOut == expected) {
        ::unlink(temp.constData());
        syncFolder(path);
        return { Status::Replaced, {} };
    }
    struct stat now = {};
    if (::lstat(native.constData(), &now) == 0 && now.st_ino == written.st_ino
        && now.st_dev == written.st_dev && exchange(temp, native) == 0) {
        qCInfo(lcWriter) << "an edit slipped in before the swap; swapped it back:" << path;
    } else {
        // Someone replaced the note again after the swap: what stands there now is theirs.
        qCWarning(lcWriter) << "the note was replaced during the swap; leaving the newest version:"
                            << path;
    }
    return discard(
        { Status::Changed, QStringLiteral("it changed on disk while it was being written") });
}

} // namespace core
