// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskexport.h"

#include <QStringList>

namespace ui {

QString TaskExport::csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString TaskExport::toCsv(const QList<TaskBrowserModel::Row> &rows)
{
    QString out = QStringLiteral("status,task,owner,due,priority,meeting,date,path,line\r\n");
    for (const auto &row : rows) {
        const core::Task &t = row.task;
        const QStringList fields { core::stateName(t.state), t.text, t.owner.value_or(QString()),
            t.due.value_or(QString()), t.priority, row.title, row.date, row.path, QString::number(t.line) };
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

QString TaskExport::toMarkdown(const QList<TaskBrowserModel::Row> &rows)
{
    QString out;
    for (const auto &row : rows) {
        QString link = row.path;
        if (link.endsWith(QStringLiteral(".md")))
            link.chop(3);
        out += row.task.raw.trimmed() + QStringLiteral(" ([[") + link + u'|' + row.title + QStringLiteral("]])\n");
    }
    return out;
}

} // namespace ui
