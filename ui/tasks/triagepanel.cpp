// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/triagepanel.h"

#include "core/query/notequeries.h"
#include "core/query/taskqueries.h"
#include "ui/session/taskeditor.h"
#include "ui/session/tasknotices.h"
#include "ui/tasks/taskroles.h"
#include "ui/widgets/markdownrenderer.h"
#include "ui/widgets/theme.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ui {

TriagePanel::TriagePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("triagePanel"));
    setAccessibleName(tr("Triage"));
    setAccessibleDescription(tr("A accept, R reject, D done, E reassign, S skip, P postpone"));
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, &TriagePanel::showContextMenu);
    buildUi();
    showCurrent();
}

TriagePanel::~TriagePanel() = default;

void TriagePanel::buildUi()
{
    auto *left = new QVBoxLayout;
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("triageProgress"));
    const QString muted = QStringLiteral("color: %1;").arg(Theme::css(Theme::muted(palette())));
    m_progress->setStyleSheet(muted);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(6);
    m_task = new QLabel(this);
    m_task->setObjectName(QStringLiteral("triageTask"));
    m_task->setWordWrap(true);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_task->setFont(big);
    m_meta = new QLabel(this);
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText);
    connect(m_meta, &QLabel::linkActivated, this, &TriagePanel::openMeeting);
    // The line as it stands in the note: what a key will change.
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("triageLine"));
    m_line->setWordWrap(true);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_line->setStyleSheet(muted);
    buildNotices();
    m_upNext = new QLabel(this);
    m_upNext->setObjectName(QStringLiteral("triageUpNext"));
    m_upNext->setWordWrap(true);
    m_upNext->setTextFormat(Qt::RichText);
    m_upNext->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_ownerEdit = new QLineEdit(this);
    m_ownerEdit->setObjectName(QStringLiteral("triageOwner"));
    m_ownerEdit->setAccessibleName(tr("New owner"));
    m_ownerEdit->setPlaceholderText(tr("New owner, then Enter (Esc cancels)"));
    m_ownerEdit->hide();
    connect(m_ownerEdit, &QLineEdit::returnPressed, this, [this] { reassign(m_ownerEdit->text()); });
    auto *buttons = new QHBoxLayout;
    const auto addButton = [this, buttons](const QString &text, auto slot) {
        auto *button = new QPushButton(text, this);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    };
    addButton(tr("&Accept  A"), &TriagePanel::accept);
    addButton(tr("&Reject  R"), &TriagePanel::reject);
    addButton(tr("&Done  D"), &TriagePanel::markDone);
    addButton(tr("R&eassign  E"), &TriagePanel::startReassign);
    addButton(tr("&Skip  S"), &TriagePanel::skip);
    addButton(tr("&Postpone  P"), [this] { showPostponeMenu(); });
    buttons->addStretch(1);
    left->addWidget(m_progress);
    left->addWidget(m_progressBar);
    left->addSpacing(6);
    left->addWidget(m_task);
    left->addWidget(m_meta);
    left->addWidget(m_line);
    left->addWidget(m_notices);
    left->addSpacing(10);
    left->addLayout(buttons);
    left->addWidget(m_ownerEdit);
    left->addSpacing(18);
    left->addWidget(m_upNext, 1);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("triageSummary"));
    m_summary->setAccessibleName(tr("Summary of the task's meeting"));
    m_summary->setOpenLinks(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(left, 3);
    layout->addWidget(m_summary, 2);
}

