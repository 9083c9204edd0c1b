// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Who "I" am in a vault: tasks owned by `me` ("@Myself") are mine, and so are notes where one of
// the aliases ("Jason Vallery") takes part. Names compare case-insensitively, after
// Names::normalize() ("[[Jason Vallery]]" and "@jason vallery" are the same person).
struct Identity
{
    QString me = QStringLiteral("Myself");
    QStringList aliases;

    bool isMe(QStringView name) const;
    // A case-folded key that names one person: all of my names share the key of `me`.
    QString key(QStringView name) const;
    // `me` followed by the aliases, normalized, without empties.
    QStringList names() const;
};

} // namespace core
