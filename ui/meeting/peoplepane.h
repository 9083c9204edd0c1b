// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/pane.h"

class QListView;

namespace core {
struct Task;
}

namespace ui {

class PeopleModel;

// Participants and task owners of the meeting; activating one searches the vault for them. All of
// my names are one person, as set in the People view (read from Settings when shown).
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

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void personActivated(const QString &name);

private:
    void updateState(bool hasNote);

    QListView *m_view = nullptr;
    bool m_hasNote = false;
    PeopleModel *m_model = nullptr;
};

} // namespace ui
