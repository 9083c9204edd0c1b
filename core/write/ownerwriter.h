// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/write/taskwriter.h"

#include <QString>
#include <optional>

namespace core {

// Reassigns a task: changes the trailing "@Owner" of one task line (or adds one before the
// fields and tags when the line has none) and keeps every other byte. The write itself goes
// through TaskWriter::replaceLine, so it has the same safety: the line must still read as the
// caller saw it, the file is written atomically, journaled and re-indexed.
class OwnerWriter final
{
public:
    explicit OwnerWriter(TaskWriter &writer);

    // The line with `owner` as its owner; nullopt when it is not a task or `owner` is not a name
    // the task syntax can hold (it must start with a capital letter, at most four words).
    static std::optional<QString> rewriteLine(const QString &line, const QString &owner);

    TaskWriter::Result setOwner(const QString &path, int line, const QString &expectedLine,
                                const QString &owner);

private:
    TaskWriter &m_writer;
};

} // namespace core
