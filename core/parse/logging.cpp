// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/logging.h"

namespace core {
// Warnings by default; QT_LOGGING_RULES="vaultview.*.debug=true" shows the rest.
Q_LOGGING_CATEGORY(lcParser, "vaultview.core.parser", QtWarningMsg)
} // namespace core
