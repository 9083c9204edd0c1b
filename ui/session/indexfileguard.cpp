// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/indexfileguard.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace ui {

namespace {

bool identity(const QString &path, quint64 &device, quint64 &inode)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    device = quint64(info.st_dev);
    inode = quint64(info.st_ino);
    return true;
}

} // namespace

void IndexFileGuard::record(const QString &path)
{
    m_path = path;
    m_recorded = identity(path, m_device, m_inode);
}

bool IndexFileGuard::isIntact() const
{
    return problem().isEmpty();
}

QString IndexFileGuard::problem() const
{
    if (!m_recorded)
        return {};
    quint64 device = 0;
    quint64 inode = 0;
    if (!identity(m_path, device, inode))
        return QCoreApplication::translate("ui::IndexFileGuard", "the index file was deleted");
    if (device != m_device || inode != m_inode)
        return QCoreApplication::translate("ui::IndexFileGuard", "the index file was replaced");
    return {};
}

} // namespace ui
