// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace ui {

// One window per vault: the first launch on a vault listens on a local socket named after it; a
// later launch on the same vault hands its note over and exits instead of opening a second
// window that would fight over the index.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;
    Q_DISABLE_COPY_MOVE(SingleInstance)

    // Hands `notePath` (vault-relative; empty just raises the window) to the window that has
    // `vaultRoot` open. True when one took it.
    static bool handOver(const QString &vaultRoot, const QString &notePath);
    // Listens for later launches on `vaultRoot`, instead of the vault listened for before.
    bool listen(const QString &vaultRoot);
    QString serverName() const;

    // The socket's path for a vault: private to the user, in the runtime folder.
    static QString serverNameFor(const QString &vaultRoot);

Q_SIGNALS:
    void noteRequested(const QString &notePath);

private:
    void readRequest();

    QLocalServer *m_server = nullptr;
};

} // namespace ui
