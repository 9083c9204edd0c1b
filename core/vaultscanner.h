#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

    struct Result
    {
        QList<Entry> entries;
        QStringList warnings; // folders that could not be read
    };

    static Result scan(const QString &root);
    static bool isNoteName(QStringView name);
    // Whether a vault-relative path is one scan() would list, symbolic links aside.
    static bool isNotePath(QStringView relative);
};

} // namespace core
