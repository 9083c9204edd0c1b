// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the parser tests: tasks and notes as QVariantMaps, so that a data row
// names only the fields it is about and a failure lists every field that differs.

#include "core/model/note.h"
#include "core/model/task.h"
#include "testvault.h"

#include <QFile>
#include <QStringList>
#include <QVariantMap>
#include <initializer_list>
#include <optional>
#include <utility>

namespace parsertest {

inline QVariant opt(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QVariantMap taskFields(const core::Task &task)
{
    return {
        { QStringLiteral("line"), task.line },
        { QStringLiteral("status"), task.status },
        { QStringLiteral("state"), core::stateName(task.state) },
        { QStringLiteral("text"), task.text },
        { QStringLiteral("owner"), opt(task.owner) },
        { QStringLiteral("due"), opt(task.due) },
        { QStringLiteral("scheduled"), opt(task.scheduled) },
        { QStringLiteral("start"), opt(task.start) },
        { QStringLiteral("created"), opt(task.created) },
        { QStringLiteral("done"), opt(task.done) },
        { QStringLiteral("cancelled"), opt(task.cancelled) },
        { QStringLiteral("recurrence"), opt(task.recurrence) },
        { QStringLiteral("priority"), task.priority },
        { QStringLiteral("id"), opt(task.id) },
        { QStringLiteral("dependsOn"), task.dependsOn },
        { QStringLiteral("onCompletion"), opt(task.onCompletion) },
        { QStringLiteral("tags"), task.tags },
        { QStringLiteral("section"), opt(task.section) },
        { QStringLiteral("warnings"), task.warnings },
    };
}

// What TaskLineParser::parse gives a line that sets nothing: overlay the fields a row is about.
inline QVariantMap plainTask(std::initializer_list<std::pair<QString, QVariant>> fields)
{
    QVariantMap map {
        { QStringLiteral("status"), QStringLiteral(" ") },
        { QStringLiteral("state"), QStringLiteral("todo") },
        { QStringLiteral("text"), QString() },
        { QStringLiteral("owner"), QVariant() },
        { QStringLiteral("due"), QVariant() },
        { QStringLiteral("scheduled"), QVariant() },
        { QStringLiteral("start"), QVariant() },
        { QStringLiteral("created"), QVariant() },
        { QStringLiteral("done"), QVariant() },
        { QStringLiteral("cancelled"), QVariant() },
        { QStringLiteral("recurrence"), QVariant() },
        { QStringLiteral("priority"), QStringLiteral("normal") },
        { QStringLiteral("id"), QVariant() },
        { QStringLiteral("dependsOn"), QStringList() },
        { QStringLiteral("onCompletion"), QVariant() },
        { QStringLiteral("tags"), QStringList() },
        { QStringLiteral("warnings"), QStringList() },
    };
    for (const auto &[key, value] : fields)
        map.insert(key, value);
    return map;
}

inline QString show(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("null");
    if (value.typeId() == QMetaType::QStringList)
        return u'[' + value.toStringList().join(u", ") + u']';
    return u'"' + value.toString() + u'"';
}

inline bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isValid() != b.isValid())
        return false;
    if (!a.isValid())
        return true;
    if (a.typeId() == QMetaType::QStringList || b.typeId() == QMetaType::QStringList)
        return a.toStringList() == b.toStringList();
    return a.toString() == b.toString();
}

// The keys of `expected` whose values differ in `actual`, as "key: actual != expected".
inline QStringList differences(const QVariantMap &actual, const QVariantMap &expected)
{
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QVariant got = actual.value(it.key());
        if (!sameValue(got, *it))
            out.append(
                it.key() + QStringLiteral(": ") + show(got) + QStringLiteral(" != ") + show(*it));
    }
    return out;
}

inline QByteArray seedBytes()
{
    QFile file(TestVault::seedPath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &item : list) {
        if (item.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace parsertest
