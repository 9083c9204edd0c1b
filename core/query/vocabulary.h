// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {

// The words the search field can complete (people, tags, types), most used first, and the
// vault's note count.
class Vocabulary final
{
public:
    struct Words
    {
        QStringList people; // participants and task owners together, spelled as first seen
        QStringList tags;
        QStringList types;
    };

    explicit Vocabulary(const QSqlDatabase &db);

    // Each list ignores case, most used first, ties alphabetical.
    std::optional<Words> words();
    std::optional<int> noteCount();
    QString error() const { return m_error; }

private:
    std::optional<QStringList> column(const QString &sql);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace core
