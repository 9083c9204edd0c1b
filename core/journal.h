#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

class TaskWriter;

// The undo journal: every write Vaultview makes to a note (path, line, old text, new text, time),
// kept in the index database so that undo and redo survive restarts. Undo and redo go through
// TaskWriter::replaceLine, so they refuse a line that is no longer as written.
class Journal final
{
public:
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
    };

    struct Outcome
    {
        bool ok = false;
        bool refused = false; // the file changed: a conflict, not an error
        QString message;
        QList<Entry> entries; // what was undone or redone
    };

    explicit Journal(const QSqlDatabase &db);

    bool ensureTable();
    // Starts a batch; writes recorded until the next call share it.
    qint64 beginBatch();
    bool record(const QString &path, int line, const QString &oldText, const QString &newText);
    // The batch the next record() joins (0 before the first); lets a GUI undo stack mark its own
    // undo and redo in the journal, so that the CLI's undo agrees with it.
    qint64 currentBatch() const { return m_batch; }
    bool setUndone(qint64 batch, bool undone);
    std::optional<QList<Entry>> history(int limit = 100);
    // Writes entries read by history() (newest first) into a fresh journal, as they were: the
    // journal outlives a rebuild of its index, since the notes it lists are the user's.
    bool restore(const QList<Entry> &newestFirst);
    Outcome undo(TaskWriter &writer);
    Outcome redo(TaskWriter &writer);
    QString error() const { return m_error; }

    static QByteArray toJsonLine(const Entry &entry);
    static QString toText(const Entry &entry);

private:
    std::optional<QList<Entry>> batchToReplay(bool undone);
    Outcome replay(TaskWriter &writer, bool undo);

    QSqlDatabase m_db;
    qint64 m_batch = 0;
    QString m_error;
};

} // namespace core
