// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace core {

// Obsidian's own comments, "%% … %%", which md4c does not know. Obsidian hides them, and so never
// reads what is inside: no tasks, tags or people. A "%%" in code is text; once open, a comment runs
// to the next "%%" wherever it is (inside a comment nothing is code), or to the end of the note.
class ObsidianComments final
{
public:
    struct Span
    {
        qsizetype start = 0; // the opening "%%"
        qsizetype end = 0; // just past the closing "%%", or the end of the text
    };

    struct Found
    {
        QList<Span> spans; // in order, not overlapping
        bool truncated = false; // the time budget ran out; the last span runs to the end
    };

    // The comments of a note body (UTF-8). Code spans and code blocks are md4c's, read with the
    // same `md4cFlags` as the body itself, so that both agree on what is code.
    static Found inBody(const QByteArray &body, unsigned md4cFlags, qint64 budgetMs);
    // `body` without the bytes of `spans`, but for their line breaks: every line keeps its number,
    // and what follows a comment on its last line is not pushed into an indented code block.
    static QByteArray removed(const QByteArray &body, const QList<Span> &spans);
    // The comments within one line (a task's description): "%%" pairs outside code spans; one left
    // open runs to the end of the line, as it does to the end of the note.
    static QList<Span> inLine(QStringView line);
};

} // namespace core
