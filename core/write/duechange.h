// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>
#include <optional>

namespace core {

// How a due date moves: to a date, away, or postponed the way Obsidian Tasks postpones (from the
// due date, or from today when that date has passed or there is none).
class DueChange final
{
public:
    enum class Kind { Set, Clear, Postpone, NextMonday };

    static DueChange set(const QDate &date) { return DueChange(Kind::Set, date); }
    static DueChange clear() { return DueChange(Kind::Clear); }
    static DueChange postponeDays(int days) { return DueChange(Kind::Postpone, {}, days); }
    static DueChange postponeMonths(int months) { return DueChange(Kind::Postpone, {}, 0, months); }
    static DueChange nextMonday() { return DueChange(Kind::NextMonday); }
    // "2025-01-31", "none", "+1d", "+2w", "+1m" (the CLI's spelling); nullopt for anything else.
    static std::optional<DueChange> parse(QStringView text);

    // The new due date of a task due `current` (nullopt: none, or not a calendar date) on `today`;
    // nullopt: no due date.
    std::optional<QDate> resolve(const std::optional<QDate> &current, const QDate &today) const;
    Kind kind() const { return m_kind; }

private:
    explicit DueChange(Kind kind, const QDate &date = {}, int days = 0, int months = 0)
        : m_kind(kind)
        , m_date(date)
        , m_days(days)
        , m_months(months)
    {
    }

    Kind m_kind = Kind::Clear;
    QDate m_date;
    int m_days = 0;
    int m_months = 0;
};

} // namespace core
