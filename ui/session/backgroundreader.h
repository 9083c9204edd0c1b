// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace ui {

class ReaderConnection;

// Reads the index on a thread of its own, over its own connection (a connection belongs to the
// thread that opened it), so that queries over the whole vault never freeze the window. Jobs run
// one at a time, in the order they were posted; the connection is opened by the first one.
class BackgroundReader final : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(const QString &indexPath, QObject *parent = nullptr);
    ~BackgroundReader() override;
    Q_DISABLE_COPY_MOVE(BackgroundReader)

    using Job = std::function<void(const QSqlDatabase &db)>;
    void post(Job job);
    // Closes the connection after the jobs posted so far; the next job opens the file again (it
    // was deleted or replaced).
    void reconnect();
    QString indexPath() const { return m_indexPath; }

private:
    QString m_indexPath;
    QThread *m_thread = nullptr;
    ReaderConnection *m_connection = nullptr;
};

// One consumer's latest read (a view's list, a model's rows): `done` gets the result on this
// object's thread, unless a newer request was made since (or cancel() was called); a request
// that is superseded before it starts does not run. Without a reader, requests run at once on
// the calling thread with `fallback`, the connection the caller would otherwise use.
class AsyncRequest final : public QObject
{
    Q_OBJECT
public:
    explicit AsyncRequest(QObject *parent = nullptr);
    ~AsyncRequest() override;
    Q_DISABLE_COPY_MOVE(AsyncRequest)

    void setReader(BackgroundReader *reader) { m_reader = reader; }
    BackgroundReader *reader() const { return m_reader; }
    void setFallback(const QSqlDatabase &db) { m_fallback = db; }
    bool isRunning() const { return m_running; }
    // Drops the result of the request in flight, if any.
    void cancel();

    // True on the reader thread once the job's request was superseded: long jobs stop early.
    using Superseded = std::function<bool()>;
    template<typename Result>
    void run(std::function<Result(const QSqlDatabase &, const Superseded &)> job,
        std::function<void(Result)> done);

Q_SIGNALS:
    void runningChanged(bool running);

private:
    struct State
    {
        std::mutex mutex; // guards posting to `receiver` against its destruction
        std::atomic<AsyncRequest *> receiver = nullptr;
        std::atomic<quint64> serial = 0;
    };

    quint64 begin();
    bool finish(quint64 serial);
    void setRunning(bool running);

    std::shared_ptr<State> m_state;
    QPointer<BackgroundReader> m_reader;
    QSqlDatabase m_fallback;
    bool m_running = false;
};

template<typename Result>
void AsyncRequest::run(std::function<Result(const QSqlDatabase &, const Superseded &)> job,
    std::function<void(Result)> done)
{
    const quint64 serial = begin();
    if (!m_reader) {
        Result result = job(m_fallback, [] { return false; });
        if (finish(serial))
            done(std::move(result));
        return;
    }
    m_reader->post([state = m_state, serial, job = std::move(job), done = std::move(done)](
                       const QSqlDatabase &db) {
        const Superseded superseded = [state, serial] {
            return state->serial.load() != serial || state->receiver.load() == nullptr;
        };
        if (superseded())
            return;
        auto result = std::make_shared<Result>(job(db, superseded));
        const std::lock_guard<std::mutex> lock(state->mutex);
        AsyncRequest *receiver = state->receiver.load();
        if (!receiver || superseded())
            return;
        QMetaObject::invokeMethod(
            receiver,
            [receiver, serial, result, done] {
                if (receiver->finish(serial))
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace ui
