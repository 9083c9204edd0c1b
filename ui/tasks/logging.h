// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcTasks) // vaultview.ui.tasks: the Tasks view, triage and duplicates
} // namespace ui
