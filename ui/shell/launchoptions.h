// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

namespace ui {

class Settings;

// vaultview [VAULT | NOTE.md …] [--vault DIR] [--index FILE] [--screenshot FILE] [--select PATH]
//           [--size WxH] [--palette light|dark] [--view NAME]
class LaunchOptions final
{
public:
    QString vault; // from the argument (a note's vault) or --vault; empty to reopen the last one
    QString indexPath; // empty for the default location in the cache folder
    QString screenshot; // render the window to this file and exit
    QString select; // vault-relative path of the meeting to show
    QSize size; // window size; invalid for the remembered or default one
    QString palette; // "light", "dark", or empty to follow the system
    QString view; // meetings, tasks, triage, duplicates, people, decisions or timeline
    bool help = false;
    bool version = false;
    QString helpText;

    bool screenshotMode() const { return !screenshot.isEmpty(); }

    // nullopt (and `error`) for arguments that make no sense. `arguments` includes the program
    // name.
    static std::optional<LaunchOptions> parse(const QStringList &arguments, QString *error);
    // The bundled sample vault: $VAULTVIEW_SAMPLE_VAULT, else <exe>/../share/vaultview/sample-vault
    // (installed, or the build tree's link). Empty when none exists.
    static QString sampleVaultPath(const QString &applicationDir);
    // The vault that holds a note: the nearest folder above it with an `.obsidian` folder, else
    // the note's own folder.
    static QString vaultRootOf(const QString &notePath);
    // The vault to open first: the one asked for, else the last one (not for screenshots, which
    // must be reproducible), else the sample vault.
    QString initialVault(const Settings &settings, const QString &applicationDir) const;
};

} // namespace ui
