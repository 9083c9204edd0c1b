// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <functional>
#include <optional>

namespace ui {

class MainWindow;

// The Task menu: every action on tasks of the view on screen (the meeting's tasks, the Tasks
// view's list, its triage or its duplicates), each with the key that does the same there. The keys
// are the lists' own (as window shortcuts they would steal typing elsewhere): the menu shows them
// after a tab without registering them, and shows only the actions of the list on screen.
class TaskMenu final : public QMenu
{
    Q_OBJECT
public:
    enum class Target { Meeting, List, Triage, Duplicates };

    TaskMenu(MainWindow &window, QWidget *parent = nullptr);
    ~TaskMenu() override;
    Q_DISABLE_COPY_MOVE(TaskMenu)

    // Where the actions go now; nullopt when no task list is on screen.
    std::optional<Target> target() const;
    // The action whose key is `key` ("A", "Space", "F2"), or nullptr.
    QAction *actionForKey(const QString &key) const;

private:
    struct Handlers
    {
        std::function<void()> meeting;
        std::function<void()> list;
        std::function<void()> triage;
        std::function<void()> duplicates;
        std::function<void()> forTarget(Target target) const;
    };
    void addEntry(const QString &text, const QKeySequence &key, const Handlers &handlers);
    void addStatusMenu();
    void addPostponeMenu();
    void updateVisibility();

    MainWindow &m_window;
    QList<std::pair<QAction *, Handlers>> m_entries;
};

} // namespace ui
