# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build folder: a Debian package whose Depends come from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME vaultview)
set(CPACK_PACKAGE_VENDOR "The Vaultview developers")
set(CPACK_PACKAGE_CONTACT "The Vaultview developers <vaultview@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Browse a vault of Markdown meeting notes")
set(CPACK_PACKAGE_DESCRIPTION
    "Vaultview indexes an Obsidian-style vault of Markdown meeting notes and shows each meeting's
summary, tasks, decisions and people side by side. Tasks in the Obsidian Tasks format can be
ticked off and triaged; each edit changes only the task's line. vaultview-cli answers the same
questions for scripts.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/vaultview/vaultview")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver of Qt Sql
# and the platform plugins (xcb, wayland) of the desktop.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
include(CPack)
