// SPDX-License-Identifier: GPL-3.0-or-later
// PersonFilterModel: the People directory's filter field names people as person: does.

#include "ui/people/personfiltermodel.h"
#include "ui/people/persontablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_PersonFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void filters_data();
    void filters();
    void myRowAnswersToMyAliases();

private:
    QStringList shown() const;
    std::unique_ptr<ui::PersonTableModel> m_source;
    std::unique_ptr<ui::PersonFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {
core::PeopleDirectory::Person person(const QString &name, bool isMe = false)
{
    core::PeopleDirectory::Person p;
    p.name = name;
    p.isMe = isMe;
    return p;
}
} // namespace

void tst_PersonFilterModel::init()
{
    m_tester.reset();
    m_filter = std::make_unique<ui::PersonFilterModel>();
    m_source = std::make_unique<ui::PersonTableModel>();
    m_source->setPeople({ person(QStringLiteral("Alon Horev")),
        person(QStringLiteral("Alice Brown")), person(QStringLiteral("Zoë Kravitz")),
        person(QStringLiteral("Myself"), true), person(QStringLiteral("Bob Stone")) });
    m_filter->setSourceModel(m_source.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QStringList tst_PersonFilterModel::shown() const
{
    QStringList out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out.append(m_filter->index(row, 0).data(ui::PersonTableModel::NameRole).toString());
    return out;
}

void tst_PersonFilterModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const QString alon = QStringLiteral("Alon Horev");
    QTest::newRow("empty: everyone")
        << QString()
        << QStringList { alon, QStringLiteral("Alice Brown"), QStringLiteral("Zoë Kravitz"),
               QStringLiteral("Myself"), QStringLiteral("Bob Stone") };
    QTest::newRow("prefix: first name") << QStringLiteral("alon") << QStringList { alon };
    QTest::newRow("prefix: last name") << QStringLiteral("horev") << QStringList { alon };
    QTest::newRow("prefix: two words") << QStringLiteral("alon h") << QStringList { alon };
    QTest::newRow("exact: full name") << QStringLiteral("Alon Horev") << QStringList { alon };
    QTest::newRow("case: ALON") << QStringLiteral("ALON") << QStringList { alon };
    QTest::newRow("accent: zoe finds Zoë")
        << QStringLiteral("zoe") << QStringList { QStringLiteral("Zoë Kravitz") };
    QTest::newRow("two people: al matches both")
        << QStringLiteral("al") << QStringList { alon, QStringLiteral("Alice Brown") };
    QTest::newRow("negative: lon is not a prefix") << QStringLiteral("lon") << QStringList();
}

void tst_PersonFilterModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_filter->setFilterText(text);
    QCOMPARE(m_filter->filterText(), text);
    QCOMPARE(shown(), expected);
}

void tst_PersonFilterModel::myRowAnswersToMyAliases()
{
    m_filter->setFilterText(QStringLiteral("jason"));
    QCOMPARE(shown(), QStringList());
    m_filter->setMyNames({ QStringLiteral("Myself"), QStringLiteral("Jason Vallery") });
    QCOMPARE(shown(), QStringList { QStringLiteral("Myself") });
    m_filter->setFilterText(QStringLiteral("vall"));
    QCOMPARE(shown(), QStringList { QStringLiteral("Myself") });
}

QTEST_MAIN(tst_PersonFilterModel)
#include "tst_personfiltermodel.moc"
