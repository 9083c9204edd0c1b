// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tasks/logging.h"

namespace ui {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcTasks, "vaultview.ui.tasks", QtWarningMsg)
} // namespace ui
