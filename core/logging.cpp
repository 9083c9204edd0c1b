#include "logging.h"

namespace core {
Q_LOGGING_CATEGORY(lcScanner, "vaultview.core.scanner", QtWarningMsg)
Q_LOGGING_CATEGORY(lcParser, "vaultview.core.parser", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIndex, "vaultview.core.index", QtWarningMsg)
Q_LOGGING_CATEGORY(lcQuery, "vaultview.core.query", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWriter, "vaultview.core.writer", QtWarningMsg)
} // namespace core
