#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace ui {

class DecisionsModel;
class PaneHeader;

// The decisions of the meeting as a numbered, wrapped list.
class DecisionsPane final : public QWidget
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

    PaneHeader *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    DecisionsModel *m_model = nullptr;
};

} // namespace ui
