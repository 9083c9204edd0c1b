#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QtGlobal>

namespace core {

// The SQLite index of one vault: where it lives (the cache folder, never the vault), its schema,
// and the rebuild of an old or corrupt file. One instance owns one connection.
class VaultIndex final
{
public:
    static constexpr int kSchemaVersion = 9;
    // Joins the lists kept in one column (people, tags, decisions …).
    static constexpr QChar kListSeparator = QChar(0x1F);

    explicit VaultIndex(const QString &vaultRoot, const QString &indexPath = {});
    ~VaultIndex();
    Q_DISABLE_COPY_MOVE(VaultIndex)

    // Opens (creating or rebuilding as needed). On failure error() says why.
    bool open();
    QString error() const { return m_error; }
    // The canonical vault root, without a trailing '/'.
    QString root() const { return m_root; }
    QString indexPath() const { return m_indexPath; }
    QSqlDatabase database() const;
    // Set when open() had to throw away an old or unreadable index.
    QString notice() const { return m_notice; }

    // Drops or creates the secondary indexes; a bulk load is faster without them.
    bool setSecondaryIndexes(bool present);

    static QString defaultIndexPath(const QString &canonicalRoot);
    static QString joinList(const QStringList &list);
    static QStringList splitList(const QString &joined);

private:
    bool openConnection();
    bool createSchema();
    bool schemaIsCurrent();
    QString storedRoot() const;

    static constexpr int kJournalKept = 1000;
    void discardFiles();

    QString m_root;
    QString m_indexPath;
    QString m_connection;
    QString m_error;
    QString m_notice;
};

} // namespace core
