#pragma once

#include "journal.h"
#include "search.h"

#include <QByteArray>
#include <QString>

namespace core {

// How vaultview-cli prints what it found: one line of text, or one JSON object, per item. The
// classes it prints know nothing of this.
class CliOutput final
{
public:
    static QString humanTask(const Search::TaskHit &hit);
    static QByteArray journalJson(const Journal::Entry &entry);
    static QString journalText(const Journal::Entry &entry);
};

} // namespace core
