// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace core {
Q_DECLARE_LOGGING_CATEGORY(lcScanner) // vaultview.core.scanner: walking the vault
Q_DECLARE_LOGGING_CATEGORY(lcIndex) // vaultview.core.index: the SQLite index, its lock and its builds
Q_DECLARE_LOGGING_CATEGORY(lcJournal) // vaultview.core.journal: the undo journal
} // namespace core
