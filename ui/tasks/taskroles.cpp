#include "ui/tasks/taskroles.h"

#include "core/model/task.h"
#include "ui/widgets/signglyph.h"

#include <iterator>

namespace ui {

QVariant TaskColumns::headerData(int section, int role)
{
    static const char *const titles[] = { "", "Task", "Owner", "Due", "", "Meeting", "Date" };
    static const char *const tips[]
        = { "Status", "Task", "Owner", "Due date", "Priority", "Meeting", "Meeting date" };
    static_assert(std::size(titles) == DateColumn + 1 && std::size(tips) == DateColumn + 1);
    if (section < 0 || section > DateColumn)
        return {};
    if (role == Qt::DisplayRole)
        return QString::fromLatin1(titles[section]);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return QString::fromLatin1(tips[section]);
    return {};
}

QString taskStateLabel(core::TaskState state)
{
    switch (state) {
    case core::TaskState::Todo:
        return QStringLiteral("To do");
    case core::TaskState::Done:
        return QStringLiteral("Done");
    case core::TaskState::InProgress:
        return QStringLiteral("In progress");
    case core::TaskState::Cancelled:
        return QStringLiteral("Cancelled");
    case core::TaskState::Proposed:
        return QStringLiteral("Proposed");
    case core::TaskState::Forwarded:
        return QStringLiteral("Forwarded");
    case core::TaskState::Other:
        break;
    }
    return QStringLiteral("Other");
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
