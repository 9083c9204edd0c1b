// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/identity.h"

#include "core/model/names.h"

namespace core {

bool Identity::isMe(QStringView name) const
{
    const QString folded = Names::normalize(name).toCaseFolded();
    if (folded.isEmpty())
        return false;
    if (folded == Names::normalize(me).toCaseFolded())
        return true;
    for (const QString &alias : aliases) {
        if (folded == Names::normalize(alias).toCaseFolded())
            return true;
    }
    return false;
}

QString Identity::key(QStringView name) const
{
    return isMe(name) ? Names::normalize(me).toCaseFolded() : Names::normalize(name).toCaseFolded();
}

QStringList Identity::names() const
{
    QStringList out;
    for (const QString &name : QStringList { me } + aliases) {
        const QString normalized = Names::normalize(name);
        if (!normalized.isEmpty())
            out.append(normalized);
    }
    return out;
}

} // namespace core
