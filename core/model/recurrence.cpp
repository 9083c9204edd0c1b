#include "core/model/recurrence.h"

namespace core {

std::optional<Recurrence> Recurrence::parse(QStringView text)
{
    if (text.startsWith(u"every week"))
        return Recurrence();
    return std::nullopt;
}

std::optional<Recurrence::Dates> Recurrence::next(const Dates &current, const QDate &) const
{
    Dates d = current;
    for (auto *date : { &d.start, &d.scheduled, &d.due })
        if (*date)
            **date = (*date)->addDays(7);
    return d;
}

} // namespace core
