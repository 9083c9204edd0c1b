// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace ui {

// Help ▸ About: the version, the licence, and where Vaultview keeps its files for this vault —
// the index (a disposable cache), the undo journal (user data) and the settings.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Locations
    {
        QString index;
        QString journal;
        QString settings;
    };

    explicit AboutDialog(const Locations &locations, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AboutDialog)

private:
    QWidget *locationRow(const QString &path, const QString &none);
};

} // namespace ui
