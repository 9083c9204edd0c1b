// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/query.h"
#include "core/views/decisionlog.h"

#include <QObject>
#include <QSqlDatabase>
#include <limits>
#include <optional>

namespace ui {

class AsyncRequest;
class BackgroundReader;

// Counts a decision log (core::DecisionLog) in the background without keeping its entries: its
// decisions, their meetings and the decisions stated more than once. It reads a few thousand
// notes per job, so that the pages a view asks for meanwhile wait for one job at most.
class DecisionCounter final : public QObject
{
    Q_OBJECT
public:
    struct Totals
    {
        int entries = 0;
        int meetings = 0;
        int merged = 0;
    };

    explicit DecisionCounter(QObject *parent = nullptr);
    ~DecisionCounter() override;
    Q_DISABLE_COPY_MOVE(DecisionCounter)

    // Jobs run on `reader`'s thread; without one, the whole count at once from `db`.
    void setReader(BackgroundReader *reader);
    void setDatabase(const QSqlDatabase &db);

    // Starts over; counted() follows.
    void count(const core::Query::Sql &filter, const QString &text = {});
    // Stops counting; totals() stay as they were.
    void cancel();
    bool isCounting() const { return m_counting; }
    // Of the notes read so far; final once counted() was emitted.
    Totals totals() const { return m_totals; }
    QString error() const { return m_error; }

    static constexpr int kNotesPerJob = 4096;

Q_SIGNALS:
    void counted();

private:
    struct Chunk
    {
        Totals totals;
        core::DecisionLog::Cursor cursor;
        QString error;
        bool ok = false;
    };

    void countChunk();
    void addChunk(const Chunk &chunk);

    AsyncRequest *m_request = nullptr;
    std::optional<core::Query::Sql> m_filter;
    QString m_text;
    core::DecisionLog::Cursor m_cursor;
    Totals m_totals;
    QString m_error;
    bool m_counting = false;
};

} // namespace ui
