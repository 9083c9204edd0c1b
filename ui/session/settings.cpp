// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/settings.h"

#include <QCryptographicHash>
#include <QSettings>

namespace ui {

namespace {

// Every key, in one place.
namespace Key {
const QString lastVault = QStringLiteral("vault/last");
const QString recentVaults = QStringLiteral("vault/recent");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString splitterGroup = QStringLiteral("splitters/");
const QString meetingListSplitter = QStringLiteral("splitters/main");
const QString meetingRowsSplitter = QStringLiteral("splitters/meetingRows");
const QString meetingTopRowSplitter = QStringLiteral("splitters/meetingTopRow");
const QString selectionGroup = QStringLiteral("selection/");
const QString sortOrder = QStringLiteral("list/sortOrder");
const QString identityMe = QStringLiteral("identity/me");
const QString identityAliases = QStringLiteral("identity/aliases");
} // namespace Key

const QString kSortByDate = QStringLiteral("date");
const QString kSortByTitle = QStringLiteral("title");
const QString kDefaultMe = QStringLiteral("Myself");

QString splitterKey(Settings::Splitter splitter)
{
    switch (splitter) {
    case Settings::Splitter::MeetingList:
        return Key::meetingListSplitter;
    case Settings::Splitter::MeetingRows:
        return Key::meetingRowsSplitter;
    case Settings::Splitter::MeetingTopRow:
        return Key::meetingTopRowSplitter;
    }
    return {};
}

// Vault paths contain '/', which QSettings reads as groups: key selections by a hash instead.
QString selectionKey(const QString &vault)
{
    const QByteArray hash
        = QCryptographicHash::hash(vault.toUtf8(), QCryptographicHash::Sha1).toHex();
    return Key::selectionGroup + QString::fromLatin1(hash.left(16));
}

} // namespace

Settings::Settings()
    : m_settings(
        std::make_unique<QSettings>(QStringLiteral("Vaultview"), QStringLiteral("vaultview")))
{ }

Settings::Settings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::lastVault() const
{
    return m_settings->value(Key::lastVault).toString();
}

void Settings::setLastVault(const QString &path)
{
    m_settings->setValue(Key::lastVault, path);
}

QStringList Settings::recentVaults() const
{
    return m_settings->value(Key::recentVaults).toStringList();
}

void Settings::addRecentVault(const QString &path)
{
    QStringList recent = recentVaults();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentVaults)
        recent.removeLast();
    m_settings->setValue(Key::recentVaults, recent);
}

void Settings::removeRecentVault(const QString &path)
{
    QStringList recent = recentVaults();
    recent.removeAll(path);
    m_settings->setValue(Key::recentVaults, recent);
}

void Settings::clearRecentVaults()
{
    m_settings->remove(Key::recentVaults);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::geometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::state).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::state, state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_settings->value(Key::splitterGroup + name).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(Key::splitterGroup + name, state);
}

QByteArray Settings::splitterState(Splitter splitter) const
{
    return m_settings->value(splitterKey(splitter)).toByteArray();
}

void Settings::setSplitterState(Splitter splitter, const QByteArray &state)
{
    m_settings->setValue(splitterKey(splitter), state);
}

QString Settings::lastSelection(const QString &vault) const
{
    return m_settings->value(selectionKey(vault)).toString();
}

void Settings::setLastSelection(const QString &vault, const QString &path)
{
    m_settings->setValue(selectionKey(vault), path);
}

Settings::SortOrder Settings::sortOrder() const
{
    return m_settings->value(Key::sortOrder, kSortByDate).toString() == kSortByTitle
        ? SortOrder::Title
        : SortOrder::Date;
}

void Settings::setSortOrder(SortOrder order)
{
    m_settings->setValue(Key::sortOrder, order == SortOrder::Title ? kSortByTitle : kSortByDate);
}

QString Settings::identityMe() const
{
    const QString me = m_settings->value(Key::identityMe, kDefaultMe).toString().trimmed();
    return me.isEmpty() ? kDefaultMe : me;
}

void Settings::setIdentityMe(const QString &name)
{
    m_settings->setValue(Key::identityMe, name.trimmed());
}

QStringList Settings::identityAliases() const
{
    return m_settings->value(Key::identityAliases, QStringList()).toStringList();
}

void Settings::setIdentityAliases(const QStringList &aliases)
{
    m_settings->setValue(Key::identityAliases, aliases);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace ui
