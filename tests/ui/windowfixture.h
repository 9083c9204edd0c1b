// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window as the GUI tests drive it: settings of its own beside the test's index, shown at
// a size, on a vault, loaded.

#include "uitestsupport.h"

#include "ui/session/settings.h"
#include "ui/shell/launchoptions.h"
#include "ui/shell/mainwindow.h"

#include <QTest>
#include <memory>

namespace uitest {

inline std::unique_ptr<ui::Settings> isolatedSettings(const TestVault &vault)
{
    return std::make_unique<ui::Settings>(
        QFileInfo(vault.indexPath()).absolutePath() + QStringLiteral("/settings.ini"));
}

// Shows a window on `vault` at `size`, on the meeting `select`; false if it did not get ready.
inline bool startWindow(std::unique_ptr<ui::MainWindow> &window, ui::Settings &settings,
    const TestVault &vault, const QSize &size, const QString &select = QString())
{
    ui::LaunchOptions options;
    options.indexPath = vault.indexPath();
    options.select = select;
    window = std::make_unique<ui::MainWindow>(settings, options);
    window->resize(size);
    window->show();
    return QTest::qWaitForWindowExposed(window.get()) && window->openVault(vault.root())
        && QTest::qWaitFor([&window] { return window->isReady(); }, 20000);
}

} // namespace uitest
