#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace core {

class Query;
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

    explicit DecisionLog(const QSqlDatabase &db);

    // Decisions of the notes that match `query`, in notes that have a date newest first, then by
    // path and note order. `text` keeps the entries whose text (or a merged variant) holds every
    // word of it, case-insensitively.
    // `cancelled`, when given, is asked between notes: true stops the read (nullopt, no error).
    std::optional<QList<Entry>> entries(const Query &query, const QString &text = {},
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

    static QByteArray toJsonLine(const Entry &entry);
    static QString toTextLine(const Entry &entry);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
