// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

namespace ui {

class VaultSession;

// What the vault-wide views (Tasks, People, Decisions, Timeline) share: the session they read,
// the search field's query, and reading only on screen. Every one of them reads the whole vault,
// so a refresh of a hidden view only marks it stale, and it reads when it is next shown. A view
// says how it reads (reload()) and whether it still is (isReading()).
class VaultView : public QWidget
{
    Q_OBJECT
public:
    ~VaultView() override;
    Q_DISABLE_COPY_MOVE(VaultView)

    VaultSession *session() const { return m_session; }
    // The last valid query set; an invalid one is ignored (the search bar shows its error).
    QString query() const { return m_query; }
    QString error() const { return m_error; }
    // True until what the view shows is in: while it is stale (read once shown) or reading.
    bool isLoading() const { return m_stale || isReading(); }

public Q_SLOTS:
    // Reads again now if the view is on screen, else once it is shown; call it when the session
    // signals indexChanged.
    void refresh();
    // The global search field's query language.
    void setQuery(const QString &query);

Q_SIGNALS:
    void openMeeting(const QString &path);
    void openInObsidian(const QString &path);
    void queryRequested(const QString &query);
    // What the last refresh read is shown.
    void loaded();

protected:
    VaultView(VaultSession *session, QWidget *parent);

    // Reads what the view shows (in the background, where it takes long) and emits loaded() once
    // it is shown; only called for a view on screen.
    virtual void reload() = 0;
    // Whether a read the view started is still running.
    virtual bool isReading() const = 0;
    // A valid query was set (`changed` is false for the same one again, as the search field's
    // Enter sends it). By default a changed query is read.
    virtual void queryChanged(bool changed);

    void setError(const QString &error) { m_error = error; }
    // Since the last refresh began, for the debug log.
    qint64 elapsedMs() const { return m_timer.elapsed(); }

    void showEvent(QShowEvent *event) override;

private:
    VaultSession *m_session = nullptr;
    QString m_query;
    QString m_error;
    QElapsedTimer m_timer;
    bool m_stale = true; // read when next shown
};

} // namespace ui
