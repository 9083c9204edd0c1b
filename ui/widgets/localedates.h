// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QDate;

namespace ui {

// Dates as the locale writes them. The formats come from the locale's long date format, so
// that the order of day, month and year and their punctuation follow it ("Fri, 3 Dec 2026",
// "Fri, Dec 3, 2026", "Fr., 3. Dez. 2026"), only shortened where the UI is narrow.
class LocaleDates final
{
public:
    // "Friday, 3 December 2026"
    static QString longDate(const QDate &date, const QLocale &locale = QLocale());
    // "3 Dec 2026"
    static QString mediumDate(const QDate &date, const QLocale &locale = QLocale());
    // "Fri, 3 Dec 2026"
    static QString mediumDateWithDay(const QDate &date, const QLocale &locale = QLocale());
    // "3 Dec"
    static QString dayAndMonth(const QDate &date, const QLocale &locale = QLocale());
    // "Fri, 3": the month and year are said elsewhere (a section header).
    static QString dayOfMonth(const QDate &date, const QLocale &locale = QLocale());

    static QString mediumFormat(const QLocale &locale);
    static QString mediumFormatWithDay(const QLocale &locale);
};

} // namespace ui
