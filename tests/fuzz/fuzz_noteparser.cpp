// Any bytes as a note: the parser must return, and what it returns must be consistent.
#include "noteparser.h"

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
    return 0;
}
