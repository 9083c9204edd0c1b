// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace core {

// Small reads of one note for panes that show a part of it.
class NoteQueries final
{
public:
    explicit NoteQueries(const QSqlDatabase &db);

    // The Markdown of the note's summary section. nullopt when the note has none or is not in
    // the index, and on a failed read: then error() is set.
    std::optional<QString> summary(const QString &path);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
