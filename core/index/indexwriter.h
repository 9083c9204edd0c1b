// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/sqlitestatement.h"

#include <QSqlDatabase>
#include <QString>
#include <array>

namespace core {

struct IndexRecord;

// Writes parsed notes into the index with prepared statements; the caller owns the transaction.
class IndexWriter final
{
public:
    explicit IndexWriter(const QSqlDatabase &db);
    Q_DISABLE_COPY_MOVE(IndexWriter)

    bool prepare();
    // Inserts the note, or replaces the note with id `existingId` (0 for a new one).
    bool write(const IndexRecord &note, qint64 existingId);
    bool remove(qint64 id);
    // Replaces the list of sync-conflict copies (they are few; rewritten on every update).
    bool setConflicts(const QList<QPair<QString, QString>> &pathAndOriginal);
    QString error() const { return m_error; }
    // The last failure was SQLITE_CORRUPT or SQLITE_NOTADB.
    bool isCorrupt() const { return m_corrupt; }

private:
    bool exec(SqliteStatement &statement);
    bool clearChildren(qint64 id);
    bool writeChildren(const IndexRecord &note, qint64 id, qint64 ftsRowid);

    QSqlDatabase m_db;
    SqliteStatement m_insertNote;
    SqliteStatement m_updateNote;
    SqliteStatement m_insertTexts;
    SqliteStatement m_insertTask;
    SqliteStatement m_insertPerson;
    SqliteStatement m_insertTag;
    SqliteStatement m_insertFts;
    SqliteStatement m_deleteNote;
    SqliteStatement m_clearConflicts;
    SqliteStatement m_insertConflict;
    std::array<SqliteStatement, 4> m_clear; // tasks, people, tags, texts of one note
    qint64 m_nextFtsRowid = 1;
    QString m_error;
    bool m_corrupt = false;
};

} // namespace core
