#include "vaultlock.h"

#include "logging.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
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

} // namespace

VaultLock::VaultLock(const QString &lockPath)
    : m_shared(sharedFor(lockPath))
{
}

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
            m_error = QStringLiteral("another task of this Vaultview kept the vault busy; try again");
            return false;
        }
    }
    --s.waiters;
    s.owner = std::this_thread::get_id();
    lock.unlock();

    // Other processes: the kernel lock. Polled, so that the wait is bounded and can say so.
    bool locked = true;
    if (s.fd < 0) {
        s.fd = ::open(QFile::encodeName(s.path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (s.fd < 0) {
            // A read-only cache: the index cannot be written either; notes still can, unserialized.
            qCWarning(lcIndex) << "cannot open the vault lock" << s.path << std::strerror(errno);
        }
    }
    for (int pause = 1; s.fd >= 0; pause = std::min(pause * 2, 25)) {
        if (::flock(s.fd, LOCK_EX | LOCK_NB) == 0)
            break;
        if (errno != EWOULDBLOCK && errno != EINTR) {
            qCWarning(lcIndex) << "cannot lock" << s.path << std::strerror(errno);
            break;
        }
        notice.tick();
        if (gaveUp()) {
            locked = false;
            break;
        }
        QThread::msleep(ulong(pause));
    }
    lock.lock();
    if (!locked) {
        s.owner = std::thread::id();
        s.released.notify_all();
        m_error = QStringLiteral("another Vaultview kept this vault busy for %1 s; nothing was changed")
                      .arg(timeoutMs / 1000);
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

void VaultLock::yieldToWaiters()
{
    Shared &s = *m_shared;
    quint64 generation = 0;
    {
        std::lock_guard lock(s.mutex);
        if (!m_held || s.waiters == 0 || s.depth != 1)
            return;
        generation = s.generation;
    }
    release();
    {
        std::unique_lock lock(s.mutex);
        s.released.wait_for(lock, std::chrono::seconds(2), [&] { return s.generation != generation || s.waiters == 0; });
    }
    if (!acquire(kDefaultTimeoutMs))
        qCWarning(lcIndex) << "cannot take the vault lock back:" << m_error;
}

} // namespace core
