// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/decisions/decisionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using ui::DecisionsModel;

class tst_DecisionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberedInOrder();
    void resetsOnlyWhenChanged();
};

void tst_DecisionsModel::numberedInOrder()
{
    DecisionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDecisions({ QStringLiteral("Ship it."), QStringLiteral("Wait for **Kushal**.") });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), QStringLiteral("Ship it."));
    QCOMPARE(model.data(model.index(1), DecisionsModel::TextRole).toString(),
        QStringLiteral("Wait for **Kushal**."));
    QCOMPARE(model.data(model.index(1), DecisionsModel::NumberRole).toInt(), 2);
    QCOMPARE(model.data(model.index(0), Qt::DecorationRole), QVariant());
    QCOMPARE(model.roleNames().value(DecisionsModel::NumberRole), QByteArray("number"));
}

void tst_DecisionsModel::resetsOnlyWhenChanged()
{
    DecisionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDecisions({ QStringLiteral("One") });
    model.setDecisions({ QStringLiteral("One") });
    QCOMPARE(reset.count(), 1);
    model.setDecisions({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_DecisionsModel)
#include "tst_decisionsmodel.moc"
