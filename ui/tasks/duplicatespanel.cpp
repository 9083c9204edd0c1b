#include "ui/tasks/duplicatespanel.h"

#include "core/query/taskqueries.h"
#include "core/views/duplicatefinder.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/identityeditor.h"
#include "ui/session/taskeditor.h"
#include "ui/tasks/duplicatesmodel.h"
#include "ui/tasks/logging.h"
#include "ui/tasks/taskroles.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ui {

DuplicatesPanel::DuplicatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DuplicatesModel(this))
    , m_request(new AsyncRequest(this))
{
    setObjectName(QStringLiteral("duplicatesPanel"));
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("duplicatesView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(DuplicatesModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(DuplicatesModel::OwnerColumn, 140);
    m_view->setColumnWidth(DuplicatesModel::WhereColumn, 320);
    m_status = new QLabel(this);
    auto *keep = new QPushButton(tr("&Keep Selected, Cancel Others  K"), this);
    auto *find = new QPushButton(tr("Find &Again"), this);
    connect(keep, &QPushButton::clicked, this, &DuplicatesPanel::keepCurrent);
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
                m_status->setText(tr("%1 groups of likely duplicates — select the one to keep, then K")
                                      .arg(found.groups->size()));
            }
            Q_EMIT loaded();
        });
}

void DuplicatesPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_K && event->modifiers() == Qt::NoModifier) {
        keepCurrent();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

std::optional<QString> DuplicatesPanel::rawLine(const QString &path, int line) const
{
    // A failed read is logged by core (lcQuery).
    return core::TaskQueries(m_db).rawLine(path, line);
}

int DuplicatesPanel::keepCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_editor || !current.isValid() || current.data(TaskRoles::IsGroupRole).toBool())
        return 0;
    const int group = current.data(TaskRoles::GroupRole).toInt();
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
    const int done = m_editor->setStatuses(changes, tr("Resolve Duplicates"));
    refresh();
    return done;
}

} // namespace ui
