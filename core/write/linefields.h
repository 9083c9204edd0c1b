// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

class QDate;

namespace core {

// Finds and edits the Tasks fields of one task line in its raw bytes (without its line ending),
// so that every other byte stays: emoji in any of their spellings (mojibake included), their
// Dataview forms ("[due:: 2025-01-31]"), a trailing "^block-id".
class LineFields final
{
public:
    enum class Date { Due, Scheduled, Start, Created, Done, Cancelled };

    struct Span
    {
        qsizetype start = 0; // the field, with the one space before it
        qsizetype length = 0;
        qsizetype value = 0; // where its YYYY-MM-DD begins
    };

    // The rightmost field of that kind whose value looks like a date (a real one or not:
    // "2022-02-30" is still the field's value, to be replaced).
    static std::optional<Span> findDate(const QByteArray &line, Date field);
    static void removeDate(QByteArray &line, Date field);
    // Replaces the date's ten characters, or adds " <emoji> DATE" where Tasks writes that field.
    static void setDate(QByteArray &line, Date field, const QDate &date);
    // Adds the field where Tasks writes it, whatever the text before holds.
    static void addDate(QByteArray &line, Date field, const QDate &date);
    // Removes the rightmost "<emoji> value" of a non-date field (🆔, ⛔) and its Dataview form.
    static void removeValueField(QByteArray &line, const QString &emoji, const QByteArray &key);
    // Replaces the status character between the brackets; false when the line is no task line.
    static bool setStatus(QByteArray &line, const QByteArray &status);
    // Removes a trailing " ^block-id" (a block id names one line; a copy must not take it).
    static void removeBlockId(QByteArray &line);

private:
    static std::optional<Span> findEmojiDate(const QByteArray &line, Date field);
    static const char *dataviewKey(Date field);
    static std::optional<Span> findDataviewDate(const QByteArray &line, const QByteArray &key);
    static qsizetype insertPosition(const QByteArray &line, Date field);
};

} // namespace core
