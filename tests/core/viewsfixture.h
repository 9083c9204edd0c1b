// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the suites of the vault-wide views (duplicates, people, decisions).

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "testvault.h"

#include <QFile>
#include <QSqlDatabase>
#include <memory>

namespace views {

// A temporary vault with its index, kept together because the index must not outlive the files.
class IndexedVault final
{
public:
    IndexedVault() = default;
    Q_DISABLE_COPY_MOVE(IndexedVault)

    TestVault &vault() { return m_vault; }
    QSqlDatabase db() const { return m_index ? m_index->database() : QSqlDatabase(); }

    // Opens the index and brings it up to date with the files written so far.
    bool index()
    {
        if (!m_index) {
            m_index = std::make_unique<core::VaultIndex>(m_vault.root(), m_vault.indexPath());
            if (!m_index->open()) {
                qWarning("cannot open the index: %s", qPrintable(m_index->error()));
                return false;
            }
        }
        core::Indexer indexer(*m_index);
        if (!indexer.update()) {
            qWarning("cannot index: %s", qPrintable(indexer.error()));
            return false;
        }
        return true;
    }

private:
    TestVault m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
};

// The lines of the seed note, 1-based (element 0 is empty).
inline QStringList seedLines()
{
    QFile file(TestVault::seedPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QStringList { QString() } + QString::fromUtf8(file.readAll()).split(u'\n');
}

} // namespace views
