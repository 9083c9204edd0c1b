// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace core {
Q_DECLARE_LOGGING_CATEGORY(lcParser) // vaultview.core.parser: front matter and body parsing
} // namespace core
