#include "ui/meeting/meetingview.h"

#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/meeting/decisionspane.h"
#include "ui/meeting/peoplepane.h"
#include "ui/meeting/summarypane.h"
#include "ui/meeting/taskspane.h"
#include "ui/session/taskeditor.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace ui {

MeetingView::MeetingView(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(new SummaryPane(m_splitter))
    , m_tasks(new TasksPane(m_splitter))
    , m_decisions(new DecisionsPane(m_splitter))
    , m_people(new PeoplePane(m_splitter))
{
    setObjectName(QStringLiteral("meetingView"));
    QHBoxLayout *layout = Theme::flatRow(this);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    for (QWidget *pane : { static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_tasks),
             static_cast<QWidget *>(m_decisions), static_cast<QWidget *>(m_people) }) {
        pane->setBackgroundRole(QPalette::Base);
        pane->setAutoFillBackground(true);
        pane->setMinimumWidth(150);
    }
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setStretchFactor(3, 1);
    layout->addWidget(m_splitter);

    connect(m_summary, &SummaryPane::tagActivated, this, &MeetingView::tagActivated);
    connect(
        m_summary, &SummaryPane::openInEditorRequested, this, &MeetingView::openInEditorRequested);
    connect(m_tasks, &TasksPane::openInEditorRequested, this, &MeetingView::openInEditorRequested);
    connect(m_summary, &SummaryPane::noteLinkActivated, this, &MeetingView::noteLinkActivated);
    connect(m_summary, &SummaryPane::linkRefused, this, &MeetingView::linkRefused);
    connect(m_people, &PeoplePane::personActivated, this, &MeetingView::personActivated);
}

MeetingView::~MeetingView() = default;

void MeetingView::setEditor(TaskEditor *editor)
{
    m_tasks->setEditor(editor);
    m_summary->setVaultRoot(editor ? editor->index().root() : QString());
}

void MeetingView::showNote(const core::Note &note)
{
    const bool unchanged = note.path == m_path && note.size == m_size && note.mtime == m_mtime;
    m_path = note.path;
    m_size = note.size;
    m_mtime = note.mtime;
    if (unchanged)
        return;
    m_summary->showNote(note);
    m_tasks->showTasks(note.path, note.tasks);
    m_decisions->showDecisions(note.decisions);
    m_people->showPeople(note.people, note.tasks);
}

void MeetingView::clear()
{
    m_path.clear();
    m_size = m_mtime = -1;
    m_summary->clear();
    m_tasks->clear();
    m_decisions->clear();
    m_people->clear();
}

void MeetingView::setDefaultSizes(int width)
{
    // Tasks get the most room; people need only a name and a count.
    const int people = std::clamp(width * 14 / 100, 170, 240);
    const int decisions = std::clamp(width * 18 / 100, 210, 360);
    const int rest = std::max(400, width - people - decisions);
    const int summary = rest * 40 / 100;
    m_splitter->setSizes({ summary, rest - summary, decisions, people });
}

} // namespace ui
