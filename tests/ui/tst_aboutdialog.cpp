// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ About says the version, the licence and where the index, journal and settings live.
#include "ui/shell/aboutdialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysVersionLicenceAndLocations();
};

void tst_AboutDialog::saysVersionLicenceAndLocations()
{
    QApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    QTemporaryDir dir;
    const QString index = dir.filePath(QStringLiteral("cache/abc.sqlite"));
    const QString journal = dir.path(); // exists
    ui::AboutDialog dialog({ index, journal, QString() });
    dialog.resize(640, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (qEnvironmentVariableIsSet("VAULTVIEW_TEST_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("VAULTVIEW_TEST_SHOTS") + QStringLiteral("/about.png"));

    QStringList texts;
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("9.8.7")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("General Public License, version 3 or later")));
    QVERIFY(texts.contains(index));
    QVERIFY(texts.contains(journal));
    QVERIFY(texts.contains(QStringLiteral("(not saved)")));
    // "Show" only for a location that exists.
    const auto buttons = dialog.findChildren<QPushButton *>();
    int enabled = 0;
    for (const QPushButton *button : buttons)
        enabled += button->text() == u"Show" && button->isEnabled();
    QCOMPARE(enabled, 1);
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
