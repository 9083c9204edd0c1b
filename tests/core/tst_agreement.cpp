// SPDX-License-Identifier: GPL-3.0-or-later
// Agreement with ../shared/vaultgen.py: every generated note, hazards included (CRLF, BOM,
// mojibake, no or broken frontmatter, wikilinked people, tag strings, date-times, code blocks,
// subtasks, [X], long lines, transcripts), parses to exactly what the generator's manifest says.

#include "core/parse/noteparser.h"
#include "testvault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

using core::Note;
using core::NoteParser;
using core::Task;

namespace {

constexpr int kNotes = 300;
constexpr double kHazardRate = 0.2;

QString show(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("null");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.isDouble() ? QString::number(value.toInt()) : u'"' + value.toString() + u'"';
}

QJsonValue json(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue json(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// Appends "path: field: got X, manifest says Y" when the two differ.
void expect(QStringList &mismatches, const QString &where, const QString &field,
    const QJsonValue &got, const QJsonValue &want)
{
    if (got != want) {
        mismatches.append(where + QStringLiteral(": ") + field + QStringLiteral(": got ")
            + show(got) + QStringLiteral(", manifest says ") + show(want));
    }
}

void compareTask(
    QStringList &mismatches, const QString &where, const Task &task, const QJsonObject &want)
{
    expect(mismatches, where, QStringLiteral("line"), task.line, want.value(u"line"));
    expect(mismatches, where, QStringLiteral("status"), task.status, want.value(u"status"));
    expect(mismatches, where, QStringLiteral("due"), json(task.due), want.value(u"due"));
    expect(mismatches, where, QStringLiteral("scheduled"), json(task.scheduled),
        want.value(u"scheduled"));
    expect(mismatches, where, QStringLiteral("start"), json(task.start), want.value(u"start"));
    expect(mismatches, where, QStringLiteral("done"), json(task.done), want.value(u"done"));
    expect(mismatches, where, QStringLiteral("priority"), task.priority, want.value(u"priority"));
    expect(mismatches, where, QStringLiteral("owner"), json(task.owner), want.value(u"owner"));
    expect(mismatches, where, QStringLiteral("tags"), json(task.tags), want.value(u"tags"));
}

void compareNote(QStringList &mismatches, const Note &note, const QJsonObject &want)
{
    const QString where = note.path;
    expect(mismatches, where, QStringLiteral("title"), note.title, want.value(u"title"));
    expect(mismatches, where, QStringLiteral("date"), json(note.date), want.value(u"date"));
    expect(mismatches, where, QStringLiteral("type"), json(note.type), want.value(u"type"));
    expect(mismatches, where, QStringLiteral("people"), json(note.people), want.value(u"people"));
    expect(mismatches, where, QStringLiteral("tags"), json(note.tags), want.value(u"tags"));
    expect(mismatches, where, QStringLiteral("decisions"), int(note.decisions.size()),
        want.value(u"decisions"));
    const QJsonArray tasks = want.value(u"tasks").toArray();
    expect(
        mismatches, where, QStringLiteral("task count"), int(note.tasks.size()), int(tasks.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(note.tasks.size(), tasks.size()); ++i)
        compareTask(mismatches, where + QStringLiteral(" task ") + QString::number(i + 1),
            note.tasks.at(i), tasks.at(i).toObject());
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manifest_data();
    void manifest();
};

void TestAgreement::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())
        QSKIP("python3 is not available");
    if (!QFileInfo::exists(TestVault::vaultgenPath()))
        QSKIP("vaultgen.py is not available");
}

void TestAgreement::manifest_data()
{
    QTest::addColumn<int>("seed");
    QTest::newRow("vaultgen: 300 notes, hazard rate 0.2, seed 20251028") << 20251028;
    QTest::newRow("vaultgen: 300 notes, hazard rate 0.2, seed 7") << 7;
}

void TestAgreement::manifest()
{
    QFETCH(int, seed);
    TestVault vault;
    QVERIFY(vault.isValid());
    QString manifestPath;
    QVERIFY2(vault.generate(kNotes, seed, kHazardRate, &manifestPath), "vaultgen.py failed");

    QFile manifest(manifestPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QStringList mismatches;
    QSet<QString> hazards;
    int notes = 0;
    while (!manifest.atEnd()) {
        const QByteArray line = manifest.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject want = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString path = want.value(u"path").toString();
        const QByteArray bytes = vault.read(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        compareNote(mismatches, NoteParser::parse(path, bytes), want);
        for (const QJsonValue &hazard : want.value(u"hazards").toArray())
            hazards.insert(hazard.toString());
        ++notes;
    }
    QCOMPARE(notes, kNotes);
    QVERIFY2(mismatches.isEmpty(),
        qPrintable(QString::number(mismatches.size()) + QStringLiteral(" mismatches:\n")
            + mismatches.mid(0, 20).join(u'\n')));
    // The vault must have exercised every hazard for the agreement to mean anything.
    for (const char *hazard :
        { "crlf", "bom", "mojibake", "no_frontmatter", "bad_yaml", "wikilink_people", "tags_string",
            "datetime", "code_block", "subtasks", "upper_x", "long_line", "transcript" })
        QVERIFY2(hazards.contains(QString::fromLatin1(hazard)), hazard);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
