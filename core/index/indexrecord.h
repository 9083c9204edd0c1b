// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <array>
#include <vector>

namespace core {

struct Note;

// A parsed note with every text already in UTF-8, in one buffer. Parse threads build it so that
// the single writing thread only binds: that thread is what a first index waits on.
struct IndexRecord
{
    // A slice of `utf8`; a negative offset stands for SQL NULL.
    struct Text
    {
        qsizetype offset = -1;
        qsizetype size = 0;
    };
    enum NoteField { Path, Title, Date, Type, Summary, People, Tags, Decisions, KeyPoints, Warnings, NoteFields };
    enum TaskField {
        Status, State, TaskText, Owner, Due, Scheduled, Start, Created, Done, Cancelled, Recurrence,
        Priority, TaskTags, Section, Raw, TaskId, DependsOn, OnCompletion, TaskWarnings, TaskFields
    };
    struct TaskRow
    {
        qint64 line = 0;
        std::array<Text, TaskFields> fields;
    };

    static IndexRecord fromNote(const Note &note);

    QByteArray utf8;
    std::array<Text, NoteFields> note;
    qint64 size = 0;
    qint64 mtime = 0;
    qint64 openCount = 0;
    qint64 proposedCount = 0;
    std::vector<TaskRow> tasks;
    std::vector<Text> people;
    std::vector<Text> tags; // the note's own and its tasks' tags, each once
    QByteArray body;
};

} // namespace core
