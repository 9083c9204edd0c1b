// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/logging.h"

namespace ui {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcSession, "vaultview.ui.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndexing, "vaultview.ui.indexing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdit, "vaultview.ui.edit", QtWarningMsg)
} // namespace ui
