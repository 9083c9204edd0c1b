// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace ui {

// Completions for the word being typed in the search field: field names ("person:"), then
// people, tags, types, statuses, due words and is: words, each as the whole term to insert
// (person:"Alon Horev"). Filtering is done here; the completer shows every row.
class CompletionModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        InsertRole = Qt::UserRole, // the term that replaces the word under the cursor
        KindRole, // "field", "person", "tag", "type", "status", "due", "is"
    };
    Q_ENUM(Roles)

    static constexpr int kMaxRows = 40;

    explicit CompletionModel(QObject *parent = nullptr);
    ~CompletionModel() override;
    Q_DISABLE_COPY_MOVE(CompletionModel)

    void setVocabulary(
        const QStringList &people, const QStringList &tags, const QStringList &types);
    QStringList people() const { return m_people; }
    // Recomputes the rows for `word`, a whole term such as "person:al", "-tag:ap" or "alo".
    void complete(const QString &word);
    QString word() const { return m_word; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString quoted(const QString &value);

private:
    struct Row
    {
        QString insert;
        QString kind;
    };
    QList<Row> candidates(const QString &word) const;

    QStringList m_people;
    QStringList m_tags;
    QStringList m_types;
    QString m_word;
    QList<Row> m_rows;
};

} // namespace ui
