// SPDX-License-Identifier: GPL-3.0-or-later
// SimpleYaml reads the plain frontmatter shape without yaml-cpp. Whatever it accepts it must read
// exactly as yaml-cpp does (Frontmatter::parseYaml is the reference), and whatever it cannot be
// sure of it must decline.

#include "core/parse/frontmatter.h"
#include "core/parse/noteparser.h"
#include "core/parse/simpleyaml.h"
#include "testvault.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

using core::Frontmatter;
using core::SimpleYaml;

namespace {

QString describe(const Frontmatter::Result &r)
{
    const auto opt = [](const std::optional<QString> &v) { return v ? u'"' + *v + u'"' : QStringLiteral("-"); };
    return QStringLiteral("title %1 date %2 type %3 people [%4] tags [%5] error [%6]")
        .arg(opt(r.fields.title), opt(r.fields.date), opt(r.fields.type), r.fields.people.join(u'|'),
             r.fields.tags.join(u'|'), r.error);
}

} // namespace

class TestSimpleYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithYamlCpp_data();
    void agreesWithYamlCpp();
    void realNotesTakeTheFastPath();
};

void TestSimpleYaml::agreesWithYamlCpp_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<bool>("fast");

    QTest::newRow("plain: the seed's shape")
        << QStringLiteral("type: people\ntitle: 1:1 with Alon Horev, MAI Falcon rollout\ndate: '2025-10-28'\n"
                          "person: Alon Horev\nparticipants:\n- Jason Vallery\n- Alon Horev\nsource: transcript\n"
                          "source_ref: /Users/x/Notes/2025-10-28 - Discussed.md\ntags:\n- type/people\n- generated\n")
        << true;
    QTest::newRow("plain: CRLF lines") << QStringLiteral("title: A\r\ntags:\r\n  - x\r\n  - y\r\n") << true;
    QTest::newRow("plain: indented items") << QStringLiteral("participants:\n  - A B\n  - C D\n") << true;
    QTest::newRow("plain: flow list") << QStringLiteral("tags: [a, b/c, d-e]\n") << true;
    QTest::newRow("plain: empty flow list") << QStringLiteral("tags: []\ntitle: x\n") << true;
    QTest::newRow("plain: doubled single quote") << QStringLiteral("person: 'Marcus O''Brien'\n") << true;
    QTest::newRow("plain: double quotes") << QStringLiteral("title: \"A: b\"\n") << true;
    QTest::newRow("plain: quoted items") << QStringLiteral("participants:\n- 'Priya O''Brien'\n- \"Wei\"\n") << true;
    QTest::newRow("plain: comma list in a string") << QStringLiteral("participants: A, B ,C\n") << true;
    QTest::newRow("plain: mojibake and accents") << QStringLiteral("person: Tom\u00c3\u00a1s Garc\u00eda\n") << true;
    QTest::newRow("plain: comments and blank lines")
        << QStringLiteral("# top\ntitle: x\n\n  # indented comment\ntags:\n\n- a\n") << true;
    QTest::newRow("plain: hash inside a word") << QStringLiteral("title: C# and F#\n") << true;
    QTest::newRow("plain: url value") << QStringLiteral("source_ref: https://example.com/a?b=c\n") << true;
    QTest::newRow("plain: numbers and booleans stay text") << QStringLiteral("title: 2025\ntype: yes\n") << true;
    QTest::newRow("plain: duplicate keys") << QStringLiteral("title: a\ntitle: b\ntags: x\ntags: y\n") << true;
    QTest::newRow("plain: upper-case keys") << QStringLiteral("Title: A\nTAGS: [x]\n") << true;
    QTest::newRow("plain: trailing spaces") << QStringLiteral("title: spaced   \ntags:   \n- a  \n") << true;
    QTest::newRow("plain: empty quoted title") << QStringLiteral("title: ''\n") << true;

    QTest::newRow("declined: null value") << QStringLiteral("title: ~\ntype: null\n") << false;
    QTest::newRow("declined: key with nothing under it") << QStringLiteral("title:\ntype: x\n") << false;
    QTest::newRow("declined: null item") << QStringLiteral("tags:\n-\n- a\n") << false;
    QTest::newRow("declined: anchor and alias") << QStringLiteral("title: &t X\ntype: *t\n") << false;
    QTest::newRow("declined: tag") << QStringLiteral("title: !!str 12\n") << false;
    QTest::newRow("declined: block scalar") << QStringLiteral("title: |\n  two\n  lines\n") << false;
    QTest::newRow("declined: continuation line") << QStringLiteral("title: one\n  two\n") << false;
    QTest::newRow("declined: nested map") << QStringLiteral("meta:\n  a: 1\n") << false;
    QTest::newRow("declined: map item") << QStringLiteral("tags:\n- a: 1\n") << false;
    QTest::newRow("declined: escapes") << QStringLiteral("title: \"a\\tb\"\n") << false;
    QTest::newRow("declined: trailing comment") << QStringLiteral("title: x # note\n") << false;
    QTest::newRow("declined: flow map") << QStringLiteral("meta: {a: 1}\n") << false;
    QTest::newRow("declined: quoted flow items") << QStringLiteral("tags: ['a', b]\n") << false;
    QTest::newRow("declined: unclosed quote") << QStringLiteral("title: 'open\n") << false;
    QTest::newRow("declined: text after a quote") << QStringLiteral("title: 'a' b\n") << false;
    QTest::newRow("declined: tab") << QStringLiteral("title:\tx\n") << false;
    QTest::newRow("declined: mixed item indents") << QStringLiteral("tags:\n  - a\n- b\n") << false;
    QTest::newRow("declined: item after a scalar") << QStringLiteral("title: x\n- a\n") << false;
    QTest::newRow("declined: a sequence document") << QStringLiteral("- a\n- b\n") << false;
    QTest::newRow("declined: a scalar document") << QStringLiteral("just words\n") << false;
    QTest::newRow("declined: dash key") << QStringLiteral("-key: x\n") << false;
    QTest::newRow("declined: key without a space") << QStringLiteral("title:x\n") << false;
    QTest::newRow("declined: value ending in a colon") << QStringLiteral("title: x:\n") << false;
    QTest::newRow("declined: next line separator") << QStringLiteral("title: a\u0085b\n") << false;
    QTest::newRow("declined: brackets in a plain value") << QStringLiteral("title: a [b]\n") << false;
    QTest::newRow("declined: colon in a flow item") << QStringLiteral("tags: [a:b]\n") << false;
}

