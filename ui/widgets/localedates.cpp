// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/localedates.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace ui {

namespace {

// Removes the fields matched by `field` together with the separators that lead to them (or,
// for a field that begins the format, follow it). A format with words in it ("d 'de' MMMM",
// "yyyy年M月d日") is kept whole: which word belongs to which field is not known.
QString withoutField(QString format, const QString &field)
{
    const bool words = std::any_of(
        format.cbegin(), format.cend(), [](QChar c) { return c == u'\'' || c.unicode() > 0x7f; });
    if (words)
        return format;
    const QRegularExpression inner(QStringLiteral("[\\s,\\-/]*") + field);
    const QRegularExpression leading(QStringLiteral("^") + field + QStringLiteral("[\\s,.\\-/]*"));
    format.remove(leading);
    format.remove(inner);
    return format.trimmed();
}

QString shortNames(QString format)
{
    return format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"))
        .replace(QStringLiteral("dddd"), QStringLiteral("ddd"));
}

} // namespace

QString LocaleDates::mediumFormat(const QLocale &locale)
{
    return shortNames(withoutField(locale.dateFormat(QLocale::LongFormat), QStringLiteral("dddd")));
}

QString LocaleDates::mediumFormatWithDay(const QLocale &locale)
{
    return shortNames(locale.dateFormat(QLocale::LongFormat));
}

QString LocaleDates::longDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::LongFormat);
}

QString LocaleDates::mediumDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, mediumFormat(locale));
}

QString LocaleDates::mediumDateWithDay(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, mediumFormatWithDay(locale));
}

QString LocaleDates::dayAndMonth(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, withoutField(mediumFormat(locale), QStringLiteral("y+")));
}

QString LocaleDates::dayOfMonth(const QDate &date, const QLocale &locale)
{
    const QString format = withoutField(mediumFormatWithDay(locale), QStringLiteral("y+"));
    return locale.toString(date, withoutField(format, QStringLiteral("M+")));
}

} // namespace ui
