// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcShell) // vaultview.ui.shell: the main window, its menus and the desktop
} // namespace ui
