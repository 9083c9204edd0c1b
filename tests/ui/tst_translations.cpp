// SPDX-License-Identifier: GPL-3.0-or-later
// The translations: the German .qm built from translations/vaultview_de.ts turns the UI's
// strings (menus, headers, plural counts) into German, the English one gives the singular of
// the plural strings, and every entry of the .ts files is translated with its placeholders and
// accelerator kept.

#include "core/model/task.h"
#include "ui/people/persontablemodel.h"
#include "ui/tasks/taskroles.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            messages.append(
                { context, {}, {}, false, xml.attributes().value(QLatin1StringView("numerus")) == u"yes" });
        } else if (xml.name() == u"source" && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"translation" && !messages.isEmpty()) {
            const auto type = xml.attributes().value(QLatin1StringView("type"));
            messages.last().unfinished = !type.isEmpty(); // unfinished, vanished or obsolete
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty()) {
            messages.last().translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The placeholders a text must keep: %1…%99, %L1, %n, %Ln.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString &text)
{
    return text.count(u'&') > text.count(QStringLiteral("&&")) * 2;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void germanStrings_data();
    void germanStrings();
    void germanPlurals_data();
    void germanPlurals();
    void uiCodeAsksTheTranslator();
    void englishPlurals_data();
    void englishPlurals();
    void tsFilesComplete_data();
    void tsFilesComplete();

private:
    bool install(const QString &language);
    std::unique_ptr<QTranslator> m_translator;
};

bool tst_Translations::install(const QString &language)
{
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(
            QStringLiteral("vaultview_") + language, QStringLiteral(VAULTVIEW_QM_DIR)))
        return false;
    return QCoreApplication::installTranslator(m_translator.get());
}

void tst_Translations::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void tst_Translations::germanStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");
    QTest::newRow("menu title") << "ui::MainMenus"
                                << "&File"
                                << "&Datei";
    QTest::newRow("menu entry keeps its accelerator") << "ui::MainMenus"
                                                      << "&Undo"
                                                      << "&Rückgängig";
    QTest::newRow("pane title") << "ui::MeetingListPane"
                                << "Meetings"
                                << "Besprechungen";
    QTest::newRow("view switcher, short for its narrow buttons") << "ui::ViewSwitcher"
                                                                 << "Meetings"
                                                                 << "Sitzungen";
    QTest::newRow("button") << "ui::TasksView"
                            << "Reassign…"
                            << "Neu zuweisen …";
    QTest::newRow("placeholder argument") << "ui::TimelineView"
                                          << "Week of %1"
                                          << "Woche vom %1";
    QTest::newRow("free function context") << "ui::TaskState"
                                           << "Done"
                                           << "Erledigt";
}

void tst_Translations::germanStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QVERIFY(install(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate(context.toLatin1(), source.toUtf8()), german);
}

void tst_Translations::germanPlurals_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("german");
    QTest::newRow("one") << 1 << "1 Person";
    QTest::newRow("many") << 3 << "3 Personen";
    QTest::newRow("none") << 0 << "0 Personen";
}

void tst_Translations::germanPlurals()
{
    QFETCH(int, count);
    QFETCH(QString, german);
    QVERIFY(install(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("ui::PeopleView", "%n people", nullptr, count), german);
}

// The strings reach the translator from the code under the contexts lupdate gave them.
void tst_Translations::uiCodeAsksTheTranslator()
{
    QVERIFY(install(QStringLiteral("de")));
    QCOMPARE(ui::TaskColumns::headerData(ui::TaskColumns::OwnerColumn, Qt::DisplayRole).toString(),
        QStringLiteral("Zuständig"));
    QCOMPARE(ui::taskStateLabel(core::TaskState::Proposed), QStringLiteral("Vorgeschlagen"));
    ui::PersonTableModel people;
    QCOMPARE(people.headerData(ui::PersonTableModel::LastMeetingColumn, Qt::Horizontal).toString(),
        QStringLiteral("Zuletzt"));
    cleanup();
    QCOMPARE(ui::taskStateLabel(core::TaskState::Proposed), QStringLiteral("Proposed"));
}

void tst_Translations::englishPlurals_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("english");
    QTest::newRow("one") << 1 << "1 meeting";
    QTest::newRow("many") << 12 << "12 meetings";
}

void tst_Translations::englishPlurals()
{
    QFETCH(int, count);
    QFETCH(QString, english);
    QVERIFY(install(QStringLiteral("en")));
    QCOMPARE(
        QCoreApplication::translate("ui::TimelineView", "%n meetings", nullptr, count), english);
}

void tst_Translations::tsFilesComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("forms");
    QTest::addColumn<bool>("everyMessage");
    QTest::newRow("German") << "vaultview_de.ts" << 2 << true;
    QTest::newRow("English plurals") << "vaultview_en.ts" << 2 << false;
}

void tst_Translations::tsFilesComplete()
{
    QFETCH(QString, file);
    QFETCH(int, forms);
    QFETCH(bool, everyMessage);
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(VAULTVIEW_TS_DIR "/") + file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (everyMessage ? 300 : 10));
    for (const Message &m : messages) {
        const QString where = m.context + u' ' + m.source;
        QVERIFY2(!m.unfinished, qPrintable(where));
        QCOMPARE(m.translations.size(), m.numerus ? forms : 1);
        for (const QString &translation : m.translations) {
            QVERIFY2(!translation.isEmpty(), qPrintable(where));
            // A singular may say "once" instead of "%n".
            QStringList wanted = placeholders(m.source);
            QStringList kept = placeholders(translation);
            if (m.numerus && &translation == &m.translations.first()) {
                wanted.removeAll(QStringLiteral("%n"));
                kept.removeAll(QStringLiteral("%n"));
            }
            QVERIFY2(kept == wanted, qPrintable(where + QStringLiteral(" → ") + translation));
            QVERIFY2(hasAccelerator(translation) == hasAccelerator(m.source),
                qPrintable(where + QStringLiteral(" → ") + translation));
        }
    }
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
