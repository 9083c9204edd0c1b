// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>
#include <memory>

class QSqlError;

namespace core {

class VaultLock;

// The SQLite index of one vault: where it lives (the cache folder, never the vault), its schema,
// and the rebuild of an old or corrupt file. One instance owns one connection.
//
// Many processes share one index. Opening never changes a file another process may have open:
// a new or rebuilt index is made in a file of its own, under the vault lock, and renamed into
// place, already in WAL mode. Only corruption or a foreign or old schema rebuilds; a full disk,
// an I/O error, a busy or read-only file are errors (a read-only index still answers queries).
class VaultIndex final
{
public:
    static constexpr int kSchemaVersion = 10;
    // Joins the lists kept in one column (people, tags, decisions …).
    static constexpr QChar kListSeparator = QChar(0x1F);

    explicit VaultIndex(const QString &vaultRoot, const QString &indexPath = {});
    ~VaultIndex();
    Q_DISABLE_COPY_MOVE(VaultIndex)

    enum class OpenMode {
        Shared, // a new index is put in place empty, at once (the window)
        // A new index is loaded in its own file, which the first full update publishes: the CLI's
        // first index (a rollback journal, every page written once) while other processes wait.
        BuildPrivately,
    };

    // Opens (creating or rebuilding as needed). On failure error() says why.
    bool open(OpenMode mode = OpenMode::Shared);
    // Throws the index away for a fresh, empty one (corruption found later, or on request).
    bool rebuild(const QString &reason, OpenMode mode = OpenMode::Shared);
    // With OpenMode::BuildPrivately, after the first full update: puts the new index in place.
    bool publish();
    bool isBuilding() const { return bool(m_buildLock); }
    bool isReadOnly() const { return m_readOnly; }
    // The lock every writer of this vault takes (VaultLock): in the cache folder, keyed by the
    // vault alone, so that runs with another --index still queue on the same notes.
    QString lockPath() const { return defaultIndexPath(m_root) + QStringLiteral(".lock"); }
    // Damage that a rebuild mends: SQLITE_CORRUPT or SQLITE_NOTADB.
    static bool isCorruption(const QSqlError &error);
    static bool isCorruptionCode(int sqliteCode);
    // What is wrong with the file as it is on disk now (overwritten with garbage, say), through
    // a fresh connection: this one may be answering from its page cache. Empty when sound.
    QString damage() const;
    QString error() const { return m_error; }
    // The canonical vault root, without a trailing '/'.
    QString root() const { return m_root; }
    QString indexPath() const { return m_indexPath; }
    QSqlDatabase database() const;
    // How long this connection waits for SQLite's own lock before a statement fails as busy
    // (until the next open() or rebuild(), which set their own). On failure error() says why.
    bool setBusyTimeout(int ms);
    // Set when open() had to throw away an old or unreadable index.
    QString notice() const { return m_notice; }

    // Drops or creates the secondary indexes; a bulk load is faster without them.
    bool setSecondaryIndexes(bool present);

    static QString defaultIndexPath(const QString &canonicalRoot);
    static QString joinList(const QStringList &list);
    static QStringList splitList(const QString &joined);

private:
    enum class Probe { Current, Missing, Stale, Failed };
    Probe probe(QString &reason);
    bool build(OpenMode mode, const QString &reason, bool force);
    bool publishFile(const QString &built);
    bool openConnection(const QString &path, bool readOnly);
    void closeConnection();
    bool createSchema();
    QString buildingPath() const;

    QString m_root;
    QString m_indexPath;
    QString m_connection;
    QString m_error;
    QString m_notice;
    bool m_readOnly = false;
    bool m_damaged = false; // the last openConnection() failed on a damaged file
    std::unique_ptr<VaultLock> m_buildLock; // held from a private build's start to its publish
};

} // namespace core
