// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/note.h"

#include <QByteArray>

namespace core {

// Turns the bytes of one Markdown file into the note model. Pure and thread-safe: it never
// touches the disk, never throws, and bad input becomes a warning on the note.
class NoteParser final
{
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(16) << 20;

    static Note parse(const QString &relativePath, const QByteArray &bytes,
                      qint64 maxBytes = kDefaultMaxBytes);

    // A note over the size cap: listed by its file name, with a warning, never read.
    static Note oversized(const QString &relativePath, qint64 size, qint64 maxBytes);
    // "YYYY-MM-DD" when `value` starts with a valid calendar date followed by nothing, 'T' or ' '.
    static std::optional<QString> dateOf(QStringView value);
    // The text of a file: BOM dropped, invalid UTF-8 replaced by U+FFFD (and reported).
    static QString decode(const QByteArray &bytes, bool *invalid = nullptr);
};

} // namespace core
