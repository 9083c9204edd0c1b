// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/backgroundreader.h"

#include "core/index/readconnection.h"
#include "ui/session/logging.h"

#include <QThread>

namespace ui {

// Lives in the reader thread: the connection is opened, used and closed there.
class ReaderConnection final : public QObject
{
public:
    explicit ReaderConnection(const QString &indexPath)
        : m_connection(indexPath)
    { }
    ~ReaderConnection() override = default;
    Q_DISABLE_COPY_MOVE(ReaderConnection)

    std::atomic_bool stopping = false;

    void run(const BackgroundReader::Job &job)
    {
        if (stopping.load())
            return;
        if (!m_connection.open())
            qCWarning(lcSession) << "background reader: cannot open" << m_connection.indexPath()
                                 << m_connection.error();
        job(m_connection.database()); // an unopened connection fails its queries
    }

    void close() { m_connection.close(); }

private:
    core::ReadConnection m_connection;
};

BackgroundReader::BackgroundReader(const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_indexPath(indexPath)
    , m_thread(new QThread(this))
    , m_connection(new ReaderConnection(indexPath))
{
    m_thread->setObjectName(QStringLiteral("vaultview-reader"));
    m_connection->moveToThread(m_thread);
    m_thread->start();
}

BackgroundReader::~BackgroundReader()
{
    // Jobs not started yet are skipped; a running one finishes first.
    m_connection->stopping.store(true);
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection] { connection->close(); },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_connection;
}

void BackgroundReader::post(Job job)
{
    QMetaObject::invokeMethod(
        m_connection,
        [connection = m_connection, job = std::move(job)] { connection->run(job); },
        Qt::QueuedConnection);
}

void BackgroundReader::reconnect()
{
    QMetaObject::invokeMethod(
        m_connection, [connection = m_connection] { connection->close(); }, Qt::QueuedConnection);
}

AsyncRequest::AsyncRequest(QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_state->receiver.store(this);
}

AsyncRequest::~AsyncRequest()
{
    const std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->receiver.store(nullptr);
}

quint64 AsyncRequest::begin()
{
    setRunning(true);
    return ++m_state->serial;
}

bool AsyncRequest::finish(quint64 serial)
{
    if (m_state->serial.load() != serial)
        return false;
    setRunning(false);
    return true;
}

void AsyncRequest::cancel()
{
    ++m_state->serial;
    setRunning(false);
}

void AsyncRequest::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace ui
