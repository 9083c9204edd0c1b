#pragma once

#include "core/model/identity.h"
#include "core/views/peopledirectory.h"

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace ui {

class AsyncRequest;
class IdentityEditor;
class PersonPage;
class PersonTableModel;
class VaultSession;

// Everyone in the vault (a sortable, filterable table: meetings, last meeting, open tasks they
// own, open tasks I owe them) beside the selected person's page, the one to read before a 1:1.
// "Me" (and my other names) is edited in the bar above and kept in Settings.
class PeopleView final : public QWidget
{
    Q_OBJECT
public:
    explicit PeopleView(VaultSession *session, QWidget *parent = nullptr);
    ~PeopleView() override;
    Q_DISABLE_COPY_MOVE(PeopleView)

    PersonTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    PersonPage *page() const { return m_page; }
    IdentityEditor *identityEditor() const { return m_identityEditor; }
    QLineEdit *filterField() const { return m_filter; }
    QSplitter *splitter() const { return m_splitter; }
    core::Identity identity() const { return m_identity; }
    // Uses `identity` for "me" (without saving it; the editor saves what the user types).
    void setIdentity(const core::Identity &identity);
    // Selects the person (case-insensitively) and shows their page; false if nobody has the name.
    bool selectPerson(const QString &name);
    QString error() const { return m_error; }
    // True until the directory is in (it is read in the background, once the view is shown), and
    // while the page of the selected person is being read (in the background too).
    bool isLoading() const;

public Q_SLOTS:
    // Reloads from session->database(); call it when the session signals indexChanged.
    void refresh();
    // The global search field's query language: a person: term selects that person.
    void setQuery(const QString &query);

Q_SIGNALS:
    void openMeeting(const QString &path);
    void queryRequested(const QString &query);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool selectFirstOther();
    QWidget *buildBar();
    void setupTable();
    void showPerson(const QString &name, bool force = false);
    void showPeople(const QList<core::PeopleDirectory::Person> &people, const QString &error);
    void onCurrentChanged();

    VaultSession *m_session = nullptr;
    core::Identity m_identity;
    QString m_error;
    QString m_current; // the person on the page
    bool m_stale = true; // a refresh is due when the view is next shown
    IdentityEditor *m_identityEditor = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    PersonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PersonPage *m_page = nullptr;
    AsyncRequest *m_request = nullptr;
    AsyncRequest *m_pageRequest = nullptr;
    core::PeopleDirectory::Limits m_limits; // of the person page; "Show more" doubles them
    QString m_wanted; // a person asked for while the directory was loading
    QElapsedTimer m_timer;
};

} // namespace ui
