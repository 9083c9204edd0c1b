// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace core {
Q_DECLARE_LOGGING_CATEGORY(lcWriter) // vaultview.core.writer: edits written into notes
} // namespace core
