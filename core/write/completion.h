// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recurrence.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

class QDate;

namespace core {

struct Task;

// What Obsidian Tasks (7, default settings) writes when a task is completed, beyond its status
// and ✅ date: the next occurrence of a 🔁 task on the line above it, and for 🏁 delete no
// completed line. Pure: bytes in, bytes out.
class Completion final
{
public:
    struct Outcome
    {
        QList<QByteArray> lines; // what replaces the task's line, top to bottom
        QStringList warnings; // e.g. a rule Vaultview cannot follow
    };

    // `before`: the task's line; `after`: the same line with its new status and dates.
    static Outcome apply(const QByteArray &before, const QByteArray &after, const QDate &today);
    // The next occurrence of `line`: status " ", the dates moved to `dates`, and without the
    // done, cancelled and created dates, the 🆔 id, the ⛔ depends-on and a ^block-id.
    static QByteArray nextOccurrence(const QByteArray &line, const Recurrence::Dates &dates);

private:
    // The dates the next occurrence starts from.
    static Recurrence::Dates currentDates(const QByteArray &line, const Task &task);
};

} // namespace core