void TestSimpleYaml::agreesWithYamlCpp()
{
    QFETCH(QString, yaml);
    QFETCH(bool, fast);
    QCOMPARE(SimpleYaml::read(yaml).has_value(), fast);
    QCOMPARE(describe(Frontmatter::parse(yaml)), describe(Frontmatter::parseYaml(yaml)));
}

// The sample vault and the seed note: the fast path reads nearly all of them, the same as yaml-cpp.
void TestSimpleYaml::realNotesTakeTheFastPath()
{
    QStringList files { TestVault::seedPath() };
    QDirIterator it(TestVault::sampleVaultPath(), { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    int blocks = 0;
    int fast = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const auto block = Frontmatter::split(text);
        if (!block)
            continue;
        ++blocks;
        fast += SimpleYaml::read(block->yaml) ? 1 : 0;
        QCOMPARE(describe(Frontmatter::parse(block->yaml)), describe(Frontmatter::parseYaml(block->yaml)));
    }
    QVERIFY(blocks > 50);
    QVERIFY2(fast * 10 >= blocks * 8, qPrintable(QStringLiteral("%1 of %2 on the fast path").arg(fast).arg(blocks)));
}

QTEST_APPLESS_MAIN(TestSimpleYaml)
#include "tst_simpleyaml.moc"
