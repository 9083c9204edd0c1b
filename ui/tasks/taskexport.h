// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/tasks/taskbrowsermodel.h"

#include <QList>
#include <QString>

namespace ui {

// The task browser's rows as text: CSV (RFC 4180, with a header) or Markdown (the task lines as
// they stand in the notes, each followed by a link to its meeting).
class TaskExport final
{
public:
    static QString toCsv(const QList<TaskBrowserModel::Row> &rows);
    static QString toMarkdown(const QList<TaskBrowserModel::Row> &rows);
    static QString csvField(const QString &value);
};

} // namespace ui
