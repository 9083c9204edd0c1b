#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace core {

// STUB — replaced by wt-h1's engine at merge.
class Recurrence final
{
public:
    struct Dates
    {
        std::optional<QDate> start;
        std::optional<QDate> scheduled;
        std::optional<QDate> due;
        bool operator==(const Dates &) const = default;
    };
    static std::optional<Recurrence> parse(QStringView text);
    std::optional<Dates> next(const Dates &current, const QDate &today) const;
    bool whenDone() const { return false; }
    QString rrule() const { return {}; }
};

} // namespace core
