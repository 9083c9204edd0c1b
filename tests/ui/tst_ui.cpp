// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's small non-widget classes and the search field: settings, launch options, Markdown
// rendering, theme colours, priority glyphs, task line reading, vocabulary and the SearchBar.

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "core/query/vocabulary.h"
#include "ui/session/settings.h"
#include "ui/shell/completionmodel.h"
#include "ui/shell/desktopintegration.h"
#include "ui/shell/launchoptions.h"
#include "ui/shell/searchbar.h"
#include "ui/widgets/markdownrenderer.h"
#include "ui/widgets/priorityglyph.h"
#include "ui/widgets/theme.h"
#include "uitestsupport.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class tst_Ui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsRoundTrip();
    void launchOptions_data();
    void launchOptions();
    void initialVault();
    void noteArgumentOpensItsVault();
    void obsidianUrl();
    void markdownRenderer();
    void themeColours();
    void priorityGlyphs();
    void vocabulary();
    void searchBarTermAt_data();
    void searchBarTermAt();
    void searchBarDebouncesAndValidates();
    void searchBarCompletesTheWordUnderTheCursor();

private:
    QTemporaryDir m_dir;
};

void tst_Ui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Ui::settingsRoundTrip()
{
    const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        ui::Settings settings(file);
        QCOMPARE(settings.lastVault(), QString());
        QCOMPARE(settings.sortOrder(), ui::Settings::SortOrder::Date);
        settings.setLastVault(QStringLiteral("/v/one"));
        for (int i = 0; i < ui::Settings::kMaxRecentVaults + 3; ++i)
            settings.addRecentVault(QStringLiteral("/v/%1").arg(i));
        settings.addRecentVault(QStringLiteral("/v/3"));
        settings.setLastSelection(QStringLiteral("/v/one"), QStringLiteral("a/b.md"));
        settings.setLastSelection(QStringLiteral("/v/two"), QStringLiteral("c.md"));
        settings.setSplitterState(QStringLiteral("panes"), QByteArray("state"));
        settings.setSortOrder(ui::Settings::SortOrder::Title);
        settings.sync();
    }
    ui::Settings settings(file);
    QCOMPARE(settings.fileName(), file);
    QCOMPARE(settings.lastVault(), QStringLiteral("/v/one"));
    const QStringList recent = settings.recentVaults();
    QCOMPARE(recent.size(), ui::Settings::kMaxRecentVaults);
    QCOMPARE(recent.first(), QStringLiteral("/v/3"));
    QCOMPARE(recent.count(QStringLiteral("/v/3")), 1);
    QCOMPARE(settings.lastSelection(QStringLiteral("/v/one")), QStringLiteral("a/b.md"));
    QCOMPARE(settings.lastSelection(QStringLiteral("/v/two")), QStringLiteral("c.md"));
    QCOMPARE(settings.lastSelection(QStringLiteral("/v/three")), QString());
    QCOMPARE(settings.splitterState(QStringLiteral("panes")), QByteArray("state"));
    QCOMPARE(settings.sortOrder(), ui::Settings::SortOrder::Title);
    settings.removeRecentVault(QStringLiteral("/v/3"));
    QVERIFY(!settings.recentVaults().contains(QStringLiteral("/v/3")));
    settings.clearRecentVaults();
    QVERIFY(settings.recentVaults().isEmpty());
}

void tst_Ui::launchOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QSize>("size");
    QTest::newRow("nothing") << QStringList() << true << QString() << QSize();
    QTest::newRow("positional") << QStringList { QStringLiteral("/v") } << true
                                << QStringLiteral("/v") << QSize();
    QTest::newRow("screenshot") << QStringList { QStringLiteral("--screenshot"),
        QStringLiteral("/tmp/s.png"), QStringLiteral("--vault"), QStringLiteral("/v"),
        QStringLiteral("--size"), QStringLiteral("1500x900"), QStringLiteral("--palette"),
        QStringLiteral("dark"), QStringLiteral("--select"), QStringLiteral("a.md"),
        QStringLiteral("--index"), QStringLiteral("/i.sqlite") }
                                << true << QStringLiteral("/v") << QSize(1500, 900);
    QTest::newRow("bad size") << QStringList { QStringLiteral("--size"), QStringLiteral("big") }
                              << false << QString() << QSize();
    QTest::newRow("bad palette") << QStringList { QStringLiteral("--palette"),
        QStringLiteral("blue") } << false
                                 << QString() << QSize();
    QTest::newRow("two vaults") << QStringList { QStringLiteral("/a"), QStringLiteral("/b") }
                                << false << QString() << QSize();
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--nope") } << false << QString() << QSize();
}

