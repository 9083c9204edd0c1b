#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcTimeline) // vaultview.ui.timeline: the Timeline view
} // namespace ui
