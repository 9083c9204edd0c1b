// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionsview.h"

#include "core/query/query.h"
#include "ui/decisions/decisionlogdelegate.h"
#include "ui/decisions/decisionlogmodel.h"
#include "ui/decisions/logging.h"
#include "ui/session/vaultsession.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

DecisionsView::DecisionsView(VaultSession *session, QWidget *parent)
    : VaultView(session, parent)
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_list(new QListView(this))
    , m_model(new DecisionLogModel(this))
    , m_filterTimer(new QTimer(this))
    , m_counter(new DecisionCounter(this))
{
    setObjectName(QStringLiteral("decisionsView"));
    QVBoxLayout *layout = Theme::flatColumn(this);
    layout->addWidget(buildBar());
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->hide();

    auto *delegate = new DecisionLogDelegate(m_list);
    m_list->setObjectName(QStringLiteral("decisionLog"));
    m_list->setAccessibleName(tr("Decisions"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(delegate);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("Double-click to open the meeting; click a person to search"));
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openMeeting(index.data(DecisionLogModel::PathRole).toString());
    });
    connect(delegate, &DecisionLogDelegate::personClicked, this,
        [this](const QString &name) { Q_EMIT queryRequested(core::Query::forPerson(name)); });

    if (session) {
        m_model->setReader(session->reader());
        m_model->setDatabase(session->database());
        m_counter->setReader(session->reader());
        m_counter->setDatabase(session->database());
    }
    connect(m_model, &DecisionLogModel::pageLoaded, this, [this] {
        if (m_firstPage)
            firstPageLoaded();
        else
            updateSummary(); // "200+" grows as the list is scrolled
    });
    connect(m_counter, &DecisionCounter::counted, this, &DecisionsView::updateSummary);
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
    auto *title = new QLabel(tr("Decisions"), bar);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    title->setFont(big);
    m_filter->setObjectName(QStringLiteral("decisionsFilter"));
    m_filter->setAccessibleName(tr("Filter decisions"));
    m_filter->setPlaceholderText(tr("Filter decisions by their words…"));
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

void DecisionsView::reload()
{
    m_filterTimer->stop();
    setError(QString());
    const auto query = core::Query::parse(this->query());
    if (!session() || !query) {
        m_counter->cancel();
        m_firstPage = false;
        m_model->clear();
        updateSummary();
        Q_EMIT loaded();
        return;
    }
    m_summary->setText(tr("Loading decisions…"));
    m_counter->cancel();
    m_firstPage = true;
    m_model->load(*query, m_filter->text().trimmed());
}

void DecisionsView::firstPageLoaded()
{
    m_firstPage = false;
    setError(m_model->error());
    // A log read whole with its first page is counted already; a longer one is counted apart,
    // without holding its entries.
    if (!m_model->isComplete() && m_model->filter())
        m_counter->count(*m_model->filter(), m_model->text());
    updateSummary();
    qCDebug(lcDecisions) << "decisions: first page in" << elapsedMs() << "ms";
    Q_EMIT loaded();
}

bool DecisionsView::isReading() const
{
    return m_firstPage;
}

bool DecisionsView::isCounting() const
{
    return m_counter->isCounting();
}

DecisionCounter::Totals DecisionsView::totals() const
{
    if (m_model->isComplete() || m_counter->isCounting())
        return { m_model->entryCount(), m_model->meetingCount(), m_model->mergedCount() };
    return m_counter->totals();
}

QString DecisionsView::summary() const
{
    return m_summary->text();
}

void DecisionsView::updateSummary()
{
    const QLocale locale;
    const DecisionCounter::Totals totals = this->totals();
    // Until the count is in, what was read so far, as "200+".
    const QString more = m_model->isComplete() || !m_counter->isCounting() ? QString() : QStringLiteral("+");
    QString text = more.isEmpty()
        ? tr("%1 in %2", "decisions in meetings")
              .arg(tr("%Ln decisions", nullptr, totals.entries), tr("%Ln meetings", nullptr, totals.meetings))
        : tr("%1+ decisions in %2+ meetings")
              .arg(locale.toString(totals.entries), locale.toString(totals.meetings));
    if (totals.merged > 0)
        text += tr(" · %1%2 stated more than once").arg(locale.toString(totals.merged), more);
    const QString query = this->query().trimmed();
    if (!query.isEmpty())
        text += tr(" · filtered by “%1”").arg(query);
    m_summary->setText(text);
    const bool empty = m_model->rowCount() == 0 && m_model->isComplete();
    m_empty->setText(!error().isEmpty() ? error()
            : query.isEmpty() && m_filter->text().trimmed().isEmpty()
            ? tr("No decisions recorded in this vault")
            : tr("No decisions match"));
    m_empty->setVisible(empty);
    m_list->setVisible(!empty);
}

} // namespace ui
