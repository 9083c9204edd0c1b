// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/linkpolicy.h"

#include <QDir>
#include <QFileInfo>

namespace ui {

LinkPolicy::LinkPolicy(const QString &vaultRoot, const QString &notePath)
    : m_root(QDir::cleanPath(vaultRoot))
    , m_noteFolder(QFileInfo(notePath).path() == u"." ? QString() : QFileInfo(notePath).path())
{ }

bool LinkPolicy::isExternal(const QUrl &url)
{
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https" || scheme == u"mailto" || scheme == u"obsidian";
}

std::optional<QString> LinkPolicy::vaultFile(const QUrl &url) const
{
    if (m_root.isEmpty() || !url.isValid() || url.path().isEmpty())
        return std::nullopt;
    QString absolute;
    if (url.isLocalFile()) {
        absolute = url.toLocalFile();
    } else if (url.scheme().isEmpty() && url.host().isEmpty()) {
        const QString path = url.path();
        // A leading '/' means the vault root, as in Obsidian, never the file system's.
        absolute = path.startsWith(u'/') ? QString(m_root + path)
                                         : QString(m_root + u'/' + m_noteFolder + u'/' + path);
    } else {
        return std::nullopt;
    }
    const QString clean = QDir::cleanPath(absolute);
    if (!clean.startsWith(m_root + u'/'))
        return std::nullopt;
    // A symbolic link inside the vault may point outside it.
    const QString canonical = QFileInfo(clean).canonicalFilePath();
    if (!canonical.isEmpty() && canonical != clean) {
        const QString canonicalRoot = QFileInfo(m_root).canonicalFilePath();
        if (!canonical.startsWith(canonicalRoot + u'/'))
            return std::nullopt;
    }
    return clean.mid(m_root.size() + 1);
}

} // namespace ui
