// SPDX-License-Identifier: GPL-3.0-or-later
// The two-level tree base: a small shelf model (groups of named items) under
// QAbstractItemModelTester; every index finds its way back through parent(), data() and flags()
// reach the hooks with the right group and row, and children come and go under their group.

#include "ui/widgets/groupedtreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {

// Shelves of items: a group's data is its name, a child's is its item ("group/row/column" for
// PlaceRole, so the test sees what the hooks were given).
class ShelfModel final : public ui::GroupedTreeModel
{
public:
    enum Roles { PlaceRole = Qt::UserRole };
    struct Shelf
    {
        QString name;
        QStringList items;
    };

    explicit ShelfModel(QObject *parent = nullptr)
        : GroupedTreeModel(parent)
    { }
    Q_DISABLE_COPY_MOVE(ShelfModel)

    void setShelves(const QList<Shelf> &shelves)
    {
        beginResetModel();
        m_shelves = shelves;
        endResetModel();
    }
    void insertItem(int shelf, int row, const QString &item)
    {
        beginInsertChildren(shelf, row, row);
        m_shelves[shelf].items.insert(row, item);
        endInsertChildren();
    }
    void removeItem(int shelf, int row)
    {
        beginRemoveChildren(shelf, row, row);
        m_shelves[shelf].items.removeAt(row);
        endRemoveChildren();
    }

    int groupCount() const override { return int(m_shelves.size()); }
    int childCount(int group) const override { return int(m_shelves.at(group).items.size()); }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        Q_UNUSED(parent)
        return 2;
    }

private:
    QVariant groupData(int group, int column, int role) const override
    {
        if (role == PlaceRole)
            return QStringLiteral("%1/-/%2").arg(group).arg(column);
        if (role == Qt::DisplayRole && column == 0)
            return m_shelves.at(group).name;
        return {};
    }
    QVariant childData(int group, int row, int column, int role) const override
    {
        if (role == PlaceRole)
            return QStringLiteral("%1/%2/%3").arg(group).arg(row).arg(column);
        if (role == Qt::DisplayRole && column == 0)
            return m_shelves.at(group).items.at(row);
        return {};
    }

    QList<Shelf> m_shelves;
};

QList<ShelfModel::Shelf> sample()
{
    return { { QStringLiteral("fruit"), { QStringLiteral("apple"), QStringLiteral("pear") } },
        { QStringLiteral("empty"), {} }, { QStringLiteral("veg"), { QStringLiteral("leek") } } };
}

} // namespace

class tst_GroupedTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shape();
    void everyIndexFindsItsParent();
    void dataAndFlagsReachTheHooks();
    void foreignAndStaleIndexesAreRefused();
    void childrenComeAndGoUnderTheirGroup();
    void resetReplacesEverything();
};

void tst_GroupedTreeModel::shape()
{
    ShelfModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hasChildren());
    model.setShelves(sample());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.hasChildren());
    QCOMPARE(model.rowCount(model.groupIndex(0)), 2);
    QVERIFY(model.hasChildren(model.groupIndex(0)));
    QCOMPARE(model.rowCount(model.groupIndex(1)), 0);
    QVERIFY(!model.hasChildren(model.groupIndex(1)));
    // Only the first column of a group holds its rows, and rows hold nothing.
    QCOMPARE(model.rowCount(model.groupIndex(0, 1)), 0);
    QVERIFY(!model.hasChildren(model.groupIndex(0, 1)));
    QCOMPARE(model.rowCount(model.childIndex(0, 0)), 0);
    QVERIFY(!model.hasChildren(model.childIndex(0, 0)));
    QVERIFY(!model.index(0, 0, model.childIndex(0, 0)).isValid());
}

