// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/logging.h"

namespace core {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcScanner, "vaultview.core.scanner", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndex, "vaultview.core.index", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJournal, "vaultview.core.journal", QtWarningMsg)
} // namespace core
