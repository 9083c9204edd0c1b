// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/task.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// Everything the note model exposes for one Markdown file (the contract of `vaultview-cli export`).
struct Note
{
    QString path; // relative to the vault root, with '/'
    QString title;
    std::optional<QString> date; // YYYY-MM-DD
    std::optional<QString> type;
    QStringList people;
    QStringList tags;
    std::optional<QString> summary;
    QStringList decisions;
    QStringList keyPoints;
    QStringList warnings;
    QList<Task> tasks;
    QByteArray body; // plain text of the body in UTF-8, for full-text search; not exported
    qint64 size = 0;
    qint64 mtime = 0; // milliseconds since the epoch
};

} // namespace core
