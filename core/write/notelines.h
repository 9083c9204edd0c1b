// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace core {

// The lines of a note's bytes: where a run of lines is, what it reads, and what the bytes become
// when it is replaced by other lines. Every other byte (a BOM, each line's ending, a missing final
// newline) stays as it was.
class NoteLines final
{
public:
    // `count` lines from line `line` (1-based): their bytes, without the last one's ending and
    // without a BOM on line 1. A run of no lines is the place where lines would be inserted.
    struct Run
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int line = 0;
        int count = 0;
    };

    struct Found
    {
        int line = 0; // 0 when no single place fits
        qsizetype copies = 0;
    };

    static std::optional<Run> find(const QByteArray &bytes, int line, int count = 1);
    // Each line of the run, without its ending.
    static QList<QByteArray> linesOf(const QByteArray &bytes, const Run &run);
    // Where `expected` stands: at `line` while it still reads so, else its one copy elsewhere.
    static Found relocate(const QByteArray &bytes, int line, const QList<QByteArray> &expected);
    // The bytes with the run replaced by `lines` (none: the run goes, with one line ending).
    static QByteArray splice(const QByteArray &bytes, const Run &run, const QList<QByteArray> &lines);

    // Lines as the journal keeps them: decoded, joined by '\n'; no lines is the empty text.
    static QString join(const QList<QByteArray> &lines);
    static QList<QByteArray> split(const QString &text);

private:
    static std::optional<qsizetype> lineStart(const QByteArray &bytes, int line);
    static QByteArray lineEnding(const QByteArray &bytes, const Run &run);
};

} // namespace core
