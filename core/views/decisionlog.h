// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/query.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace core {

class TextSimilarity;

// Every decision in the vault, newest meeting first, each with its meeting. Near-identical
// decisions within one note (an AI summary that states each decision twice) are collapsed into
// the first, which records how many were merged.
class DecisionLog final
{
public:
    struct Entry
    {
        QString path;
        QString title;
        std::optional<QString> date;
        QStringList people;
        QString text;
        int merged = 1; // how many decisions of the note this entry stands for
    };

    // Where a read() stopped: just after the note `path` (of `date`) in the log's order, dated
    // notes first. A default cursor stands before the newest note.
    struct Cursor
    {
        enum class Phase { Dated, Undated, End };
        Phase phase = Phase::Dated;
        bool started = false; // false: from the first note of the phase
        QString date;
        QString path;

        bool atEnd() const { return phase == Phase::End; }
    };

    // Gets the entries of one note (none when `text` keeps none of them); false stops the read.
    using NoteVisitor = std::function<bool(QList<Entry> &&entries)>;

    explicit DecisionLog(const QSqlDatabase &db);

    // Visits the notes that match `query` and have decisions, in the log's order, from `cursor`
    // on; `cursor` moves past every note visited and is at its end once the log is over. Notes
    // are read a batch at a time (small at first), so a read that stops early costs little and
    // none holds more than one batch. False on an error (see error()) or when `cancelled`, asked
    // between notes, says so (no error then).
    bool read(const Query &query, const QString &text, Cursor &cursor, const NoteVisitor &visit,
              const std::function<bool()> &cancelled = {});
    // The same over the notes `filter` keeps (a WHERE clause over "notes n", as Query::noteSql()).
    bool read(const Query::Sql &filter, const QString &text, Cursor &cursor, const NoteVisitor &visit,
              const std::function<bool()> &cancelled = {});

    // Decisions of the notes that match `query`, in notes that have a date newest first, then by
    // path and note order. `text` keeps the entries whose text (or a merged variant) holds every
    // word of it, case-insensitively. The whole log at once: read() for big vaults.
    // `cancelled`, when given, is asked between notes: true stops the read (nullopt, no error).
    std::optional<QList<Entry>> entries(const Query &query, const QString &text = {},
                                        const std::function<bool()> &cancelled = {});
    std::optional<QList<Entry>> entries(const Query::Sql &filter, const QString &text = {},
                                        const std::function<bool()> &cancelled = {});
    std::optional<QList<Entry>> entries();
    QString error() const { return m_error; }

    // One note's decisions, near-identical ones collapsed, in note order.
    static QList<Entry> collapse(const QString &path, const QString &title, const std::optional<QString> &date,
                                 const QStringList &people, const QStringList &decisions,
                                 const QString &text = {});
    // The same with the caller's TextSimilarity: its word table is built once for many notes.
    static QList<Entry> collapse(TextSimilarity &similarity, const QString &path, const QString &title,
                                 const std::optional<QString> &date, const QStringList &people,
                                 const QStringList &decisions, const QString &text = {});

    // Notes per batch of read(): the first batch is small (a view's first page), later ones grow.
    static constexpr int kFirstBatch = 64;
    static constexpr int kMaxBatch = 4096;
    // A read starts a fresh word table after this many notes, so a long read's memory does not
    // grow with the vault's vocabulary.
    static constexpr int kNotesPerWordTable = 8192;

private:
    bool prepareBatch(QSqlQuery &q, const QString &where, const QVariantList &binds, const Cursor &cursor,
                      int limit);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
