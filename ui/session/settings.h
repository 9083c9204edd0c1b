// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace ui {

// The only owner of QSettings: every key and default lives in settings.cpp.
class Settings final
{
public:
    // The user's settings (organization "Vaultview", application "vaultview").
    Settings();
    // Settings kept in one INI file: for tests and for runs that must not touch the user's.
    explicit Settings(const QString &iniFile);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    static constexpr int kMaxRecentVaults = 8;

    QString lastVault() const;
    void setLastVault(const QString &path);

    // Most recent first, without duplicates.
    QStringList recentVaults() const;
    void addRecentVault(const QString &path);
    void removeRecentVault(const QString &path);
    void clearRecentVaults();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    // The meeting browser's splitters: the meeting list beside the meeting, the meeting's two
    // rows, and the panes of its top row. Empty until a layout is saved: the window then sizes
    // them for the screen, the meeting list as wide as its titles within these limits.
    enum class Splitter { MeetingList, MeetingRows, MeetingTopRow };
    QByteArray splitterState(Splitter splitter) const;
    void setSplitterState(Splitter splitter, const QByteArray &state);
    static constexpr int kMeetingListMinWidth = 200;
    static constexpr int kMeetingListMaxWidth = 320;
    static constexpr int kMeetingListMaxPercent = 20; // of the window's width

    // The vault-relative path of the meeting last shown in `vault`.
    QString lastSelection(const QString &vault) const;
    void setLastSelection(const QString &vault, const QString &path);

    enum class SortOrder { Date, Title };
    SortOrder sortOrder() const;
    void setSortOrder(SortOrder order);

    // Who "I" am in the vault (core::Identity): the name of my tasks' owner ("Myself") and the
    // other names that mean me ("Jason Vallery").
    QString identityMe() const;
    void setIdentityMe(const QString &name);
    QStringList identityAliases() const;
    void setIdentityAliases(const QStringList &aliases);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ui
