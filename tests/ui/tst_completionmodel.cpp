// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/completionmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using ui::CompletionModel;

class tst_CompletionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void completes_data();
    void completes();
    void limitsRows();
    void completesPeopleByAnyPartOfTheName_data();
    void completesPeopleByAnyPartOfTheName();

private:
    QStringList rows() const;
    CompletionModel *m_model = nullptr;
    std::unique_ptr<CompletionModel> m_owner;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CompletionModel::init()
{
    m_tester.reset();
    m_owner = std::make_unique<CompletionModel>();
    m_model = m_owner.get();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setVocabulary(
        { QStringLiteral("Alon Horev"), QStringLiteral("Priya Patel"), QStringLiteral("Myself") },
        { QStringLiteral("apollo"), QStringLiteral("type/people"), QStringLiteral("budget") },
        { QStringLiteral("people"), QStringLiteral("project") });
}

QStringList tst_CompletionModel::rows() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->data(m_model->index(row), CompletionModel::InsertRole).toString());
    return out;
}

void tst_CompletionModel::completes_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing typed") << QString() << QStringList();
    QTest::newRow("person prefix")
        << QStringLiteral("person:al") << QStringList { QStringLiteral("person:\"Alon Horev\"") };
    QTest::newRow("person last name")
        << QStringLiteral("person:pat") << QStringList { QStringLiteral("person:\"Priya Patel\"") };
    QTest::newRow("person all") << QStringLiteral("owner:")
                                << QStringList { QStringLiteral("owner:\"Alon Horev\""),
                                       QStringLiteral("owner:\"Priya Patel\""),
                                       QStringLiteral("owner:Myself") };
    QTest::newRow("opened quote") << QStringLiteral("person:\"Al")
                                  << QStringList { QStringLiteral("person:\"Alon Horev\"") };
    QTest::newRow("complete already") << QStringLiteral("person:\"Alon Horev\"") << QStringList();
    QTest::newRow("tag") << QStringLiteral("tag:ap")
                         << QStringList { QStringLiteral("tag:apollo") };
    QTest::newRow("tag part") << QStringLiteral("tag:peo")
                              << QStringList { QStringLiteral("tag:type/people") };
    QTest::newRow("hash tag") << QStringLiteral("tag:#bud")
                              << QStringList { QStringLiteral("tag:budget") };
    QTest::newRow("negated") << QStringLiteral("-tag:b")
                             << QStringList { QStringLiteral("-tag:budget") };
    QTest::newRow("type") << QStringLiteral("type:pe")
                          << QStringList { QStringLiteral("type:people") };
    QTest::newRow("status") << QStringLiteral("status:pr")
                            << QStringList { QStringLiteral("status:proposed") };
    QTest::newRow("due") << QStringLiteral("due:o")
                         << QStringList { QStringLiteral("due:overdue") };
    QTest::newRow("is") << QStringLiteral(
        "is:") << QStringList { QStringLiteral("is:blocked"), QStringLiteral("is:blocking") };
    QTest::newRow("negated is") << QStringLiteral("-is:blocki")
                                << QStringList { QStringLiteral("-is:blocking") };
    QTest::newRow("field then values") << QStringLiteral(
        "pe") << QStringList { QStringLiteral("person:"), QStringLiteral("tag:type/people") };
    QTest::newRow("bare name") << QStringLiteral("horev")
                               << QStringList { QStringLiteral("person:\"Alon Horev\"") };
    QTest::newRow("no completion for dates") << QStringLiteral("after:20") << QStringList();
}

void tst_CompletionModel::completes()
{
    QFETCH(QString, word);
    QFETCH(QStringList, expected);
    m_model->complete(word);
    QCOMPARE(rows(), expected);
    QCOMPARE(m_model->word(), word);
    if (!expected.isEmpty())
        QCOMPARE(m_model->data(m_model->index(0), Qt::DisplayRole).toString(), expected.first());
}

void tst_CompletionModel::limitsRows()
{
    QStringList many;
    for (int i = 0; i < 200; ++i)
        many.append(QStringLiteral("Person %1").arg(i));
    m_model->setVocabulary(many, {}, {});
    m_model->complete(QStringLiteral("person:"));
    QCOMPARE(m_model->rowCount(), CompletionModel::kMaxRows);
    QCOMPARE(m_model->data(m_model->index(0), CompletionModel::KindRole).toString(),
        QStringLiteral("person"));
}

void tst_CompletionModel::completesPeopleByAnyPartOfTheName_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QStringList>("expected");
    const QString alon = QStringLiteral("person:\"Alon Horev\"");
    const QString alice = QStringLiteral("person:\"Alice Brown\"");
    QTest::newRow("two people: al shows both")
        << QStringLiteral("person:al") << QStringList { alon, alice };
    QTest::newRow("owner: two people") << QStringLiteral("owner:al")
                                       << QStringList { QStringLiteral("owner:\"Alon Horev\""),
                                              QStringLiteral("owner:\"Alice Brown\"") };
    QTest::newRow("prefix: two words") << QStringLiteral("person:\"alon h") << QStringList { alon };
    QTest::newRow("prefix: two words, last name first")
        << QStringLiteral("person:\"h al") << QStringList { alon };
    QTest::newRow("accent: zoe finds Zoë")
        << QStringLiteral("person:zoe") << QStringList { QStringLiteral("person:\"Zoë Kravitz\"") };
    QTest::newRow("case: ALON") << QStringLiteral("person:ALON") << QStringList { alon };
    QTest::newRow("negative: lon is not a prefix") << QStringLiteral("person:lon") << QStringList();
    QTest::newRow("bare word: accent")
        << QStringLiteral("zoe") << QStringList { QStringLiteral("person:\"Zoë Kravitz\"") };
}

void tst_CompletionModel::completesPeopleByAnyPartOfTheName()
{
    QFETCH(QString, word);
    QFETCH(QStringList, expected);
    m_model->setVocabulary({ QStringLiteral("Alon Horev"), QStringLiteral("Alice Brown"),
                               QStringLiteral("Zoë Kravitz"), QStringLiteral("Bob Stone") },
        {}, {});
    m_model->complete(word);
    QCOMPARE(rows(), expected);
}

QTEST_MAIN(tst_CompletionModel)
#include "tst_completionmodel.moc"
