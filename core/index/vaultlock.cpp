// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/vaultlock.h"

#include "core/index/logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace core {

// One per lock file and process: threads queue on the mutex, the process on the flock.
struct VaultLock::Shared
{
    QString path;
    std::mutex mutex;
    std::condition_variable released;
    std::thread::id owner;
    int depth = 0;
    int waiters = 0;
    quint64 generation = 0; // acquisitions so far, so that a yielding thread sees one happen
    int fd = -1;
};

namespace {

std::mutex registryMutex;
std::function<void()> waitingNotifier;

std::shared_ptr<VaultLock::Shared> sharedFor(const QString &path)
{
    static QHash<QString, std::shared_ptr<VaultLock::Shared>> registry;
    std::lock_guard guard(registryMutex);
    auto &entry = registry[path];
    if (!entry) {
        entry = std::make_shared<VaultLock::Shared>();
        entry->path = path;
    }
    return entry;
}

void notifyWaiting()
{
    std::function<void()> notifier;
    {
        std::lock_guard guard(registryMutex);
        notifier = waitingNotifier;
    }
    if (notifier)
        notifier();
}

// Tells the waiting thread's user, once, that the wait is not a hang.
class WaitNotice
{
public:
    void tick()
    {
        if (!m_told && m_timer.hasExpired(VaultLock::kNoticeMs)) {
            m_told = true;
            qCInfo(lcIndex) << "waiting for another Vaultview on this vault";
            notifyWaiting();
        }
    }

private:
    QElapsedTimer m_timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    bool m_told = false;
};

// Other processes: the kernel lock, polled so that the wait is bounded and can say so. Empty when
// taken; "busy" when the wait ran out; else why the lock cannot be had (nothing is then written:
// without it, writers of other processes would not queue).
template<typename GaveUp>
QString lockFile(VaultLock::Shared &s, WaitNotice &notice, const GaveUp &gaveUp)
{
    if (s.fd < 0) {
        QDir().mkpath(QFileInfo(s.path).absolutePath());
        s.fd = ::open(QFile::encodeName(s.path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (s.fd < 0)
            return QStringLiteral("cannot create the vault's lock file %1: %2")
                .arg(s.path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    for (int pause = 1;; pause = std::min(pause * 2, 25)) {
        if (::flock(s.fd, LOCK_EX | LOCK_NB) == 0)
            return {};
        if (errno != EWOULDBLOCK && errno != EINTR)
            return QStringLiteral("cannot lock %1: %2")
                .arg(s.path, QString::fromLocal8Bit(std::strerror(errno)));
        notice.tick();
        if (gaveUp())
            return QStringLiteral("busy");
        QThread::msleep(ulong(pause));
    }
}

} // namespace

VaultLock::VaultLock(const QString &lockPath)
    : m_shared(sharedFor(lockPath))
{ }

VaultLock::~VaultLock()
{
    if (m_held)
        release();
}

void VaultLock::setWaitingNotifier(std::function<void()> notifier)
{
    std::lock_guard guard(registryMutex);
    waitingNotifier = std::move(notifier);
}

bool VaultLock::acquire(int timeoutMs, const std::atomic_bool *cancel)
{
    Q_ASSERT(!m_held);
    Shared &s = *m_shared;
    const QDeadlineTimer deadline(timeoutMs);
    WaitNotice notice;
    const auto gaveUp = [&] { return deadline.hasExpired() || (cancel && cancel->load()); };
    std::unique_lock lock(s.mutex);
    if (s.owner == std::this_thread::get_id()) {
        ++s.depth;
        m_held = true;
        return true;
    }
    ++s.waiters;
    while (s.owner != std::thread::id()) {
        s.released.wait_for(lock, std::chrono::milliseconds(50));
        notice.tick();
        if (s.owner != std::thread::id() && gaveUp()) {
            --s.waiters;
            m_error
                = QStringLiteral("another task of this Vaultview kept the vault busy; try again");
            return false;
        }
    }
    --s.waiters;
    s.owner = std::this_thread::get_id();
    lock.unlock();

    const QString problem = lockFile(s, notice, gaveUp);
    lock.lock();
    if (!problem.isEmpty()) {
        s.owner = std::thread::id();
        s.released.notify_all();
        m_error = problem == u"busy"
            ? QStringLiteral("another Vaultview kept this vault busy for %1 s; nothing was changed")
                  .arg(timeoutMs / 1000)
            : problem;
        return false;
    }
    s.depth = 1;
    ++s.generation;
    m_held = true;
    return true;
}

void VaultLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    Shared &s = *m_shared;
    std::lock_guard lock(s.mutex);
    if (--s.depth > 0)
        return;
    if (s.fd >= 0)
        ::flock(s.fd, LOCK_UN);
    s.owner = std::thread::id();
    s.released.notify_all();
}

bool VaultLock::yieldToWaiters(const std::atomic_bool *cancel)
{
    Shared &s = *m_shared;
    quint64 generation = 0;
    {
        std::lock_guard lock(s.mutex);
        if (!m_held || s.waiters == 0 || s.depth != 1)
            return m_held;
        generation = s.generation;
    }
    release();
    {
        std::unique_lock lock(s.mutex);
        s.released.wait_for(lock, std::chrono::seconds(2),
            [&] { return s.generation != generation || s.waiters == 0; });
    }
    return acquire(kDefaultTimeoutMs, cancel);
}

} // namespace core
