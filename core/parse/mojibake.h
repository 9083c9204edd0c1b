// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Repairs text whose UTF-8 bytes were once decoded as Mac Roman (else Windows-1252) and saved
// again, as in "üìÖ" for 📅. Only display text is repaired; files are never changed.
class Mojibake final
{
public:
    // Repairs every qualifying run in place; returns whether anything changed.
    static bool repair(QString &text);
    // The ways `text` can appear in a file: as itself and as its Mac Roman and Windows-1252 mojibake.
    static QStringList spellings(const QString &text);
    static QString repaired(QString text)
    {
        repair(text);
        return text;
    }
};

} // namespace core
