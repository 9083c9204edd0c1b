// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/commandline.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vaultview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAULTVIEW_VERSION));
    // Errors reach the user as one line from CommandLine; the modules' own warnings are for debugging.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vaultview.*.warning=false"));
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return core::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
}
