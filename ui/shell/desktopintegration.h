#pragma once

#include <QString>

namespace ui {

// Hands files to the desktop: the default editor, the file manager.
class DesktopIntegration final
{
public:
    static bool openInEditor(const QString &absolutePath);
    // Shows the file selected in the file manager where the platform allows it, else its folder.
    static bool reveal(const QString &absolutePath);
};

} // namespace ui
