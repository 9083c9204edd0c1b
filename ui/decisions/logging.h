#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcDecisions) // vaultview.ui.decisions: the Decisions view
} // namespace ui
