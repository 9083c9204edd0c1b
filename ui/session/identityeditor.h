// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/identity.h"

#include <QWidget>

class QLineEdit;

namespace ui {

// "Me: [Myself]  also known as: [Jason Vallery, …]": who I am in the vault, kept in Settings
// (identity/me, identity/aliases). Editing either field and pressing Enter (or leaving it)
// applies the change.
class IdentityEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit IdentityEditor(QWidget *parent = nullptr);
    ~IdentityEditor() override;
    Q_DISABLE_COPY_MOVE(IdentityEditor)

    core::Identity identity() const { return m_identity; }
    // Shows `identity` (does not save it).
    void setIdentity(const core::Identity &identity);
    QLineEdit *meField() const { return m_me; }
    QLineEdit *aliasesField() const { return m_aliases; }

    // Reads and writes the user's Settings.
    static core::Identity loadIdentity();
    static void saveIdentity(const core::Identity &identity);
    static QStringList splitAliases(const QString &text);

Q_SIGNALS:
    void identityChanged(const core::Identity &identity);

private:
    void apply();

    core::Identity m_identity;
    QLineEdit *m_me = nullptr;
    QLineEdit *m_aliases = nullptr;
};

} // namespace ui
