// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/duechange.h"

#include <QRegularExpression>

namespace core {

std::optional<DueChange> DueChange::parse(QStringView text)
{
    if (text == u"none")
        return clear();
    static const QRegularExpression shift(QStringLiteral("^\\+([1-9][0-9]{0,3})([dwm])$"));
    if (const auto m = shift.match(text); m.hasMatch()) {
        const int amount = m.capturedView(1).toInt();
        const QStringView unit = m.capturedView(2);
        return unit == u"m" ? postponeMonths(amount) : postponeDays(unit == u"w" ? amount * 7 : amount);
    }
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
    if (iso.match(text).hasMatch() && date.isValid())
        return set(date);
    return std::nullopt;
}

std::optional<QDate> DueChange::resolve(const std::optional<QDate> &current, const QDate &today) const
{
    // Tasks postpones from the date itself unless it has passed: then from today.
    const QDate base = current && current->isValid() && *current >= today ? *current : today;
    switch (m_kind) {
    case Kind::Set:
        return m_date;
    case Kind::Clear:
        return std::nullopt;
    case Kind::Postpone:
        return base.addMonths(m_months).addDays(m_days);
    case Kind::NextMonday:
        return base.addDays(8 - base.dayOfWeek());
    }
    return std::nullopt;
}

} // namespace core
