#include "tasklinereader.h"

#include "note.h"
#include "noteparser.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace ui {

namespace {

bool matchesIndex(const QFileInfo &info, const core::Note &note)
{
    return info.isFile() && info.size() == note.size
        && info.lastModified().toMSecsSinceEpoch() == note.mtime;
}

} // namespace

std::optional<TaskLineReader::Lines> TaskLineReader::read(
    const QString &vaultRoot, const core::Note &note)
{
    const QString path = vaultRoot + u'/' + note.path;
    if (!matchesIndex(QFileInfo(path), note))
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    file.close();
    // The file could have been replaced while it was read.
    if (!matchesIndex(QFileInfo(path), note))
        return std::nullopt;
    QList<int> numbers;
    numbers.reserve(note.tasks.size());
    for (const core::Task &task : note.tasks)
        numbers.append(task.line);
    return split(bytes, numbers);
}

TaskLineReader::Lines TaskLineReader::split(const QByteArray &bytes, const QList<int> &numbers)
{
    Lines lines;
    if (numbers.isEmpty())
        return lines;
    const QSet<int> wanted(numbers.cbegin(), numbers.cend());
    const int last = *std::max_element(numbers.cbegin(), numbers.cend());
    qsizetype start = 0;
    for (int n = 1; n <= last && start <= bytes.size(); ++n) {
        qsizetype end = bytes.indexOf('\n', start);
        const qsizetype next = end < 0 ? bytes.size() + 1 : end + 1;
        if (end < 0)
            end = bytes.size();
        if (wanted.contains(n)) {
            qsizetype length = end - start;
            if (length > 0 && bytes.at(start + length - 1) == '\r')
                --length;
            lines.insert(n, core::NoteParser::decode(bytes.mid(start, length)));
        }
        start = next;
    }
    return lines;
}

} // namespace ui
