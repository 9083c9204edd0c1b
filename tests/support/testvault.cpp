// SPDX-License-Identifier: GPL-3.0-or-later
#include "testvault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

TestVault::TestVault()
{
    QStandardPaths::setTestModeEnabled(true);
    QDir().mkpath(root());
}

bool TestVault::write(const QString &relative, const QByteArray &bytes) const
{
    const QString path = filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray TestVault::read(const QString &relative) const
{
    QFile file(filePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestVault::seedPath()
{
    const QString shared = QStringLiteral(VV_SHARED_DIR "/seeds/meeting-note.md");
    if (QFileInfo::exists(shared))
        return shared;
    // The sample vault carries a copy of the seed note.
    return QStringLiteral(VV_SOURCE_DIR "/resources/sample-vault/Meetings/2025/10/"
                          "2025-10-28 - 1-1 with Alon Horev, MAI Falcon rollout.md");
}

QString TestVault::vaultgenPath()
{
    return QStringLiteral(VV_SHARED_DIR "/vaultgen.py");
}

QString TestVault::sampleVaultPath()
{
    return QStringLiteral(VV_SOURCE_DIR "/resources/sample-vault");
}

bool TestVault::addSeed(const QString &relative) const
{
    QFile seed(seedPath());
    return seed.open(QIODevice::ReadOnly) && write(relative, seed.readAll());
}

bool TestVault::generate(int notes, int seed, double hazardRate, QString *manifestPath) const
{
    if (!QFileInfo::exists(vaultgenPath()))
        return false;
    const QString manifest = m_dir.path() + QStringLiteral("/manifest.jsonl");
    QProcess python;
    python.start(QStringLiteral("python3"),
                 { vaultgenPath(), root(), QStringLiteral("--notes"), QString::number(notes), QStringLiteral("--seed"),
                   QString::number(seed), QStringLiteral("--hazard-rate"), QString::number(hazardRate),
                   QStringLiteral("--manifest"), manifest });
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return false;
    if (manifestPath)
        *manifestPath = manifest;
    return true;
}
