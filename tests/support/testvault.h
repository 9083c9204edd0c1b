// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// A throw-away vault for tests, with its index kept outside it.
class TestVault final
{
public:
    TestVault();
    Q_DISABLE_COPY_MOVE(TestVault)

    bool isValid() const { return m_dir.isValid(); }
    QString root() const { return m_dir.path() + QStringLiteral("/vault"); }
    QString indexPath() const { return m_dir.path() + QStringLiteral("/index.sqlite"); }
    QString filePath(const QString &relative) const { return root() + u'/' + relative; }

    // Writes raw bytes (creating folders); returns false on failure.
    bool write(const QString &relative, const QByteArray &bytes) const;
    QByteArray read(const QString &relative) const;
    // Copies the real sample note (shared/seeds/meeting-note.md) into the vault.
    bool addSeed(const QString &relative = QStringLiteral("meeting-note.md")) const;
    // Runs shared/vaultgen.py into the vault; the manifest goes beside it. False if unavailable.
    bool generate(int notes, int seed, double hazardRate, QString *manifestPath = nullptr) const;

    static QString seedPath();
    static QString vaultgenPath();
    static QString sampleVaultPath();

private:
    QTemporaryDir m_dir;
};
