// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/desktopintegration.h"

#include "ui/shell/logging.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace ui {

bool DesktopIntegration::openInEditor(const QString &absolutePath)
{
    const bool ok = QDesktopServices::openUrl(QUrl::fromLocalFile(absolutePath));
    if (!ok)
        qCWarning(lcShell) << "no application opened" << absolutePath;
    return ok;
}

QUrl DesktopIntegration::obsidianUrl(const QString &absolutePath)
{
    return QUrl::fromEncoded("obsidian://open?path=" + QUrl::toPercentEncoding(absolutePath));
}

bool DesktopIntegration::openInObsidian(const QString &absolutePath)
{
    const bool ok = QDesktopServices::openUrl(obsidianUrl(absolutePath));
    if (!ok)
        qCWarning(lcShell) << "Obsidian did not take" << absolutePath;
    return ok;
}

bool DesktopIntegration::reveal(const QString &absolutePath)
{
    const QFileInfo info(absolutePath);
#if defined(Q_OS_MACOS)
    if (QProcess::startDetached(QStringLiteral("open"), { QStringLiteral("-R"), absolutePath }))
        return true;
#elif defined(Q_OS_WIN)
    if (QProcess::startDetached(QStringLiteral("explorer.exe"),
            { QStringLiteral("/select,") + QDir::toNativeSeparators(absolutePath) }))
        return true;
#else
    // The freedesktop file manager interface selects the file; not every desktop has it.
    const QString dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
    if (!dbusSend.isEmpty() && !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QStringList args { QStringLiteral("--session"), QStringLiteral("--print-reply"),
            QStringLiteral("--dest=org.freedesktop.FileManager1"),
            QStringLiteral("/org/freedesktop/FileManager1"),
            QStringLiteral("org.freedesktop.FileManager1.ShowItems"),
            QStringLiteral("array:string:") + QUrl::fromLocalFile(absolutePath).toString(),
            QStringLiteral("string:") };
        QProcess process;
        process.start(dbusSend, args);
        if (process.waitForFinished(2000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0)
            return true;
    }
#endif
    return QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()));
}

} // namespace ui
