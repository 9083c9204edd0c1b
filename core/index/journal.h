// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

// The undo journal of one vault: every write Vaultview makes to a note (path, line, old text,
// new text, time). It is the user's data, not cache: its own SQLite file in the XDG data folder
// (~/.local/share/vaultview/journal/), apart from the disposable index, so that a rebuilt,
// truncated or deleted index never touches it. It is written ahead: an entry is recorded as
// pending before the note is replaced and confirmed after, so that a write killed half-way is
// settled later by looking at the file (TaskWriter does that under the vault lock).
class Journal final
{
public:
    // What an entry is waiting for, when a write was under way.
    enum class Pending { None = 0, Write = 1, Undo = 2, Redo = 3 };

    struct Entry
    {
        qint64 id = 0;
        qint64 batch = 0; // writes made by one user action share a batch and undo together
        QDateTime time;
        QString path;
        int line = 0;
        QString oldText;
        QString newText;
        bool undone = false;
        Pending pending = Pending::None;
        QString temporary; // the temporary file of a pending write, to clean up after a crash
    };

    // `path` empty: the default file of the vault at `canonicalRoot`.
    explicit Journal(const QString &canonicalRoot, const QString &path = {});
    ~Journal();
    Q_DISABLE_COPY_MOVE(Journal)

    bool open();
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    static QString defaultPath(const QString &canonicalRoot);

    // Copies, once, the journal that older versions kept inside the index.
    bool importFrom(const QSqlDatabase &legacyIndex);

    // Starts a batch: the writes begun until the next call share it (one undo step). Its number
    // is taken by the first of them.
    void beginBatch();

    // Write-ahead: the intent, before the note is replaced; its id, or nullopt on failure.
    std::optional<qint64> begin(const QString &path, int line, const QString &oldText,
        const QString &newText, const QString &temporary);
    // The write landed: the entry stands, and what was undone before it can no longer be redone.
    bool confirm(qint64 id);
    // The write did not land.
    bool forget(qint64 id);
    // Undo (or redo) of entry `id` is about to replace its line; false when the entry no longer
    // stands as that replay expects (a write since dropped what was undone).
    bool beginReplay(qint64 id, bool undo, const QString &temporary);
    // The replay ended: the entry is undone or not, and no longer pending.
    bool settle(qint64 id, bool undone);

    std::optional<QList<Entry>> pending();
    std::optional<QList<Entry>> history(int limit = 100);
    // What undo (newest applied batch, newest entry first) or redo (oldest undone batch, oldest
    // entry first) would replay; empty when there is nothing.
    std::optional<QList<Entry>> nextReplay(bool undo);

private:
    bool createTables(QSqlDatabase &db);
    bool exec(const QString &sql, const QVariantList &values = {}, int *rowsAffected = nullptr);
    std::optional<QList<Entry>> select(const QString &where, const QVariantList &values);

    QString m_root;
    QString m_path;
    QString m_connection;
    QString m_error;
    qint64 m_batch = 0;
};

} // namespace core
