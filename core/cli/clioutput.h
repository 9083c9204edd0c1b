// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/index/journal.h"
#include "core/query/search.h"
#include "core/views/decisionlog.h"
#include "core/views/duplicatefinder.h"
#include "core/views/peopledirectory.h"

#include <QByteArray>
#include <QString>

namespace core {

// How vaultview-cli prints what it found: one line of text, or one JSON object, per item. The
// classes it prints know nothing of this.
class CliOutput final
{
public:
    static QString humanTask(const Search::TaskHit &hit);
    // NoteJson's task with its note's path, title and date first, then whether it is blocked:
    // what `tasks --json` prints, a task in the context of the vault.
    static QByteArray taskJson(const Search::TaskHit &hit);
    static QByteArray journalJson(const Journal::Entry &entry);
    static QString journalText(const Journal::Entry &entry);
    static QByteArray decisionJson(const DecisionLog::Entry &entry);
    // date, text, "(stated N times)" when merged, [path]
    static QString decisionText(const DecisionLog::Entry &entry);
    static QByteArray personJson(const PeopleDirectory::Person &person);
    static QString personText(const PeopleDirectory::Person &person);
    // {"tasks": [{"path": …, "line": …, "text": …}, …]}
    static QByteArray duplicatesJson(const DuplicateFinder::Group &group);
    // A heading line, then one indented line per task with its status, owner and due date.
    static QStringList duplicatesText(const DuplicateFinder::Group &group);
};

} // namespace core
