#include "decisionsview.h"

#include "backgroundreader.h"
#include "decisionlog.h"
#include "decisionlogdelegate.h"
#include "decisionlogmodel.h"
#include "peoplemodel.h"
#include "query.h"
#include "uilogging.h"
#include "vaultsession.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

DecisionsView::DecisionsView(VaultSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new DecisionLogModel(this))
    , m_filterTimer(new QTimer(this))
    , m_request(new AsyncRequest(this))
{
    setObjectName(QStringLiteral("decisionsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildBar());
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->hide();

    auto *delegate = new DecisionLogDelegate(m_list);
    m_list->setObjectName(QStringLiteral("decisionLog"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(delegate);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(QStringLiteral("Double-click to open the meeting; click a person to search"));
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openMeeting(index.data(DecisionLogModel::PathRole).toString());
    });
    connect(delegate, &DecisionLogDelegate::personClicked, this,
        [this](const QString &name) { Q_EMIT queryRequested(PeopleModel::queryFor(name)); });

    if (m_session) {
        m_request->setReader(m_session->reader());
        m_request->setFallback(m_session->database());
    }
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &DecisionsView::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
}

DecisionsView::~DecisionsView() = default;

QWidget *DecisionsView::buildBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(16, 10, 16, 8);
    auto *title = new QLabel(QStringLiteral("Decisions"), bar);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    m_filter->setObjectName(QStringLiteral("decisionsFilter"));
    m_filter->setPlaceholderText(QStringLiteral("Filter decisions by their words…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_summary->setObjectName(QStringLiteral("decisionsSummary"));
    m_summary->setEnabled(false);
    row->addWidget(title);
    row->addSpacing(16);
    row->addWidget(m_summary, 1);
    row->addWidget(m_filter);
    return bar;
}

void DecisionsView::setQuery(const QString &query)
{
    QString problem;
    if (!core::Query::parse(query, &problem)) {
        qCDebug(lcUi) << "decisions ignore an invalid query:" << problem;
        return;
    }
    if (query == m_query)
        return;
    m_query = query;
    refresh();
}

void DecisionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DecisionsView::refresh()
{
    m_filterTimer->stop();
    if (!isVisible()) {
        m_stale = true; // every decision of the vault: only for a view on screen
        return;
    }
    m_stale = false;
    m_timer.start();
    m_error.clear();
    const auto query = core::Query::parse(m_query);
    if (!m_session || !query) {
        m_request->cancel();
        showEntries({});
        return;
    }
    m_summary->setText(QStringLiteral("Loading decisions…"));
    using Result = std::pair<std::optional<QList<core::DecisionLog::Entry>>, QString>;
    m_request->run<Result>(
        [query = *query, text = m_filter->text().trimmed()](
            const QSqlDatabase &db, const AsyncRequest::Superseded &superseded) {
            core::DecisionLog log(db);
            auto entries = log.entries(query, text, superseded);
            return Result(std::move(entries), log.error());
        },
        [this](Result result) {
            m_error = result.first ? QString() : result.second;
            if (!result.first)
                qCWarning(lcUi) << "decisions:" << m_error;
            showEntries(result.first.value_or(QList<core::DecisionLog::Entry>()));
        });
}

void DecisionsView::showEntries(const QList<core::DecisionLog::Entry> &entries)
{
    m_model->setEntries(entries);
    updateSummary();
    qCDebug(lcUi) << "decisions refreshed in" << m_timer.elapsed() << "ms";
    Q_EMIT loaded();
}

bool DecisionsView::isLoading() const
{
    return m_stale || m_request->isRunning();
}

QString DecisionsView::summary() const
{
    return m_summary->text();
}

void DecisionsView::updateSummary()
{
    const QLocale locale;
    const int count = m_model->totalCount();
    QString text = QStringLiteral("%1 %2 in %3 %4")
                       .arg(locale.toString(count), count == 1 ? QStringLiteral("decision")
                                                               : QStringLiteral("decisions"))
                       .arg(locale.toString(m_model->meetingCount()),
                           m_model->meetingCount() == 1 ? QStringLiteral("meeting")
                                                        : QStringLiteral("meetings"));
    if (m_model->mergedCount() > 0)
        text += QStringLiteral(" · %1 stated more than once").arg(m_model->mergedCount());
    if (!m_query.trimmed().isEmpty())
        text += QStringLiteral(" · filtered by “%1”").arg(m_query.trimmed());
    m_summary->setText(text);
    const bool empty = count == 0;
    m_empty->setText(!m_error.isEmpty() ? m_error
            : m_query.trimmed().isEmpty() && m_filter->text().trimmed().isEmpty()
            ? QStringLiteral("No decisions recorded in this vault")
            : QStringLiteral("No decisions match"));
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace ui
