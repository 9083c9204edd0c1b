// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/decisions/decisioncounter.h"
#include "ui/session/vaultview.h"

#include <QString>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace ui {

class DecisionLogModel;

// Every decision in the vault, newest meeting first, grouped under their meeting (date, title,
// people), near-duplicates within a note collapsed. Filtered by the global query (person:, tag:,
// after:…) and by the words of its own filter field.
class DecisionsView final : public VaultView
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
    // True until the decisions are counted (in the background too, after the first page).
    bool isCounting() const;
    // Of the whole log once counted, of the entries read so far until then.
    DecisionCounter::Totals totals() const;

protected:
    // The decisions are read in the background, a page at a time; the view is reading until the
    // first page is in.
    void reload() override;
    bool isReading() const override;

private:
    QWidget *buildBar();
    void updateSummary();
    void firstPageLoaded();

    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QListView *m_list = nullptr;
    DecisionLogModel *m_model = nullptr;
    QTimer *m_filterTimer = nullptr;
    DecisionCounter *m_counter = nullptr;
    bool m_firstPage = false; // waiting for the first page of a refresh
};

} // namespace ui
