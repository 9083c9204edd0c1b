// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/aboutdialog.h"

#include "ui/shell/desktopintegration.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

AboutDialog::AboutDialog(const Locations &locations, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Vaultview"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>Vaultview %1</h2>").arg(QApplication::applicationVersion()), this);
    auto *summary = new QLabel(
        tr("Browse a vault of Markdown meeting notes: summaries, tasks, decisions and people side "
           "by side. Vaultview writes into the vault only the task lines you change, and every "
           "change can be undone."),
        this);
    summary->setWordWrap(true);
    auto *licence = new QLabel(
        tr("Free software under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU "
           "General Public License, version 3 or later</a>. There is no warranty."),
        this);
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    auto *built = new QLabel(tr("Built with Qt %1 (running on %2), md4c, yaml-cpp, libical and SQLite.")
                                 .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
        this);
    built->setWordWrap(true);

    auto *form = new QFormLayout;
    const QString noVault = tr("(no vault open)");
    form->addRow(tr("Index (a cache, rebuilt when deleted):"), locationRow(locations.index, noVault));
    form->addRow(tr("Undo journal (your history of edits):"), locationRow(locations.journal, noVault));
    form->addRow(tr("Settings:"), locationRow(locations.settings, tr("(not saved)")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> { title, summary, licence, built })
        text->addWidget(w);
    text->addLayout(form);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

// The path, selectable, and a button that shows it in the file manager.
QWidget *AboutDialog::locationRow(const QString &path, const QString &none)
{
    auto *row = new QWidget(this);
    auto *label = new QLabel(path.isEmpty() ? none : path, row);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(path);
    auto *show = new QPushButton(tr("Show"), row);
    show->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
    show->setAccessibleDescription(tr("Show %1 in the file manager").arg(path));
    connect(show, &QPushButton::clicked, this, [path] { DesktopIntegration::reveal(path); });
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(show);
    return row;
}

} // namespace ui
