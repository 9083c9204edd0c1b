// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcWidgets) // vaultview.ui.widgets: reusable widgets
} // namespace ui
