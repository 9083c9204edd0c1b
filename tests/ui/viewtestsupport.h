// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests of the People, Decisions and Timeline views: a generated (or fixture)
// vault, indexed, opened through a VaultSession whose GUI connection the views read.

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "testvault.h"
#include "ui/session/vaultsession.h"
#include "uitestsupport.h"

#include <QStandardPaths>
#include <memory>

namespace viewtest {

class IndexedVault final
{
public:
    IndexedVault() { QStandardPaths::setTestModeEnabled(true); }
    Q_DISABLE_COPY_MOVE(IndexedVault)

    // vaultgen.py notes (seeded, no hazards) plus the three fixture meetings of uitestsupport.h.
    bool generate(int notes, int seed = 7)
    {
        return m_vault.generate(notes, seed, 0.0) && uitest::writeFixture(m_vault) && open();
    }
    bool fixtureOnly() { return uitest::writeFixture(m_vault) && open(); }
    ui::VaultSession *session() const { return m_session.get(); }
    QSqlDatabase database() const { return m_session->database(); }
    const TestVault &vault() const { return m_vault; }

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

} // namespace viewtest
