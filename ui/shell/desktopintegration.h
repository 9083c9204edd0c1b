// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QUrl;

namespace ui {

// Hands files to the desktop: the default editor, the file manager.
class DesktopIntegration final
{
public:
    static bool openInEditor(const QString &absolutePath);
    // Shows the file selected in the file manager where the platform allows it, else its folder.
    static bool reveal(const QString &absolutePath);
    // obsidian://open?path=…: Obsidian opens the note in the vault it knows that holds it.
    static QUrl obsidianUrl(const QString &absolutePath);
    static bool openInObsidian(const QString &absolutePath);
};

} // namespace ui
