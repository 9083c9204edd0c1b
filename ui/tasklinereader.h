#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace core {
struct Note;
}

namespace ui {

// The exact text of a note's task lines, for TaskWriter's expectedLine. The index stores parsed
// tasks, not their lines, so they are read from the file, but only while the file is still the
// version the index describes (same size and modification time); the GUI never parses them.
class TaskLineReader final
{
public:
    using Lines = QHash<int, QString>; // 1-based line number → line text without its ending

    // nullopt when the file is missing or differs from the indexed version.
    static std::optional<Lines> read(const QString &vaultRoot, const core::Note &note);
    // Lines `numbers` of `bytes` (a leading BOM dropped, "\r\n" or "\n" endings), decoded as UTF-8.
    static Lines split(const QByteArray &bytes, const QList<int> &numbers);
};

} // namespace ui
