// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/taskroles.h"

#include "core/model/task.h"
#include "ui/widgets/signglyph.h"

#include <QCoreApplication>
#include <iterator>

namespace ui {

QVariant TaskColumns::headerData(int section, int role)
{
    static const char *const titles[] = { "", QT_TRANSLATE_NOOP("ui::TaskColumns", "Task"),
        QT_TRANSLATE_NOOP("ui::TaskColumns", "Owner"), QT_TRANSLATE_NOOP("ui::TaskColumns", "Due"), "",
        QT_TRANSLATE_NOOP("ui::TaskColumns", "Meeting"), QT_TRANSLATE_NOOP("ui::TaskColumns", "Date") };
    static const char *const tips[]
        = { QT_TRANSLATE_NOOP("ui::TaskColumns", "Status"), QT_TRANSLATE_NOOP("ui::TaskColumns", "Task"),
              QT_TRANSLATE_NOOP("ui::TaskColumns", "Owner"), QT_TRANSLATE_NOOP("ui::TaskColumns", "Due date"),
              QT_TRANSLATE_NOOP("ui::TaskColumns", "Priority"), QT_TRANSLATE_NOOP("ui::TaskColumns", "Meeting"),
              QT_TRANSLATE_NOOP("ui::TaskColumns", "Meeting date") };
    static_assert(std::size(titles) == DateColumn + 1 && std::size(tips) == DateColumn + 1);
    if (section < 0 || section > DateColumn)
        return {};
    if (role == Qt::DisplayRole)
        return QCoreApplication::translate("ui::TaskColumns", titles[section]);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return QCoreApplication::translate("ui::TaskColumns", tips[section]);
    return {};
}

QString taskStateLabel(core::TaskState state)
{
    switch (state) {
    case core::TaskState::Todo:
        return QCoreApplication::translate("ui::TaskState", "To do");
    case core::TaskState::Done:
        return QCoreApplication::translate("ui::TaskState", "Done");
    case core::TaskState::InProgress:
        return QCoreApplication::translate("ui::TaskState", "In progress");
    case core::TaskState::Cancelled:
        return QCoreApplication::translate("ui::TaskState", "Cancelled");
    case core::TaskState::Proposed:
        return QCoreApplication::translate("ui::TaskState", "Proposed");
    case core::TaskState::Forwarded:
        return QCoreApplication::translate("ui::TaskState", "Forwarded");
    case core::TaskState::Other:
        break;
    }
    return QCoreApplication::translate("ui::TaskState", "Other");
}

QIcon taskSignIcon(bool blocked, bool hasWarnings, const QPalette &palette)
{
    SignGlyph::Signs signs;
    if (blocked)
        signs |= SignGlyph::NoEntry;
    if (hasWarnings)
        signs |= SignGlyph::Warning;
    return SignGlyph::icon(signs, palette);
}

} // namespace ui
