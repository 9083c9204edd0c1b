// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexrecord.h"

#include "core/index/vaultindex.h"
#include "core/model/note.h"

#include <QSet>

namespace core {

namespace {

class Packer
{
public:
    explicit Packer(QByteArray &buffer)
        : m_buffer(buffer)
    {
    }

    IndexRecord::Text add(const QString &text)
    {
        const qsizetype offset = m_buffer.size();
        m_buffer.append(text.toUtf8());
        return { offset, m_buffer.size() - offset };
    }
    IndexRecord::Text add(const std::optional<QString> &text) { return text ? add(*text) : IndexRecord::Text {}; }
    IndexRecord::Text list(const QStringList &list) { return add(VaultIndex::joinList(list)); }

private:
    QByteArray &m_buffer;
};

} // namespace

IndexRecord IndexRecord::fromNote(const Note &note)
{
    IndexRecord r;
    r.utf8.reserve(note.path.size() + note.summary.value_or(QString()).size() + 512 * (note.tasks.size() + 1));
    Packer pack(r.utf8);
    r.note = { pack.add(note.path), pack.add(note.title), pack.add(note.date), pack.add(note.type),
               pack.add(note.summary), pack.list(note.people), pack.list(note.tags), pack.list(note.decisions),
               pack.list(note.keyPoints), pack.list(note.warnings) };
    r.size = note.size;
    r.mtime = note.mtime;
    QSet<QString> seenTags;
    for (const QString &tag : note.tags) {
        seenTags.insert(tag.toCaseFolded());
        r.tags.push_back(pack.add(tag));
    }
    r.tasks.reserve(note.tasks.size());
    for (const Task &task : note.tasks) {
        r.openCount += isOpenState(task.state) ? 1 : 0;
        r.proposedCount += task.state == TaskState::Proposed ? 1 : 0;
        r.tasks.push_back({ task.line,
                            { pack.add(task.status), pack.add(stateName(task.state)), pack.add(task.text),
                              pack.add(task.owner), pack.add(task.due), pack.add(task.scheduled), pack.add(task.start),
                              pack.add(task.created), pack.add(task.done), pack.add(task.cancelled),
                              pack.add(task.recurrence), pack.add(task.priority), pack.list(task.tags),
                              pack.add(task.section), pack.add(task.raw), pack.add(task.id), pack.list(task.dependsOn),
                              pack.add(task.onCompletion), pack.list(task.warnings) } });
        // Tag queries on tasks narrow by the note's tags first, so the note lists every task tag.
        for (const QString &tag : task.tags) {
            if (!seenTags.contains(tag.toCaseFolded())) {
                seenTags.insert(tag.toCaseFolded());
                r.tags.push_back(pack.add(tag));
            }
        }
    }
    for (const QString &person : note.people)
        r.people.push_back(pack.add(person));
    r.body = note.body;
    return r;
}

} // namespace core
