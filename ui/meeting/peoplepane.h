#pragma once

#include "ui/widgets/pane.h"

class QListView;

namespace core {
struct Task;
}

namespace ui {

class PeopleModel;

// Participants and task owners of the meeting; activating one searches the vault for them.
class PeoplePane final : public Pane
{
    Q_OBJECT
public:
    explicit PeoplePane(QWidget *parent = nullptr);
    ~PeoplePane() override;
    Q_DISABLE_COPY_MOVE(PeoplePane)

    PeopleModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void showPeople(
        const QStringList &participants, const QList<core::Task> &tasks, bool hasNote = true);
    void clear();

Q_SIGNALS:
    void personActivated(const QString &name);

private:
    QListView *m_view = nullptr;
    PeopleModel *m_model = nullptr;
};

} // namespace ui
