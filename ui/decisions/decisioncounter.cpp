// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisioncounter.h"

#include "ui/decisions/logging.h"
#include "ui/session/backgroundreader.h"

namespace ui {

DecisionCounter::DecisionCounter(QObject *parent)
    : QObject(parent)
    , m_request(new AsyncRequest(this))
{ }

DecisionCounter::~DecisionCounter() = default;

void DecisionCounter::setReader(BackgroundReader *reader)
{
    m_request->setReader(reader);
}

void DecisionCounter::setDatabase(const QSqlDatabase &db)
{
    m_request->setFallback(db);
}

void DecisionCounter::count(const core::Query::Sql &filter, const QString &text)
{
    m_filter = filter;
    m_text = text;
    m_cursor = {};
    m_totals = {};
    m_error.clear();
    m_counting = true;
    countChunk();
}

void DecisionCounter::cancel()
{
    m_request->cancel();
    m_counting = false;
}

void DecisionCounter::countChunk()
{
    // Without a reader the job runs here and now: all of it in one go.
    const int notes = m_request->reader() ? kNotesPerJob : std::numeric_limits<int>::max();
    m_request->run<Chunk>(
        [filter = *m_filter, text = m_text, cursor = m_cursor, notes](
            const QSqlDatabase &db, const AsyncRequest::Superseded &superseded) {
            Chunk chunk;
            chunk.cursor = cursor;
            int read = 0;
            core::DecisionLog log(db);
            chunk.ok = log.read(
                filter, text, chunk.cursor,
                [&chunk, &read, notes](QList<core::DecisionLog::Entry> &&entries) {
                    chunk.totals.entries += int(entries.size());
                    chunk.totals.meetings += entries.isEmpty() ? 0 : 1;
                    for (const core::DecisionLog::Entry &entry : std::as_const(entries))
                        chunk.totals.merged += entry.merged > 1 ? 1 : 0;
                    return ++read < notes;
                },
                superseded);
            chunk.error = log.error();
            return chunk;
        },
        [this](Chunk chunk) { addChunk(chunk); });
}

void DecisionCounter::addChunk(const Chunk &chunk)
{
    m_totals.entries += chunk.totals.entries;
    m_totals.meetings += chunk.totals.meetings;
    m_totals.merged += chunk.totals.merged;
    m_cursor = chunk.cursor;
    if (chunk.ok && !m_cursor.atEnd()) {
        countChunk();
        return;
    }
    if (!chunk.ok) {
        m_error = chunk.error;
        qCWarning(lcDecisions) << "decisions: cannot count:" << m_error;
    }
    m_counting = false;
    Q_EMIT counted();
}

} // namespace ui