void tst_Ui::launchOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(QString, vault);
    QFETCH(QSize, size);
    QString error;
    const auto options
        = ui::LaunchOptions::parse(QStringList { QStringLiteral("vaultview") } + arguments, &error);
    QCOMPARE(bool(options), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(options->vault, vault);
    QCOMPARE(options->size, size);
    if (arguments.contains(QStringLiteral("--screenshot"))) {
        QVERIFY(options->screenshotMode());
        QCOMPARE(options->palette, QStringLiteral("dark"));
        QCOMPARE(options->select, QStringLiteral("a.md"));
        QCOMPARE(options->indexPath, QStringLiteral("/i.sqlite"));
    }
}

void tst_Ui::initialVault()
{
    ui::Settings settings(m_dir.filePath(QStringLiteral("initial.ini")));
    // The build tree has the installed layout: <build>/bin/../share/vaultview/sample-vault.
    const QString bin = QCoreApplication::applicationDirPath();
    const QString sample = ui::LaunchOptions::sampleVaultPath(bin);
    QCOMPARE(QFileInfo(sample).canonicalFilePath(),
        QFileInfo(TestVault::sampleVaultPath()).canonicalFilePath());
    QCOMPARE(ui::LaunchOptions::sampleVaultPath(QStringLiteral("/nonexistent/bin")), QString());
    ui::LaunchOptions none;
    QCOMPARE(none.initialVault(settings, bin), sample);
    // The last vault wins over the sample, except for screenshots.
    settings.setLastVault(m_dir.path());
    QCOMPARE(none.initialVault(settings, QString()), m_dir.path());
    ui::LaunchOptions shot;
    shot.screenshot = QStringLiteral("x.png");
    QCOMPARE(shot.initialVault(settings, bin), sample);
    ui::LaunchOptions given;
    given.vault = m_dir.path();
    QCOMPARE(given.initialVault(settings, QString()), m_dir.path());
    // The environment variable points elsewhere.
    qputenv("VAULTVIEW_SAMPLE_VAULT", m_dir.path().toUtf8());
    QCOMPARE(ui::LaunchOptions::sampleVaultPath(QString()), QDir::cleanPath(m_dir.path()));
    qunsetenv("VAULTVIEW_SAMPLE_VAULT");
}

void tst_Ui::noteArgumentOpensItsVault()
{
    // The nearest folder above with .obsidian/ is the vault; without one, the note's folder.
    const QDir root(m_dir.filePath(QStringLiteral("notes")));
    QVERIFY(root.mkpath(QStringLiteral("Work/.obsidian")));
    QVERIFY(root.mkpath(QStringLiteral("Work/Meetings/2025")));
    QVERIFY(root.mkpath(QStringLiteral("Loose")));
    const QString inVault = root.filePath(QStringLiteral("Work/Meetings/2025/a b.md"));
    const QString loose = root.filePath(QStringLiteral("Loose/c.md"));
    for (const QString &path : { inVault, loose }) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QCOMPARE(ui::LaunchOptions::vaultRootOf(inVault), root.filePath(QStringLiteral("Work")));
    QCOMPARE(ui::LaunchOptions::vaultRootOf(loose), root.filePath(QStringLiteral("Loose")));

    const auto options = ui::LaunchOptions::parse({ QStringLiteral("vaultview"), inVault }, nullptr);
    QVERIFY(options);
    QCOMPARE(options->vault, root.filePath(QStringLiteral("Work")));
    QCOMPARE(options->select, QStringLiteral("Meetings/2025/a b.md"));
    // The file manager hands several notes at once: the first one is shown.
    const auto several
        = ui::LaunchOptions::parse({ QStringLiteral("vaultview"), loose, inVault }, nullptr);
    QVERIFY(several);
    QCOMPARE(several->select, QStringLiteral("c.md"));
    // Two vault folders are still a mistake.
    QVERIFY(!ui::LaunchOptions::parse(
        { QStringLiteral("vaultview"), root.filePath(QStringLiteral("Work")), root.path() }, nullptr));
}

