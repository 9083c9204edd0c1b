// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <variant>

namespace core {

// Reads the plain shape nearly every frontmatter has — top-level `key: scalar`, `key: [a, b]` and
// `key:` with `- item` lines, quoted or plain — without yaml-cpp, which costs a fifth of a first
// index. Anything else (anchors, tags, nesting, escapes, multi-line scalars, nulls …) is declined,
// and the caller hands the block to yaml-cpp: the answer is the same either way, only faster here.
class SimpleYaml final
{
public:
    // A scalar, or the scalars of a sequence.
    using Value = std::variant<QString, QStringList>;
    struct Entry
    {
        QString key;
        Value value;
    };

    // The entries in document order, or nullopt when the block is not of the plain shape.
    static std::optional<QList<Entry>> read(QStringView yaml);
};

} // namespace core
