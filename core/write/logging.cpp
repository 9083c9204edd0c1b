// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/write/logging.h"

namespace core {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcWriter, "vaultview.core.writer", QtWarningMsg)
} // namespace core