void tst_Ui::obsidianUrl()
{
    // Obsidian wants the whole path percent-encoded, '/' included.
    const QUrl url = ui::DesktopIntegration::obsidianUrl(QStringLiteral("/home/ana/My Vault/1:1 with Zoë & co.md"));
    QCOMPARE(url.toString(QUrl::FullyEncoded),
        QStringLiteral("obsidian://open?path=%2Fhome%2Fana%2FMy%20Vault%2F1%3A1%20with%20Zo%C3%AB%20%26%20co.md"));
}

void tst_Ui::markdownRenderer()
{
    const QString html = ui::MarkdownRenderer::toHtml(
        QStringLiteral("**Bold** and [[Alon Horev]] <script>x</script>"));
    QVERIFY2(html.contains(QStringLiteral("<strong>Bold</strong>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("class=\"wikilink\"")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    const QString list
        = ui::MarkdownRenderer::listToHtml({ QStringLiteral("one"), QStringLiteral("two\nlines") });
    QCOMPARE(list.count(QStringLiteral("<li>")), 2);
    ui::MarkdownRenderer light(ui::Theme::lightPalette());
    ui::MarkdownRenderer dark(ui::Theme::darkPalette());
    QVERIFY(light.styleSheet().contains(
        ui::Theme::css(ui::Theme::lightPalette().color(QPalette::Link))));
    QVERIFY(
        dark.styleSheet().contains(ui::Theme::css(ui::Theme::darkPalette().color(QPalette::Text))));
    QVERIFY(
        light.page(QStringLiteral("<p>x</p>")).startsWith(QStringLiteral("<html><head><style>")));
}

void tst_Ui::themeColours()
{
    QVERIFY(!ui::Theme::isDark(ui::Theme::lightPalette()));
    QVERIFY(ui::Theme::isDark(ui::Theme::darkPalette()));
    QVERIFY(ui::Theme::warning(ui::Theme::lightPalette())
        != ui::Theme::warning(ui::Theme::darkPalette()));
    QCOMPARE(ui::Theme::mix(Qt::black, Qt::white, 0.5).red(), 128);
}

void tst_Ui::priorityGlyphs()
{
    for (const QString &priority : { QStringLiteral("highest"), QStringLiteral("high"),
             QStringLiteral("medium"), QStringLiteral("low"), QStringLiteral("lowest") }) {
        QVERIFY2(!ui::PriorityGlyph::icon(priority).isNull(), qPrintable(priority));
        QVERIFY(!ui::PriorityGlyph::label(priority).isEmpty());
    }
    QVERIFY(ui::PriorityGlyph::icon(QStringLiteral("normal")).isNull());
    QVERIFY(ui::PriorityGlyph::rank(QStringLiteral("highest"))
        > ui::PriorityGlyph::rank(QStringLiteral("high")));
    QVERIFY(ui::PriorityGlyph::rank(QStringLiteral("low"))
        < ui::PriorityGlyph::rank(QStringLiteral("normal")));
}

void tst_Ui::vocabulary()
{
    TestVault vault;
    QVERIFY(uitest::writeFixture(vault));
    core::VaultIndex index(vault.root(), vault.indexPath());
    QVERIFY(index.open());
    QVERIFY(core::Indexer(index).update());
    core::Vocabulary vocabulary(index.database());
    const auto words = vocabulary.words();
    QVERIFY2(words, qPrintable(vocabulary.error()));
    QCOMPARE(words->people.first(), QStringLiteral("Priya Patel")); // 2 meetings and 2 tasks
    QVERIFY(words->people.contains(QStringLiteral("Alon Horev")));
    QVERIFY(words->people.contains(QStringLiteral("Myself")));
    QCOMPARE(words->tags.first(), QStringLiteral("apollo"));
    QVERIFY(words->tags.contains(QStringLiteral("project/infra")));
    QCOMPARE(words->types.size(), 3);
    QCOMPARE(vocabulary.noteCount(), std::optional<int>(3));
}

void tst_Ui::searchBarTermAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cursor");
    QTest::addColumn<QString>("term");
    QTest::newRow("end") << QStringLiteral("tag:x person:al") << 15 << QStringLiteral("person:al");
    QTest::newRow("middle") << QStringLiteral("tag:x person:al") << 3 << QStringLiteral("tag:x");
    QTest::newRow("quoted") << QStringLiteral("person:\"Alon Ho") << 15
                            << QStringLiteral("person:\"Alon Ho");
    QTest::newRow("between") << QStringLiteral("a  b") << 2 << QString();
    QTest::newRow("empty") << QString() << 0 << QString();
}

void tst_Ui::searchBarTermAt()
{
    QFETCH(QString, text);
    QFETCH(int, cursor);
    QFETCH(QString, term);
    const auto span = ui::SearchBar::termAt(text, cursor);
    QCOMPARE(text.mid(span.start, span.end - span.start), term);
}

void tst_Ui::searchBarDebouncesAndValidates()
{
    ui::SearchBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &ui::SearchBar::queryChanged);
    QSignalSpy errors(&bar, &ui::SearchBar::errorChanged);
    const int height = bar.sizeHint().height();
    bar.lineEdit()->setFocus();
    QTest::keyClicks(bar.lineEdit(), QStringLiteral("apollo"));
    QCOMPARE(changed.count(), 0); // not on every key
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toString(), QStringLiteral("apollo"));
    QVERIFY(bar.error().isEmpty());

    bar.lineEdit()->clear();
    QTest::keyClicks(bar.lineEdit(), QStringLiteral("colour:red"));
    QTRY_VERIFY(!bar.error().isEmpty());
    QVERIFY2(bar.error().contains(QStringLiteral("unknown field")), qPrintable(bar.error()));
    QVERIFY(bar.findChild<QLabel *>(QStringLiteral("searchError"))->isVisible());
    QCOMPARE(bar.sizeHint().height(), height); // the error line pushes nothing down
    QCOMPARE(errors.count(), 1); // the lists are marked as not filtered by it
    const int before = changed.count();
    QTest::qWait(ui::SearchBar::kDebounceMs + 50);
    QCOMPARE(changed.count(), before); // an invalid query is never applied

    bar.setText(QStringLiteral("tag:apollo"));
    QCOMPARE(changed.last().first().toString(), QStringLiteral("tag:apollo"));
    QVERIFY(bar.error().isEmpty());
    QVERIFY(!bar.findChild<QLabel *>(QStringLiteral("searchError"))->isVisible());
    QCOMPARE(bar.sizeHint().height(), height);
    QCOMPARE(errors.count(), 2);
    QVERIFY(errors.last().first().toString().isEmpty());
    // Escape clears the search.
    bar.lineEdit()->setFocus();
    QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
    QCOMPARE(bar.text(), QString());
    QCOMPARE(changed.last().first().toString(), QString());
}

