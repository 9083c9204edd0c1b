// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// Lists the notes of a vault: every *.md file (any case) below the root, skipping names that start
// with '.', never following symbolic links.
class VaultScanner final
{
public:
    struct Entry
    {
        QString path; // relative, with '/'
        qint64 size = 0;
        qint64 mtime = 0; // milliseconds since the epoch
    };

    // A copy a sync tool left beside a note it could not merge.
    struct Conflict
    {
        QString path;
        QString original;
    };

    struct Result
    {
        QList<Entry> entries;
        QList<Conflict> conflicts; // not notes of their own: versions of `original`
        QStringList warnings; // folders that could not be read
    };

    static Result scan(const QString &root);
    static bool isNoteName(QStringView name);
    // The note a Syncthing ("x.sync-conflict-20250101-120000-ABC.md") or Dropbox
    // ("x (Jo's conflicted copy 2025-01-01).md") conflict file belongs to; nullopt for other paths.
    static std::optional<QString> conflictOriginal(QStringView relative);
    // Whether a vault-relative path is one scan() would list, symbolic links aside.
    static bool isNotePath(QStringView relative);
};

} // namespace core
