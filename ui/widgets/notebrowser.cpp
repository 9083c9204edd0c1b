// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/notebrowser.h"

#include "ui/widgets/linkpolicy.h"
#include "ui/widgets/logging.h"

#include <QImage>
#include <QTextDocument>

namespace ui {

NoteBrowser::NoteBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

NoteBrowser::~NoteBrowser() = default;

void NoteBrowser::setNote(const QString &vaultRoot, const QString &notePath)
{
    m_root = vaultRoot;
    m_notePath = notePath;
}

QVariant NoteBrowser::loadResource(int type, const QUrl &name)
{
    // Images of the vault only; style sheets, remote and out-of-vault files are never read.
    if (type != QTextDocument::ImageResource)
        return {};
    const auto file = LinkPolicy(m_root, m_notePath).vaultFile(name);
    if (!file) {
        qCDebug(lcWidgets) << "not loading" << name.toString(QUrl::RemoveUserInfo);
        return {};
    }
    const QImage image(QString(m_root + u'/' + *file));
    return image.isNull() ? QVariant() : QVariant::fromValue(image);
}

} // namespace ui
