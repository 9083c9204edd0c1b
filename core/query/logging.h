// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace core {
Q_DECLARE_LOGGING_CATEGORY(lcQuery) // vaultview.core.query: the query language and the reads behind it
} // namespace core
