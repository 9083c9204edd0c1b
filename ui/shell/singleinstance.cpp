// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/singleinstance.h"

#include "ui/shell/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace ui {

namespace {

constexpr int kTimeoutMs = 2000;

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : resolved;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &vaultRoot)
{
    const QByteArray key
        = QCryptographicHash::hash(canonical(vaultRoot).toUtf8(), QCryptographicHash::Sha1).toHex();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    return folder + QStringLiteral("/vaultview-") + QString::fromLatin1(key.left(16))
        + QStringLiteral(".socket");
}

bool SingleInstance::handOver(const QString &vaultRoot, const QString &notePath)
{
    QLocalSocket socket;
    socket.connectToServer(serverNameFor(vaultRoot));
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(notePath.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return false;
    // The window answers once it has the request; a dying one may accept and never answer.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kTimeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(const QString &vaultRoot)
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = serverNameFor(vaultRoot);
    if (!m_server->listen(name)) {
        // A socket left by a window that crashed: nobody answers on it, so it can go.
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(kTimeoutMs) || !QLocalServer::removeServer(name)
            || !m_server->listen(name)) {
            qCWarning(lcShell) << "cannot listen for other launches on" << name
                               << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    return true;
}

QString SingleInstance::serverName() const
{
    return m_server ? m_server->fullServerName() : QString();
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QString note = QString::fromUtf8(socket->readLine()).chopped(1);
            socket->write("ok\n");
            socket->flush();
            Q_EMIT noteRequested(note);
        });
    }
}

} // namespace ui
