// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a note: the parser must return, and what it returns must be consistent; a
// frontmatter block that SimpleYaml reads must read the same through yaml-cpp.
#include "core/parse/frontmatter.h"
#include "core/parse/noteparser.h"
#include "core/parse/simpleyaml.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const core::Note note = core::NoteParser::parse(QStringLiteral("2025-01-01 fuzz.md"), bytes);
    const int lines = int(bytes.count('\n')) + 1;
    int previous = 0;
    for (const core::Task &task : note.tasks) {
        if (task.line <= previous || task.line > lines || task.status.isEmpty())
            std::abort();
        previous = task.line;
    }
    if (note.title.isEmpty())
        std::abort();
    const QString text = QString::fromUtf8(bytes);
    if (const auto block = core::Frontmatter::split(text); block && core::SimpleYaml::read(block->yaml)) {
        const auto fast = core::Frontmatter::parse(block->yaml);
        const auto full = core::Frontmatter::parseYaml(block->yaml);
        if (fast.fields.title != full.fields.title || fast.fields.date != full.fields.date
            || fast.fields.type != full.fields.type || fast.fields.people != full.fields.people
            || fast.fields.tags != full.fields.tags || fast.error != full.error)
            std::abort();
    }
    return 0;
}
