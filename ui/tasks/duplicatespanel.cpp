// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/duplicatespanel.h"

#include "core/query/taskqueries.h"
#include "core/views/duplicatefinder.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/identityeditor.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/duplicatesmodel.h"
#include "ui/tasks/logging.h"
#include "ui/tasks/taskroles.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace ui {

DuplicatesPanel::DuplicatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DuplicatesModel(this))
    , m_request(new AsyncRequest(this))
{
    setObjectName(QStringLiteral("duplicatesPanel"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("duplicatesView"));
    m_view->setAccessibleName(tr("Duplicate tasks"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(DuplicatesModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(DuplicatesModel::StatusColumn, 120);
    m_view->setColumnWidth(DuplicatesModel::OwnerColumn, 140);
    m_view->setColumnWidth(DuplicatesModel::WhereColumn, 320);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_keep = new QAction(tr("Keep Selected, Cancel Others"), this);
    m_keep->setShortcut(QKeySequence(Qt::Key_K));
    m_keep->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_keep);
    connect(m_keep, &QAction::triggered, this, &DuplicatesPanel::keepCurrent);
    auto *keep = new QPushButton(tr("&Keep Selected, Cancel Others  K"), this);
    keep->setObjectName(QStringLiteral("duplicatesKeep"));
    auto *find = new QPushButton(tr("Find &Again"), this);
    find->setObjectName(QStringLiteral("duplicatesFindAgain"));
    connect(keep, &QPushButton::clicked, m_keep, &QAction::trigger);
    connect(find, &QPushButton::clicked, this, &DuplicatesPanel::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(find);
    bar->addWidget(keep);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_view, 1);
    layout->addLayout(bar);
}

DuplicatesPanel::~DuplicatesPanel() = default;

void DuplicatesPanel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_request->setFallback(db);
}

void DuplicatesPanel::setReader(BackgroundReader *reader)
{
    m_request->setReader(reader);
}

bool DuplicatesPanel::isLoading() const
{
    return m_request->isRunning();
}

void DuplicatesPanel::refresh()
{
    if (!m_db.isOpen())
        return;
    struct Found
    {
        std::optional<QList<core::DuplicateFinder::Group>> groups;
        QString error;
    };
    m_status->setText(tr("Looking for likely duplicates…"));
    const core::Identity identity = IdentityEditor::loadIdentity();
    m_request->run<Found>(
        [identity](const QSqlDatabase &db, const AsyncRequest::Superseded &) {
            QElapsedTimer timer;
            timer.start();
            core::DuplicateFinder finder(identity);
            Found found { finder.find(db), finder.error() };
            qCDebug(lcTasks) << "duplicates found in" << timer.elapsed() << "ms";
            return found;
        },
        [this](Found found) {
            if (!found.groups) {
                qCWarning(lcTasks) << "duplicates:" << found.error;
                m_status->setText(found.error);
            } else {
                m_model->setGroups(*found.groups);
                m_view->expandAll();
                showCount();
            }
            Q_EMIT loaded();
        });
}

QString DuplicatesPanel::statusText() const
{
    return m_status->text();
}

void DuplicatesPanel::showCount()
{
    const int groups = m_model->groupCount();
    if (groups == 0)
        m_status->setText(tr("No likely duplicates left"));
    else if (groups == 1)
        m_status->setText(tr("1 group of likely duplicates — select the one to keep, then K"));
    else
        m_status->setText(
            tr("%1 groups of likely duplicates — select the one to keep, then K").arg(groups));
}

// Makes the first task of `group` (or of the last group) current.
void DuplicatesPanel::showGroup(int group)
{
    m_view->expandAll();
    if (m_model->groupCount() == 0)
        return;
    const int row = std::clamp(group, 0, m_model->groupCount() - 1);
    m_view->setCurrentIndex(m_model->childIndex(row, 0));
    m_view->scrollTo(m_view->currentIndex());
}

std::optional<QString> DuplicatesPanel::rawLine(const QString &path, int line) const
{
    // A failed read is logged by core (lcQuery).
    return core::TaskQueries(m_db).rawLine(path, line);
}

int DuplicatesPanel::keepCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_editor || !current.isValid())
        return 0;
    const int group = m_model->groupOf(current);
    if (m_model->isGroup(current)) {
        showGroup(group);
        m_status->setText(tr("Select the task to keep, then K"));
        return 0;
    }
    const int keep = current.row();
    QList<TaskEditor::Change> changes;
    const auto &tasks = m_model->groups().at(group).tasks;
    for (int i = 0; i < tasks.size(); ++i) {
        const auto &item = tasks.at(i);
        if (i == keep || !core::isOpenState(item.state))
            continue;
        changes.append({ TaskRef { item.path, item.line, rawLine(item.path, item.line), item.text },
            QStringLiteral("-") });
    }
    const int done
        = changes.isEmpty() ? 0 : m_editor->setStatuses(changes, tr("Resolve Duplicates"));
    if (done < changes.size()) {
        refresh(); // a write was refused (the editor said why): show the group as it is now
        return done;
    }
    m_model->removeGroup(group);
    showGroup(group);
    showCount();
    return done;
}

} // namespace ui
