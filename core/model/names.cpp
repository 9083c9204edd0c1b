// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/names.h"

#include <QSet>
#include <algorithm>

namespace core {

QString Names::normalize(QStringView name)
{
    QStringView n = name.trimmed();
    if (n.startsWith(u"[[") && n.endsWith(u"]]")) {
        n = n.sliced(2, n.size() - 4);
        if (const qsizetype bar = n.indexOf(u'|'); bar >= 0)
            n = n.first(bar);
        n = n.trimmed();
    }
    if (n.startsWith(u'@'))
        n = n.sliced(1).trimmed();
    return n.toString();
}

QStringList Names::splitPeople(QStringView list)
{
    QStringList out;
    for (const QStringView part : list.split(u',')) {
        const QString name = normalize(part);
        if (!name.isEmpty())
            out.append(name);
    }
    return out;
}

QStringList Names::canonical(const QStringList &names)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &raw : names) {
        const QString name = normalize(raw);
        if (name.isEmpty())
            continue;
        const QString key = name.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace core