void tst_GroupedTreeModel::everyIndexFindsItsParent()
{
    ShelfModel model;
    model.setShelves(sample());
    for (int g = 0; g < model.rowCount(); ++g) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex group = model.index(g, column);
            QVERIFY(group.isValid());
            QVERIFY(!model.parent(group).isValid());
            QVERIFY(model.isGroup(group));
            QCOMPARE(model.groupOf(group), g);
            QCOMPARE(model.groupIndex(g, column), group);
        }
        const QModelIndex group = model.index(g, 0);
        for (int r = 0; r < model.rowCount(group); ++r) {
            for (int column = 0; column < model.columnCount(group); ++column) {
                const QModelIndex child = model.index(r, column, group);
                QVERIFY(child.isValid());
                QCOMPARE(model.parent(child), group);
                QCOMPARE(child.parent(), group);
                QVERIFY(!model.isGroup(child));
                QCOMPARE(model.groupOf(child), g);
                QCOMPARE(model.childIndex(g, r, column), child);
                QCOMPARE(child.siblingAtColumn(0), model.index(r, 0, group));
            }
        }
    }
    QVERIFY(!model.groupIndex(3).isValid());
    QVERIFY(!model.childIndex(0, 2).isValid());
    QVERIFY(!model.childIndex(1, 0).isValid()); // an empty group
    QVERIFY(!model.childIndex(5, 0).isValid()); // no such group: not a group's index either
    QVERIFY(!model.childIndex(0, 0, 2).isValid());
    QCOMPARE(model.groupOf(QModelIndex()), -1);
    QVERIFY(!model.isGroup(QModelIndex()));
}

void tst_GroupedTreeModel::dataAndFlagsReachTheHooks()
{
    ShelfModel model;
    model.setShelves(sample());
    QCOMPARE(model.groupIndex(2).data().toString(), QStringLiteral("veg"));
    QCOMPARE(model.childIndex(0, 1).data().toString(), QStringLiteral("pear"));
    QCOMPARE(model.childIndex(2, 0).data().toString(), QStringLiteral("leek"));
    QCOMPARE(
        model.groupIndex(1, 1).data(ShelfModel::PlaceRole).toString(), QStringLiteral("1/-/1"));
    QCOMPARE(
        model.childIndex(0, 1, 1).data(ShelfModel::PlaceRole).toString(), QStringLiteral("0/1/1"));
    QCOMPARE(
        model.childIndex(2, 0).data(ShelfModel::PlaceRole).toString(), QStringLiteral("2/0/0"));

    QCOMPARE(model.flags(model.groupIndex(0)), Qt::ItemFlags(Qt::ItemIsEnabled));
    QCOMPARE(model.flags(model.childIndex(0, 0, 1)),
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    QCOMPARE(model.flags(QModelIndex()), Qt::ItemFlags(Qt::NoItemFlags));
}

void tst_GroupedTreeModel::foreignAndStaleIndexesAreRefused()
{
    ShelfModel model;
    model.setShelves(sample());
    ShelfModel other;
    other.setShelves(sample());
    const QModelIndex foreign = other.childIndex(0, 1);
    QVERIFY(!model.isGroup(other.groupIndex(0)));
    QCOMPARE(model.groupOf(foreign), -1);
    QVERIFY(!model.hasChildren(other.groupIndex(0)));

    const QPersistentModelIndex pear = model.childIndex(0, 1);
    model.removeItem(0, 1);
    QVERIFY(!pear.isValid());
    QVERIFY(!model.data(pear).isValid());
}

void tst_GroupedTreeModel::childrenComeAndGoUnderTheirGroup()
{
    ShelfModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShelves(sample());
    const QPersistentModelIndex leek = model.childIndex(2, 0);
    const QPersistentModelIndex pear = model.childIndex(0, 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.insertItem(0, 1, QStringLiteral("banana"));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.groupIndex(0));
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.childIndex(0, 1).data().toString(), QStringLiteral("banana"));
    QCOMPARE(pear.row(), 2); // moved down within its group
    QCOMPARE(pear.data().toString(), QStringLiteral("pear"));
    QCOMPARE(leek.data().toString(), QStringLiteral("leek")); // other groups untouched

    model.insertItem(1, 0, QStringLiteral("dust"));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), model.groupIndex(1));
    QVERIFY(model.hasChildren(model.groupIndex(1)));

    model.removeItem(0, 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).value<QModelIndex>(), model.groupIndex(0));
    QCOMPARE(pear.row(), 1);
    QCOMPARE(model.rowCount(model.groupIndex(0)), 2);
    QCOMPARE(leek.parent(), model.groupIndex(2));
}

void tst_GroupedTreeModel::resetReplacesEverything()
{
    ShelfModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setShelves(sample());
    const QPersistentModelIndex leek = model.childIndex(2, 0);
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setShelves({ { QStringLiteral("tools"), { QStringLiteral("saw") } } });
    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QVERIFY(!leek.isValid());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.childIndex(0, 0).data().toString(), QStringLiteral("saw"));
    model.setShelves({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.groupIndex(0).isValid());
}

QTEST_MAIN(tst_GroupedTreeModel)
#include "tst_groupedtreemodel.moc"
