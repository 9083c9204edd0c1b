// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/pane.h"

class QListView;

namespace ui {

class DecisionsModel;

// The decisions of the meeting as a numbered, wrapped list.
class DecisionsPane final : public Pane
{
    Q_OBJECT
public:
    explicit DecisionsPane(QWidget *parent = nullptr);
    ~DecisionsPane() override;
    Q_DISABLE_COPY_MOVE(DecisionsPane)

    DecisionsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void showDecisions(const QStringList &decisions, bool hasNote = true);
    void clear();

private:
    void copySelection();

    QListView *m_view = nullptr;
    DecisionsModel *m_model = nullptr;
};

} // namespace ui