void TriagePanel::buildNotices()
{
    m_notices = new QWidget(this);
    m_notices->setObjectName(QStringLiteral("triageNotices"));
    QHBoxLayout *row = Theme::flatRow(m_notices, Theme::kSpacing);
    m_noticeSign = new QLabel(m_notices);
    m_noticeSign->setAlignment(Qt::AlignTop);
    m_noticeText = new QLabel(m_notices);
    m_noticeText->setObjectName(QStringLiteral("triageNoticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextFormat(Qt::PlainText);
    row->addWidget(m_noticeSign);
    row->addWidget(m_noticeText, 1);
    m_notices->hide();
}

void TriagePanel::setEditor(TaskEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor)
        connect(m_editor, &TaskEditor::noteChanged, this, &TriagePanel::refreshCurrent);
}

void TriagePanel::setTasks(const QList<TaskBrowserModel::Row> &tasks)
{
    m_tasks = tasks;
    m_position = 0;
    showCurrent();
}

QString TriagePanel::progressText() const
{
    if (m_tasks.isEmpty())
        return tr("No proposed tasks to triage");
    if (m_position >= m_tasks.size())
        return tr("All %1 proposed tasks triaged").arg(m_tasks.size());
    return tr("%1 of %2 proposed").arg(m_position + 1).arg(m_tasks.size());
}

void TriagePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_A:
        accept();
        break;
    case Qt::Key_R:
        reject();
        break;
    case Qt::Key_D:
        markDone();
        break;
    case Qt::Key_E:
        startReassign();
        break;
    case Qt::Key_S:
    case Qt::Key_Right:
        skip();
        break;
    case Qt::Key_P:
        showPostponeMenu();
        break;
    case Qt::Key_Escape:
        m_ownerEdit->hide();
        setFocus();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TriagePanel::accept()
{
    apply(QStringLiteral(" "));
}

void TriagePanel::reject()
{
    apply(QStringLiteral("-"));
}

void TriagePanel::markDone()
{
    apply(QStringLiteral("x"));
}

void TriagePanel::skip()
{
    advance();
}

void TriagePanel::startReassign()
{
    if (m_position >= m_tasks.size())
        return;
    m_ownerEdit->setText(m_tasks.at(m_position).task.owner.value_or(QString()));
    m_ownerEdit->show();
    m_ownerEdit->selectAll();
    m_ownerEdit->setFocus(Qt::OtherFocusReason);
}

void TriagePanel::apply(const QString &status)
{
    if (!m_editor || m_position >= m_tasks.size())
        return;
    const auto &row = m_tasks.at(m_position);
    const TaskRef ref { row.path, row.task.line, row.task.raw, row.task.text };
    if (m_editor->setStatus(ref, status))
        advance();
}

void TriagePanel::postpone(PostponeMenu::Choice choice)
{
    if (!m_editor || m_position >= m_tasks.size())
        return;
    const auto &row = m_tasks.at(m_position);
    if (choice == PostponeMenu::Choice::Remove && !row.task.due)
        return;
    // The panel stays on the task: refreshCurrent() shows its new line.
    m_editor->setDue(
        { row.path, row.task.line, row.task.raw, row.task.text }, PostponeMenu::dueChange(choice));
}

PostponeMenu *TriagePanel::showPostponeMenu()
{
    if (!m_editor || m_position >= m_tasks.size())
        return nullptr;
    PostponeMenu *menu
        = PostponeMenu::popUp(this, m_task->mapToGlobal(m_task->rect().bottomLeft()));
    menu->action(PostponeMenu::Choice::Remove)
        ->setEnabled(m_tasks.at(m_position).task.due.has_value());
    connect(menu, &PostponeMenu::chosen, this, &TriagePanel::postpone);
    return menu;
}

void TriagePanel::refreshCurrent(const QString &path)
{
    if (m_position >= m_tasks.size() || m_tasks.at(m_position).path != path)
        return;
    TaskBrowserModel::Row &row = m_tasks[m_position];
    core::TaskQueries queries(m_db);
    const auto id = queries.taskId(row.path, row.task.line);
    const auto rows = id ? queries.rows({ *id }) : std::nullopt;
    if (!rows || rows->isEmpty() || rows->first().id == 0)
        return; // a failed read is logged by core; the line is checked again when written
    row = rows->first();
    showCurrent();
}

void TriagePanel::showContextMenu(const QPoint &position)
{
    if (!m_editor || m_position >= m_tasks.size())
        return;
    auto *menu = new QMenu(this);
    connect(menu, &QMenu::aboutToHide, menu, &QObject::deleteLater);
    const auto add = [this, menu](const QString &text, Qt::Key key, void (TriagePanel::*slot)()) {
        menu->addAction(
            text + u'\t' + QKeySequence(key).toString(QKeySequence::NativeText), this, slot);
    };
    add(tr("Accept"), Qt::Key_A, &TriagePanel::accept);
    add(tr("Reject"), Qt::Key_R, &TriagePanel::reject);
    add(tr("Done"), Qt::Key_D, &TriagePanel::markDone);
    add(tr("Reassign…"), Qt::Key_E, &TriagePanel::startReassign);
    add(tr("Skip"), Qt::Key_S, &TriagePanel::skip);
    auto *postponeMenu = new PostponeMenu(menu);
    postponeMenu->action(PostponeMenu::Choice::Remove)
        ->setEnabled(m_tasks.at(m_position).task.due.has_value());
    connect(postponeMenu, &PostponeMenu::chosen, this, &TriagePanel::postpone);
    menu->addMenu(postponeMenu);
    menu->popup(mapToGlobal(position));
}

void TriagePanel::reassign(const QString &owner)
{
    if (!m_editor || m_position >= m_tasks.size() || owner.trimmed().isEmpty())
        return;
    const auto &row = m_tasks.at(m_position);
    const TaskRef ref { row.path, row.task.line, row.task.raw, row.task.text };
    m_ownerEdit->hide();
    setFocus(Qt::OtherFocusReason);
    if (m_editor->setOwners({ ref }, owner.trimmed(), tr("Reassign")) == 1)
        advance();
}

void TriagePanel::advance()
{
    if (m_position < m_tasks.size())
        ++m_position;
    showCurrent();
    if (m_position >= m_tasks.size())
        Q_EMIT finished();
}

void TriagePanel::showCurrent()
{
    m_progress->setText(progressText());
    m_progressBar->setRange(0, std::max(1, int(m_tasks.size())));
    m_progressBar->setValue(std::min(m_position, int(m_tasks.size())));
    m_upNext->setText(upNextHtml());
    if (m_position >= m_tasks.size()) {
        m_task->setText(m_tasks.isEmpty() ? tr("Nothing waiting for triage.")
                                          : tr("Done — every proposed task has been looked at."));
        m_meta->clear();
        m_line->clear();
        showNotices(nullptr);
        m_summary->clear();
        return;
    }
    const auto &row = m_tasks.at(m_position);
    m_task->setText(row.task.text);
    QStringList meta;
    meta << QStringLiteral("<a href=\"%1\">%2</a>").arg(row.path.toHtmlEscaped(), row.title.toHtmlEscaped());
    if (!row.date.isEmpty())
        meta << row.date;
    meta << (row.task.owner ? QStringLiteral("@") + row.task.owner->toHtmlEscaped() : tr("no owner"));
    if (row.task.due)
        meta << tr("due %1").arg(*row.task.due);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
    m_line->setText(tr("line %1:  %2").arg(row.task.line).arg(row.task.raw.trimmed()));
    showNotices(&row);
    m_summary->setHtml(QStringLiteral("<h3>%1</h3>").arg(row.title.toHtmlEscaped()) + summaryOf(row.path));
}

void TriagePanel::showNotices(const TaskBrowserModel::Row *row)
{
    QStringList lines;
    if (row && row->blocked)
        lines = TaskNotices::blockedBy(m_db, row->path, row->task.line);
    if (row)
        lines += TaskNotices::warnings(row->task.warnings);
    m_notices->setVisible(!lines.isEmpty());
    if (lines.isEmpty()) {
        m_noticeSign->clear();
        m_noticeText->clear();
        return;
    }
    const QIcon sign = taskSignIcon(row->blocked, !row->task.warnings.isEmpty(), palette());
    m_noticeSign->setPixmap(sign.pixmap(QSize(16, 16), devicePixelRatioF()));
    m_noticeText->setText(lines.join(u'\n'));
    m_notices->setAccessibleName(lines.join(u'\n'));
}

QString TriagePanel::upNextHtml() const
{
    const int next = m_position + 1;
    if (next >= m_tasks.size())
        return {};
    QString html = tr("<p style=\"%1\"><b>Up next</b> — %2 more</p><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(QStringLiteral("color: %1;").arg(Theme::css(Theme::muted(palette()))))
                       .arg(m_tasks.size() - next);
    for (int i = next; i < std::min(int(m_tasks.size()), next + kUpNext); ++i) {
        const auto &row = m_tasks.at(i);
        QStringList where;
        if (row.task.owner)
            where << QStringLiteral("@") + *row.task.owner;
        where << row.title;
        if (row.blocked)
            where << tr("blocked");
        html += QStringLiteral("<tr><td>%1</td><td style=\"color: %2;\">%3</td></tr>")
                    .arg(row.task.text.toHtmlEscaped(), Theme::css(Theme::muted(palette())),
                         where.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString TriagePanel::summaryOf(const QString &path) const
{
    core::NoteQueries queries(m_db);
    const auto summary = queries.summary(path);
    if (!summary) // a failed read (logged by core) shows nothing rather than "no summary"
        return queries.error().isEmpty()
            ? tr("<p><i>This meeting has no summary.</i></p>")
            : QString();
    return MarkdownRenderer::toHtml(*summary);
}

} // namespace ui
