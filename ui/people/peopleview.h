// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/identity.h"
#include "core/views/peopledirectory.h"
#include "ui/people/personfiltermodel.h"
#include "ui/session/vaultview.h"

#include <QString>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace ui {

class AsyncRequest;
class IdentityEditor;
class PersonPage;
class PersonTableModel;

// Everyone in the vault (a sortable, filterable table: meetings, last meeting, open tasks they
// own, open tasks I owe them) beside the selected person's page, the one to read before a 1:1.
// "Me" (and my other names) is edited in the bar above and kept in Settings.
class PeopleView final : public VaultView
{
    Q_OBJECT
public:
    explicit PeopleView(VaultSession *session, QWidget *parent = nullptr);
    ~PeopleView() override;
    Q_DISABLE_COPY_MOVE(PeopleView)

    PersonTableModel *model() const { return m_model; }
    PersonFilterModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    PersonPage *page() const { return m_page; }
    IdentityEditor *identityEditor() const { return m_identityEditor; }
    QLineEdit *filterField() const { return m_filter; }
    QSplitter *splitter() const { return m_splitter; }
    core::Identity identity() const { return m_identity; }
    // Uses `identity` for "me" (without saving it; the editor saves what the user types).
    void setIdentity(const core::Identity &identity);
    // Selects the person (case-insensitively; any of my names selects me) and shows their page;
    // false if nobody has the name. A new directory (an edit, another identity) keeps them
    // selected.
    bool selectPerson(const QString &name);

protected:
    // The directory, read in the background; the selected person's page is read apart (in the
    // background too), and the view is reading until both are in.
    void reload() override;
    bool isReading() const override;
    // A person: term selects that person, again each time the query is set.
    void queryChanged(bool changed) override;

private:
    bool selectFirstOther();
    QWidget *buildBar();
    void setupTable();
    void showPerson(const QString &name, bool force = false);
    void showPeople(const QList<core::PeopleDirectory::Person> &people, const QString &error);
    void onCurrentChanged();

    core::Identity m_identity;
    QString m_current; // the person on the page
    IdentityEditor *m_identityEditor = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    PersonTableModel *m_model = nullptr;
    PersonFilterModel *m_proxy = nullptr;
    PersonPage *m_page = nullptr;
    AsyncRequest *m_request = nullptr;
    AsyncRequest *m_pageRequest = nullptr;
    core::PeopleDirectory::Limits m_limits; // of the person page; "Show more" doubles them
    QString m_wanted; // a person asked for while the directory was loading
    bool m_loadedPending = false; // the directory is in, the page it selected is not yet
};

} // namespace ui
