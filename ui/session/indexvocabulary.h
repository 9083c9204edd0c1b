#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ui {

class AsyncRequest;

// The words the search field can complete (people, tags, types) and the vault's note count.
// core has no query for these, so they are read here with checked statements.
class IndexVocabulary final
{
public:
    struct Words
    {
        QStringList people; // participants and task owners, most frequent first
        QStringList tags; // most frequent first
        QStringList types;
    };

    explicit IndexVocabulary(const QSqlDatabase &db);

    std::optional<Words> words();
    std::optional<int> noteCount();
    // Reads both through `request` (on its reader's thread) and hands them to `done`; nothing
    // when the index cannot be read.
    static void load(AsyncRequest *request, std::function<void(const Words &, int noteCount)> done);
    QString error() const { return m_error; }

private:
    std::optional<QStringList> column(const QString &sql);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace ui
