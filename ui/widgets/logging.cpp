// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/logging.h"

namespace ui {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcWidgets, "vaultview.ui.widgets", QtWarningMsg)
} // namespace ui
