// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <optional>

class QSplitter;

namespace core {
struct Note;
}

namespace ui {

class DecisionsPane;
class PeoplePane;
class SummaryPane;
class TaskEditor;
class TasksPane;

// One meeting in two rows: the summary, decisions and people side by side on top, the tasks
// below across the whole width, where a task's text reads in one or two lines. Both splitters
// are the user's to move (the window keeps their state).
class MeetingView final : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingView(QWidget *parent = nullptr);
    ~MeetingView() override;
    Q_DISABLE_COPY_MOVE(MeetingView)

    SummaryPane *summaryPane() const { return m_summary; }
    TasksPane *tasksPane() const { return m_tasks; }
    DecisionsPane *decisionsPane() const { return m_decisions; }
    PeoplePane *peoplePane() const { return m_people; }
    // The two rows (top, tasks) and the top row's three panes.
    QSplitter *rowSplitter() const { return m_rows; }
    QSplitter *topSplitter() const { return m_top; }

    void setEditor(TaskEditor *editor);
    // Shows `note`; a note already on screen in the same version (size, mtime) is left alone.
    void showNote(const core::Note &note);
    void clear();
    QString currentPath() const { return m_path; }
    // Splitter sizes for a view of `size` (the tasks get most of the height).
    void setDefaultSizes(const QSize &size);

Q_SIGNALS:
    void tagActivated(const QString &tag);
    void personActivated(const QString &name);
    void openInEditorRequested();
    void openInObsidianRequested();
    // A link in the summary to another note of the vault (vault-relative path).
    void noteLinkActivated(const QString &path);
    // A link that is not followed, with the reason.
    void linkRefused(const QString &message);

private:
    QSplitter *m_rows = nullptr;
    QSplitter *m_top = nullptr;
    SummaryPane *m_summary = nullptr;
    TasksPane *m_tasks = nullptr;
    DecisionsPane *m_decisions = nullptr;
    PeoplePane *m_people = nullptr;
    QString m_path;
    qint64 m_size = -1;
    qint64 m_mtime = -1;
};

} // namespace ui
