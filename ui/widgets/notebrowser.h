// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace ui {

// The text browser of a rendered note. It loads nothing from outside the vault (no remote
// images, no local files elsewhere: loadResource() answers nothing), runs nothing (QTextDocument
// has no scripts; raw HTML is escaped by MarkdownRenderer) and never follows a link by itself.
class NoteBrowser final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NoteBrowser(QWidget *parent = nullptr);
    ~NoteBrowser() override;
    Q_DISABLE_COPY_MOVE(NoteBrowser)

    // Where relative images are looked up: the vault root and the note (vault-relative).
    void setNote(const QString &vaultRoot, const QString &notePath);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_root;
    QString m_notePath;
};

} // namespace ui
