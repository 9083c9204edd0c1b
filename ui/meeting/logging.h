// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace ui {
Q_DECLARE_LOGGING_CATEGORY(lcMeeting) // vaultview.ui.meeting: the meeting list and the meeting view
} // namespace ui
