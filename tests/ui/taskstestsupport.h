// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests of the Tasks view: a vault (fixture or generated) indexed, then opened
// through a VaultSession whose GUI connection and TaskEditor the view uses.

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/query/query.h"
#include "core/query/search.h"
#include "testvault.h"
#include "ui/session/vaultsession.h"
#include "uitestsupport.h"

#include <QStandardPaths>
#include <memory>

namespace taskstest {

// A fourth meeting: a third proposed task and two likely duplicates.
inline const QString kSync = QStringLiteral("Meetings/2025-03-01 Sync.md");
inline const char *syncNote()
{
    return "---\n"
           "type: project\n"
           "title: Apollo sync\n"
           "date: 2025-03-01\n"
           "participants:\n"
           "- Alon Horev\n"
           "---\n"
           "## Action Items\n"
           "\n"
           "- [?] Write the launch memo @Alon Horev\n" // line 10
           "- [ ] Send the budget report to finance @Myself\n" // line 11
           "- [ ] Send the budget report to the finance team @Myself\n" // line 12
           "- [ ] Unrelated: water the plants\n"; // line 13
}

class SessionVault final
{
public:
    SessionVault() { QStandardPaths::setTestModeEnabled(true); }
    Q_DISABLE_COPY_MOVE(SessionVault)

    bool fixture()
    {
        return uitest::writeFixture(m_vault) && m_vault.write(kSync, syncNote()) && open();
    }
    bool generate(int notes, int seed = 11) { return m_vault.generate(notes, seed, 0.0) && open(); }
    ui::VaultSession *session() const { return m_session.get(); }
    const TestVault &vault() const { return m_vault; }
    QByteArray read(const QString &path) const { return m_vault.read(path); }

    // core's answer for `query`.
    int coreCount(const QString &query) const
    {
        const auto parsed = core::Query::parse(query);
        if (!parsed)
            return -1;
        const auto hits = core::Search(m_session->database()).tasks(*parsed);
        return hits ? int(hits->size()) : -1;
    }

private:
    bool open()
    {
        {
            core::VaultIndex index(m_vault.root(), m_vault.indexPath());
            if (!index.open() || !core::Indexer(index).update())
                return false;
        }
        m_session = std::make_unique<ui::VaultSession>(m_vault.root(), m_vault.indexPath());
        return m_session->open();
    }

    TestVault m_vault;
    std::unique_ptr<ui::VaultSession> m_session;
};

} // namespace taskstest
