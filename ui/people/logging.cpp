// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/people/logging.h"

namespace ui {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcPeople, "vaultview.ui.people", QtWarningMsg)
} // namespace ui
