#pragma once

#include "ui/decisions/decisioncounter.h"

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace ui {

class DecisionLogModel;
class VaultSession;

// Every decision in the vault, newest meeting first, grouped under their meeting (date, title,
// people), near-duplicates within a note collapsed. Filtered by the global query (person:, tag:,
// after:…) and by the words of its own filter field.
class DecisionsView final : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionsView(VaultSession *session, QWidget *parent = nullptr);
    ~DecisionsView() override;
    Q_DISABLE_COPY_MOVE(DecisionsView)

    DecisionLogModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *filterField() const { return m_filter; }
    QString summary() const;
    QString error() const { return m_error; }
    // True until the first page of decisions is in (they are read in the background, a page at a
    // time, once the view is shown).
    bool isLoading() const;
    // True until the decisions are counted (in the background too, after the first page).
    bool isCounting() const;
    // Of the whole log once counted, of the entries read so far until then.
    DecisionCounter::Totals totals() const;

public Q_SLOTS:
    // Reloads from session->database(); call it when the session signals indexChanged.
    void refresh();
    // The global search field's query language.
    void setQuery(const QString &query);

Q_SIGNALS:
    void openMeeting(const QString &path);
    void queryRequested(const QString &query);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildBar();
    void updateSummary();
    void firstPageLoaded();

    VaultSession *m_session = nullptr;
    QString m_query;
    QString m_error;
    bool m_stale = true; // a refresh is due when the view is next shown
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_list = nullptr;
    DecisionLogModel *m_model = nullptr;
    QTimer *m_filterTimer = nullptr;
    DecisionCounter *m_counter = nullptr;
    bool m_firstPage = false; // waiting for the first page of a refresh
    QElapsedTimer m_timer;
};

} // namespace ui
