// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// The YAML block at the top of a note, split from the body and read into the fields Vaultview uses.
class Frontmatter final
{
public:
    struct Block
    {
        QStringView yaml; // between the fences
        qsizetype bodyStart = 0; // index of the first body character
        int bodyFirstLine = 1; // 1-based line number of that character
    };

    struct Fields
    {
        std::optional<QString> title;
        std::optional<QString> date; // raw value; NoteParser validates it
        std::optional<QString> type;
        QStringList people;
        QStringList tags;
    };

    struct Result
    {
        Fields fields;
        QString error; // empty when the block was read (or was empty)
    };

    // Finds a block that opens on the first line with "---" and closes with "---" or "...".
    static std::optional<Block> split(QStringView text);
    // Never throws; a YAML error, a non-map document or a blown budget yields Result::error.
    static Result parse(QStringView yaml);
    // The same through yaml-cpp alone (parse() reads the common plain shape itself): for tests.
    static Result parseYaml(QStringView yaml);

private:
    // An empty or oversized block, answered without reading it.
    static std::optional<Result> settledWithoutReading(QStringView yaml);

public:
    static constexpr qsizetype kMaxYamlChars = 1 << 20;
    static constexpr int kMaxItems = 10000;
};

} // namespace core
