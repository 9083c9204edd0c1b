// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcSession) // vaultview.ui.session: the open vault and its background reads
Q_DECLARE_LOGGING_CATEGORY(lcIndexing) // vaultview.ui.indexing: worker thread and file watching
Q_DECLARE_LOGGING_CATEGORY(lcEdit) // vaultview.ui.edit: task status writes, undo and redo
} // namespace ui
