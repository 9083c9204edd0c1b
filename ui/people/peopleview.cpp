// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/peopleview.h"

#include "core/query/query.h"
#include "core/views/peopledirectory.h"
#include "ui/people/logging.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/personfiltermodel.h"
#include "ui/people/personpage.h"
#include "ui/people/persontablemodel.h"
#include "ui/session/backgroundreader.h"
#include "ui/session/identityeditor.h"
#include "ui/session/taskeditor.h"
#include "ui/session/vaultsession.h"
#include "ui/widgets/theme.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace ui {

PeopleView::PeopleView(VaultSession *session, QWidget *parent)
    : VaultView(session, parent)
    , m_identity(IdentityEditor::loadIdentity())
    , m_identityEditor(new IdentityEditor(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_table(new QTableView(this))
    , m_model(new PersonTableModel(this))
    , m_proxy(new PersonFilterModel(this))
    , m_page(new PersonPage(this))
    , m_request(new AsyncRequest(this))
    , m_pageRequest(new AsyncRequest(this))
{
    setObjectName(QStringLiteral("peopleView"));
    QVBoxLayout *layout = Theme::flatColumn(this);
    layout->addWidget(buildBar());
    layout->addWidget(m_splitter, 1);
    auto *left = new QWidget(m_splitter);
    auto *column = new QVBoxLayout(left);
    column->setContentsMargins(8, 0, 0, 8);
    column->setSpacing(Theme::kSpacing);
    column->addWidget(m_filter);
    column->addWidget(m_table, 1);
    column->addWidget(m_summary);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_page);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({ 520, 900 });
    setupTable();
    if (session) {
        for (AsyncRequest *request : { m_request, m_pageRequest }) {
            request->setReader(session->reader());
            request->setFallback(session->database());
        }
        m_page->setSource(session->reader(), session->database());
        m_page->setEditor(session->editor());
        // A task postponed on the page (or any edit) shows at once on the page on screen.
        connect(session->editor(), &TaskEditor::noteChanged, this, [this] {
            if (isVisible() && !m_current.isEmpty())
                showPerson(m_current, true);
        });
    }
    connect(m_page, &PersonPage::moreRequested, this, [this] {
        m_limits.meetings *= 2;
        m_limits.tasks *= 2;
        showPerson(m_current, true);
    });
    connect(m_identityEditor, &IdentityEditor::identityChanged, this, &PeopleView::setIdentity);
    connect(m_page, &PersonPage::openMeeting, this, &PeopleView::openMeeting);
    connect(m_page, &PersonPage::queryRequested, this, &PeopleView::queryRequested);
}

PeopleView::~PeopleView() = default;

QWidget *PeopleView::buildBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 8);
    auto *title = new QLabel(tr("People"), bar);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    row->addWidget(title);
    row->addStretch(1);
    row->addWidget(m_identityEditor, 2);
    return bar;
}

void PeopleView::setupTable()
{
    m_filter->setObjectName(QStringLiteral("peopleFilter"));
    m_filter->setAccessibleName(tr("Filter people"));
    m_filter->setPlaceholderText(tr("Filter people…"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setEnabled(false);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PersonTableModel::SortRole);
    m_proxy->setMyNames(m_identity.names());
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PersonFilterModel::setFilterText);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PersonTableModel::MeetingsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(PersonTableModel::NameColumn, QHeaderView::Stretch);
    for (int column = PersonTableModel::MeetingsColumn; column < PersonTableModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PeopleView::onCurrentChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT queryRequested(
            core::Query::forPerson(index.data(PersonTableModel::NameRole).toString()));
    });
}

void PeopleView::setIdentity(const core::Identity &identity)
{
    m_identity = identity;
    m_proxy->setMyNames(identity.names());
    if (m_identityEditor->identity().me != identity.me
        || m_identityEditor->identity().aliases != identity.aliases)
        m_identityEditor->setIdentity(identity);
    refresh();
}

void PeopleView::reload()
{
    if (!session()) {
        showPeople({}, QString());
        return;
    }
    m_summary->setText(tr("Loading people…"));
    using Result = std::pair<std::optional<QList<core::PeopleDirectory::Person>>, QString>;
    m_request->run<Result>(
        [identity = m_identity](const QSqlDatabase &db, const auto &) {
            core::PeopleDirectory directory(db, identity);
            auto people = directory.people();
            return Result(std::move(people), directory.error());
        },
        [this](Result result) {
            if (!result.first)
                qCWarning(lcPeople) << "people:" << result.second;
            showPeople(result.first.value_or(QList<core::PeopleDirectory::Person>()),
                result.first ? QString() : result.second);
            qCDebug(lcPeople) << "people refreshed in" << elapsedMs() << "ms";
        });
}

void PeopleView::showPeople(const QList<core::PeopleDirectory::Person> &people, const QString &error)
{
    setError(error);
    const QString wanted = m_wanted.isEmpty() ? m_current : m_wanted;
    m_wanted.clear();
    m_model->setPeople(people);
    m_summary->setText(tr("%n people", nullptr, m_model->rowCount()));
    m_current.clear();
    if ((wanted.isEmpty() || !selectPerson(wanted)) && !selectFirstOther())
        m_page->clear(m_model->rowCount() == 0 ? tr("Nobody in this vault yet") : QString());
    // Loaded once the selected person's page is in too (a screenshot waits for it).
    m_loadedPending = m_pageRequest->isRunning();
    if (!m_loadedPending)
        Q_EMIT loaded();
}

bool PeopleView::isReading() const
{
    return m_request->isRunning() || m_pageRequest->isRunning();
}

// With nobody asked for, the page opens on the first person in the table who is not me: an empty
// page would only say "select a person".
bool PeopleView::selectFirstOther()
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!index.data(PersonTableModel::IsMeRole).toBool())
            return selectPerson(index.data(PersonTableModel::NameRole).toString());
    }
    return false;
}

bool PeopleView::selectPerson(const QString &name)
{
    const int row = m_model->rowOfPerson(name, m_identity);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    showPerson(m_model->personAt(row).name);
    return true;
}

void PeopleView::onCurrentChanged()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        showPerson(index.data(PersonTableModel::NameRole).toString());
}

void PeopleView::showPerson(const QString &name, bool force)
{
    if (!session() || (name == m_current && !force))
        return;
    if (name != m_current)
        m_limits = {};
    m_current = name;
    m_page->showLoading(name);
    QElapsedTimer timer;
    timer.start();
    using Result = std::pair<std::optional<core::PeopleDirectory::PersonPage>, QString>;
    // Someone in every meeting of a big vault takes seconds to read: never on this thread.
    m_pageRequest->run<Result>(
        [identity = m_identity, name, limits = m_limits](const QSqlDatabase &db, const auto &) {
            core::PeopleDirectory directory(db, identity);
            auto page = directory.page(name, limits);
            return Result(std::move(page), directory.error());
        },
        [this, name, timer](Result result) {
            if (result.first)
                m_page->setPage(*result.first);
            else
                m_page->clear(result.second);
            qCDebug(lcPeople) << "person page of" << name << "in" << timer.elapsed() << "ms";
            if (std::exchange(m_loadedPending, false) && !isReading())
                Q_EMIT loaded();
        });
}

void PeopleView::queryChanged(bool)
{
    const auto parsed = core::Query::parse(query());
    if (!parsed)
        return;
    for (const core::Query::Term &term : parsed->terms()) {
        if (term.key != u"person" || term.negated)
            continue;
        if (isLoading()) {
            m_wanted = term.value; // selected when the directory is in
            return;
        }
        if (selectPerson(term.value))
            return;
    }
}

} // namespace ui
