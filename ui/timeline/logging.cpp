// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/logging.h"

namespace ui {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcTimeline, "vaultview.ui.timeline", QtWarningMsg)
} // namespace ui
