// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Frontmatter built to hurt a YAML reader, shared by the tests (that it is read safely) and the
// parser benchmark (how long that takes).
namespace hostileyaml {

// Nine-fold aliases, 25 levels deep: 9^25 nodes if anyone expands them.
inline QString billionLaughs()
{
    QString yaml = QStringLiteral("title: Bomb\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    QChar previous = u'a';
    for (char16_t c = u'b'; c <= u'z'; ++c) {
        QStringList refs;
        for (int i = 0; i < 9; ++i)
            refs.append(u'*' + QString(previous));
        yaml += QString(QChar(c)) + QStringLiteral(": &") + QChar(c) + QStringLiteral(" [") + refs.join(u", ")
            + QStringLiteral("]\n");
        previous = QChar(c);
    }
    return yaml + QStringLiteral("tags: *z\nparticipants: *z\nperson: *z\n");
}

inline QString deepBlockMaps(int depth)
{
    QString yaml = QStringLiteral("title: Deep\n");
    for (int i = 0; i < depth; ++i)
        yaml += QString(i, u' ') + QStringLiteral("k:\n");
    return yaml;
}

} // namespace hostileyaml