void tst_Ui::searchBarCompletesTheWordUnderTheCursor()
{
    ui::SearchBar bar;
    bar.setVocabulary({ QStringLiteral("Alon Horev"), QStringLiteral("Priya Patel") },
        { QStringLiteral("apollo") }, { QStringLiteral("people") });
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    bar.lineEdit()->setFocus();
    QTest::keyClicks(bar.lineEdit(), QStringLiteral("tag:apollo person:al"));
    QCOMPARE(bar.completionModel()->word(), QStringLiteral("person:al"));
    QCOMPARE(bar.completionModel()->rowCount(), 1);
    QTRY_VERIFY(bar.completer()->popup()->isVisible());
    const QModelIndex first = bar.completer()->completionModel()->index(0, 0);
    bar.completer()->popup()->setCurrentIndex(first);
    QTest::keyClick(bar.completer()->popup(), Qt::Key_Return);
    QCOMPARE(bar.text(), QStringLiteral("tag:apollo person:\"Alon Horev\" "));
    QCOMPARE(bar.lineEdit()->cursorPosition(), int(bar.text().size()));
    // A field name is completed without a trailing space, ready for its value.
    bar.lineEdit()->setText(QStringLiteral("ty"));
    bar.lineEdit()->setCursorPosition(2);
    QTest::keyClicks(bar.lineEdit(), QStringLiteral("p"));
    QTRY_VERIFY(bar.completer()->popup()->isVisible());
    bar.completer()->popup()->setCurrentIndex(bar.completer()->completionModel()->index(0, 0));
    QTest::keyClick(bar.completer()->popup(), Qt::Key_Return);
    QCOMPARE(bar.text(), QStringLiteral("type:"));
}

QTEST_MAIN(tst_Ui)
#include "tst_ui.moc"
