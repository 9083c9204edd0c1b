#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace core {
struct Task;
}

namespace ui {

// The people of one meeting: participants first, then other task owners, each with how many of
// this meeting's tasks they own.
class PeopleModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        NameRole = Qt::UserRole,
        TaskCountRole, // tasks of this meeting they own
        OpenTaskCountRole,
        IsParticipantRole,
        InitialsRole,
        QueryRole, // the search that finds them across the vault: person:"Name"
    };
    Q_ENUM(Roles)

    struct Person
    {
        QString name;
        bool participant = false;
        int tasks = 0;
        int openTasks = 0;
    };

    explicit PeopleModel(QObject *parent = nullptr);
    ~PeopleModel() override;
    Q_DISABLE_COPY_MOVE(PeopleModel)

    void setMeeting(const QStringList &participants, const QList<core::Task> &tasks);
    void clear();
    const Person &personAt(int row) const { return m_people.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString initials(const QString &name);

private:
    QList<Person> m_people;
};

} // namespace ui
