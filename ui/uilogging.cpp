#include "uilogging.h"

namespace ui {
// Warnings by default, like core; QT_LOGGING_RULES="vaultview.ui*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcUi, "vaultview.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndexing, "vaultview.ui.indexing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdit, "vaultview.ui.edit", QtWarningMsg)
} // namespace ui
