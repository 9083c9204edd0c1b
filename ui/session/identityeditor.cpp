// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/identityeditor.h"

#include "ui/session/settings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ui {

IdentityEditor::IdentityEditor(QWidget *parent)
    : QWidget(parent)
    , m_me(new QLineEdit(this))
    , m_aliases(new QLineEdit(this))
{
    setObjectName(QStringLiteral("identityEditor"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto *meLabel = new QLabel(tr("Me:"), this);
    meLabel->setBuddy(m_me);
    auto *akaLabel = new QLabel(tr("also known as:"), this);
    akaLabel->setBuddy(m_aliases);
    m_me->setObjectName(QStringLiteral("identityMe"));
    m_me->setAccessibleName(tr("My name"));
    m_me->setPlaceholderText(QStringLiteral("Myself"));
    m_me->setToolTip(tr("The owner name of my tasks (@Myself)"));
    m_me->setMaximumWidth(140);
    m_aliases->setObjectName(QStringLiteral("identityAliases"));
    m_aliases->setAccessibleName(tr("My other names"));
    m_aliases->setPlaceholderText(tr("Other names for me, comma-separated"));
    m_aliases->setToolTip(tr("Names that also mean me, e.g. my full name"));
    m_aliases->setMinimumWidth(200);
    row->addWidget(meLabel);
    row->addWidget(m_me);
    row->addWidget(akaLabel);
    row->addWidget(m_aliases, 1);
    for (QLineEdit *field : { m_me, m_aliases })
        connect(field, &QLineEdit::editingFinished, this, &IdentityEditor::apply);
    setIdentity(loadIdentity());
}

IdentityEditor::~IdentityEditor() = default;

QStringList IdentityEditor::splitAliases(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out.append(name);
    }
    return out;
}

void IdentityEditor::setIdentity(const core::Identity &identity)
{
    m_identity = identity;
    m_me->setText(identity.me);
    m_aliases->setText(identity.aliases.join(QStringLiteral(", ")));
}

void IdentityEditor::apply()
{
    core::Identity next;
    const QString me = m_me->text().trimmed();
    next.me = me.isEmpty() ? core::Identity().me : me;
    next.aliases = splitAliases(m_aliases->text());
    if (next.me == m_identity.me && next.aliases == m_identity.aliases)
        return;
    setIdentity(next);
    saveIdentity(next);
    Q_EMIT identityChanged(next);
}

core::Identity IdentityEditor::loadIdentity()
{
    const Settings settings;
    core::Identity identity;
    identity.me = settings.identityMe();
    identity.aliases = settings.identityAliases();
    return identity;
}

void IdentityEditor::saveIdentity(const core::Identity &identity)
{
    Settings settings;
    settings.setIdentityMe(identity.me);
    settings.setIdentityAliases(identity.aliases);
}

} // namespace ui
