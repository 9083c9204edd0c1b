// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace ui {

// What a link in a rendered note may do. Only http, https, mailto and obsidian links leave the
// application (and only when clicked); a relative link names a file inside the vault, resolved
// against the note's folder, and never one outside the vault root.
class LinkPolicy final
{
public:
    // `vaultRoot` is absolute; `notePath` is vault-relative.
    LinkPolicy(const QString &vaultRoot, const QString &notePath);

    static bool isExternal(const QUrl &url);
    // The vault-relative file a relative (or vault-absolute file:) link names; nullopt for any
    // other link and for paths escaping the vault.
    std::optional<QString> vaultFile(const QUrl &url) const;

private:
    QString m_root;
    QString m_noteFolder; // vault-relative, empty at the root
};

} // namespace ui
