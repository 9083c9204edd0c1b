// SPDX-License-Identifier: GPL-3.0-or-later
// The message bar a pane says a refusal in: hidden until a message comes, the message's text,
// its action and a close button; it stays until dismissed or superseded, and a screen reader is
// told when it appears.

#include "ui/widgets/messagebar.h"

#include <QAccessible>
#include <QLabel>
#include <QSignalSpy>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

class tst_MessageBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenUntilAMessageComes();
    void actionHidesItAndIsReported();
    void closeDismissesIt();
    void newMessageReplacesTheOld_data();
    void newMessageReplacesTheOld();
    void screenReaderIsAlerted();
};

namespace {

QToolButton *button(const ui::MessageBar &bar, const char *name)
{
    return bar.findChild<QToolButton *>(QString::fromLatin1(name));
}

} // namespace

void tst_MessageBar::hiddenUntilAMessageComes()
{
    QWidget window;
    auto *bar = new ui::MessageBar(&window);
    QVBoxLayout column(&window);
    column.addWidget(bar);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!bar->isVisible());
    QVERIFY(!bar->hasMessage());
    bar->showMessage(ui::MessageBar::Kind::Error, QStringLiteral("The line changed — reload."),
        QStringLiteral("Reload"));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("The line changed — reload."));
    QCOMPARE(bar->kind(), ui::MessageBar::Kind::Error);
    QVERIFY(button(*bar, "messageAction")->isVisible());
    QCOMPARE(button(*bar, "messageAction")->text(), QStringLiteral("Reload"));
    QVERIFY(button(*bar, "messageClose")->isVisible());
    QVERIFY(!button(*bar, "messageClose")->accessibleName().isEmpty());
}

void tst_MessageBar::actionHidesItAndIsReported()
{
    ui::MessageBar bar;
    bar.showMessage(ui::MessageBar::Kind::Error, QStringLiteral("x"), QStringLiteral("Reload"));
    QSignalSpy action(&bar, &ui::MessageBar::actionTriggered);
    QTest::mouseClick(button(bar, "messageAction"), Qt::LeftButton);
    QCOMPARE(action.count(), 1);
    QVERIFY(!bar.hasMessage());
}

void tst_MessageBar::closeDismissesIt()
{
    ui::MessageBar bar;
    bar.showMessage(ui::MessageBar::Kind::Info, QStringLiteral("x"));
    bar.show();
    QSignalSpy dismissed(&bar, &ui::MessageBar::dismissed);
    QTest::mouseClick(button(bar, "messageClose"), Qt::LeftButton);
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!bar.hasMessage());
    bar.clear(); // already hidden: nothing to dismiss
    QCOMPARE(dismissed.count(), 1);
}

void tst_MessageBar::newMessageReplacesTheOld_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("with an action") << QStringLiteral("Reload");
    QTest::newRow("without an action") << QString();
}

void tst_MessageBar::newMessageReplacesTheOld()
{
    QFETCH(QString, action);
    QWidget window;
    auto *bar = new ui::MessageBar(&window);
    window.show();
    bar->showMessage(ui::MessageBar::Kind::Error, QStringLiteral("old"), QStringLiteral("Old"));
    bar->showMessage(ui::MessageBar::Kind::Warning, QStringLiteral("new"), action);
    QCOMPARE(bar->text(), QStringLiteral("new"));
    QCOMPARE(bar->kind(), ui::MessageBar::Kind::Warning);
    QCOMPARE(button(*bar, "messageAction")->isVisible(), !action.isEmpty());
}

void tst_MessageBar::screenReaderIsAlerted()
{
    QWidget window;
    auto *bar = new ui::MessageBar(&window);
    window.show();
    QSignalSpy alerted(bar, &ui::MessageBar::alerted);
    bar->showMessage(ui::MessageBar::Kind::Error, QStringLiteral("Refused"));
    QCOMPARE(alerted.count(), 1); // an Alert event: offscreen has no accessibility to see it
    QCOMPARE(QAccessible::queryAccessibleInterface(bar)->text(QAccessible::Description),
        QStringLiteral("Refused"));
}

QTEST_MAIN(tst_MessageBar)
#include "tst_messagebar.moc"
