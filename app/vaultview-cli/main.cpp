#include "commandline.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vaultview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAULTVIEW_VERSION));
    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return core::CommandLine(out, err).run(QCoreApplication::arguments().mid(1));
}
