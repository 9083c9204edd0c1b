// SPDX-License-Identifier: GPL-3.0-or-later
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
    , m_rows(new QSplitter(Qt::Vertical, this))
    , m_top(new QSplitter(Qt::Horizontal, m_rows))
    , m_summary(new SummaryPane(m_top))
    , m_tasks(new TasksPane(m_rows))
    , m_decisions(new DecisionsPane(m_top))
    , m_people(new PeoplePane(m_top))
{
    setObjectName(QStringLiteral("meetingView"));
    QHBoxLayout *layout = Theme::flatRow(this);
    m_rows->setObjectName(QStringLiteral("meetingRows"));
    m_top->setObjectName(QStringLiteral("meetingTopRow"));
    for (QSplitter *splitter : { m_rows, m_top }) {
        splitter->setChildrenCollapsible(false);
        splitter->setHandleWidth(1);
    }
    m_rows->addWidget(m_top);
    m_rows->addWidget(m_tasks);
    m_top->addWidget(m_summary);
    m_top->addWidget(m_decisions);
    m_top->addWidget(m_people);
    for (QWidget *pane : { static_cast<QWidget *>(m_summary), static_cast<QWidget *>(m_tasks),
             static_cast<QWidget *>(m_decisions), static_cast<QWidget *>(m_people) }) {
        pane->setBackgroundRole(QPalette::Base);
        pane->setAutoFillBackground(true);
    }
    m_summary->setMinimumWidth(220);
    m_decisions->setMinimumWidth(150);
    m_people->setMinimumWidth(150);
    m_top->setMinimumHeight(160);
    m_tasks->setMinimumHeight(160);
    m_top->setStretchFactor(0, 3);
    m_top->setStretchFactor(1, 2);
    m_top->setStretchFactor(2, 1);
    m_rows->setStretchFactor(0, 2);
    m_rows->setStretchFactor(1, 3);
    layout->addWidget(m_rows);

    connect(m_summary, &SummaryPane::tagActivated, this, &MeetingView::tagActivated);
    connect(
        m_summary, &SummaryPane::openInEditorRequested, this, &MeetingView::openInEditorRequested);
    connect(m_tasks, &TasksPane::openInEditorRequested, this, &MeetingView::openInEditorRequested);
    connect(m_tasks, &TasksPane::openInObsidianRequested, this, &MeetingView::openInObsidianRequested);
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

void MeetingView::setDefaultSizes(const QSize &size)
{
    // People need only a name and a count; decisions a few words a line.
    const int width = size.width();
    const int people = std::clamp(width * 18 / 100, 170, 240);
    const int decisions = std::clamp(width * 27 / 100, 180, 380);
    m_top->setSizes({ std::max(220, width - people - decisions), decisions, people });
    // Two fifths for the summary row, at least enough for the title and a few lines.
    const int top = std::max(200, size.height() * 38 / 100);
    m_rows->setSizes({ top, std::max(160, size.height() - top) });
}

} // namespace ui
