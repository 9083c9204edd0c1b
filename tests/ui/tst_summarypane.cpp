// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/index/indexer.h"
#include "core/index/indexreader.h"
#include "core/index/vaultindex.h"
#include "core/model/note.h"
#include "ui/meeting/summarypane.h"
#include "ui/widgets/linkpolicy.h"
#include "ui/widgets/markdownrenderer.h"
#include "ui/widgets/notebrowser.h"
#include "ui/widgets/tagchip.h"
#include "ui/widgets/theme.h"
#include "uitestsupport.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QtTest>

using ui::SummaryPane;

class tst_SummaryPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheMeeting();
    void tagChipsSetTheQuery();
    void warningsAreShownDiscreetly();
    void followsThePalette();
    void emptyState();
    void seedNote();
    void resourcesStayInTheVault();
    void linksOpenOnlyWhenSafe();
    void linkPolicyResolvesInsideTheVault();

private:
    core::Note note(const QString &path) const;

    TestVault m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
};

void tst_SummaryPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(uitest::writeFixture(m_vault));
    QVERIFY(m_vault.addSeed(uitest::kSeed));
    m_index = std::make_unique<core::VaultIndex>(m_vault.root(), m_vault.indexPath());
    QVERIFY(m_index->open());
    QVERIFY(core::Indexer(*m_index).update());
}

core::Note tst_SummaryPane::note(const QString &path) const
{
    return core::IndexReader(m_index->database()).note(path).value_or(core::Note());
}

void tst_SummaryPane::showsTheMeeting()
{
    SummaryPane pane;
    pane.resize(420, 600);
    pane.show();
    pane.showNote(note(uitest::kApollo));
    QCOMPARE(pane.title(), QStringLiteral("Apollo kickoff"));
    QCOMPARE(
        pane.tags(), (QStringList { QStringLiteral("apollo"), QStringLiteral("project/infra") }));
    const auto labels = pane.findChildren<QLabel *>();
    const bool hasDate = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text() == QStringLiteral("Friday, January 10, 2025  ·  Project"); // en_US order
    });
    QVERIFY(hasDate);
    const bool hasSource = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
        return label->text().contains(QStringLiteral("2025-01-10 Apollo kickoff.md"));
    });
    QVERIFY(hasSource);
    const QString text = pane.plainText();
    QVERIFY2(text.contains(QStringLiteral("We agreed to start Apollo with")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("KEY POINTS")));
    QVERIFY(text.contains(QStringLiteral("Budget approved.")));
    // Rendered by md4c: the key points are a list, the wiki link a styled span.
    QVERIFY(pane.html().contains(QStringLiteral("<li")));
    QVERIFY(pane.warningText().isEmpty());
}

void tst_SummaryPane::tagChipsSetTheQuery()
{
    SummaryPane pane;
    pane.resize(420, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showNote(note(uitest::kApollo));
    QSignalSpy activated(&pane, &SummaryPane::tagActivated);
    const auto chips = pane.findChildren<ui::TagChip *>();
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.at(1)->text(), QStringLiteral("#project/infra"));
    QVERIFY(chips.at(1)->isVisible());
    QTest::mouseClick(chips.at(1), Qt::LeftButton);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("project/infra"));
}

void tst_SummaryPane::warningsAreShownDiscreetly()
{
    SummaryPane pane;
    pane.show();
    core::Note broken = note(uitest::kStandup);
    broken.warnings
        = { QStringLiteral("frontmatter could not be read"), QStringLiteral("something else") };
    pane.showNote(broken);
    QCOMPARE(pane.warningText(), QStringLiteral("Frontmatter could not be read (+1 more)"));
    pane.showNote(note(uitest::kStandup));
    QCOMPARE(pane.warningText(), QString());
}

void tst_SummaryPane::followsThePalette()
{
    SummaryPane pane;
    pane.setPalette(ui::Theme::lightPalette());
    pane.showNote(note(uitest::kApollo));
    const QString lightText = ui::Theme::css(ui::Theme::lightPalette().color(QPalette::Text));
    QVERIFY(pane.browser()->document()->defaultStyleSheet().contains(lightText));
    pane.setPalette(ui::Theme::darkPalette());
    const QString darkText = ui::Theme::css(ui::Theme::darkPalette().color(QPalette::Text));
    QVERIFY(pane.browser()->document()->defaultStyleSheet().contains(darkText));
    QVERIFY(!pane.browser()->document()->defaultStyleSheet().contains(lightText));
    QVERIFY(pane.plainText().contains(QStringLiteral("Budget approved.")));
}

void tst_SummaryPane::emptyState()
{
    SummaryPane pane;
    pane.showNote(note(uitest::kApollo));
    pane.clear();
    QCOMPARE(pane.title(), QString());
    QVERIFY(pane.tags().isEmpty());
    QVERIFY(pane.plainText().isEmpty());
}

void tst_SummaryPane::seedNote()
{
    SummaryPane pane;
    pane.showNote(note(uitest::kSeed));
    QVERIFY(pane.title().startsWith(QStringLiteral("1:1 with Alon Horev, MAI Falcon rollout")));
    QCOMPARE(pane.tags().size(), 5);
    QVERIFY(pane.plainText().contains(QStringLiteral("Jason Vallery and Alon Horev aligned")));
    QVERIFY(pane.plainText().contains(QStringLiteral("Liquid-cooled storage SKUs were discussed")));
    // The repaired mojibake is a notice about the file, shown discreetly.
    QVERIFY(pane.warningText().contains(QStringLiteral("ojibake")));
}

// Rendering never reaches outside the vault: no remote or out-of-vault resource is loaded.
void tst_SummaryPane::resourcesStayInTheVault()
{
    TestVault vault;
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(QDir().mkpath(vault.filePath(QStringLiteral("Meetings/img"))));
    QVERIFY(image.save(vault.filePath(QStringLiteral("Meetings/img/pic.png"))));
    QTemporaryDir outside;
    QVERIFY(image.save(outside.filePath(QStringLiteral("secret.png"))));
    ui::NoteBrowser browser;
    browser.setNote(vault.root(), QStringLiteral("Meetings/note.md"));
    const int imageType = QTextDocument::ImageResource;
    QVERIFY(!browser.loadResource(imageType, QUrl(QStringLiteral("img/pic.png"))).isNull());
    QVERIFY(browser.loadResource(imageType, QUrl(QStringLiteral("https://example.com/x.png"))).isNull());
    QVERIFY(browser.loadResource(imageType, QUrl(QStringLiteral("http://127.0.0.1/x.png"))).isNull());
    QVERIFY(browser.loadResource(imageType, QUrl::fromLocalFile(outside.filePath(QStringLiteral("secret.png"))))
                .isNull());
    QVERIFY(browser.loadResource(imageType, QUrl(QStringLiteral("../../secret.png"))).isNull());
    QVERIFY(browser.loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("img/pic.png")))
                .isNull());
    // Raw HTML (a script, an iframe, an inline handler) is shown as text, never as markup.
    const QString html = ui::MarkdownRenderer::toHtml(
        QStringLiteral("<script>alert(1)</script> <img src=x onerror=alert(1)> [a](javascript:alert(1))"));
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<img src=x")));
}

void tst_SummaryPane::linksOpenOnlyWhenSafe()
{
    ui::SummaryPane pane;
    QList<QUrl> opened;
    pane.setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    pane.setVaultRoot(m_vault.root());
    pane.showNote(note(uitest::kApollo));
    QSignalSpy notes(&pane, &ui::SummaryPane::noteLinkActivated);
    QSignalSpy refused(&pane, &ui::SummaryPane::linkRefused);
    QVERIFY(opened.isEmpty()); // nothing opens by itself
    for (const char *url : { "https://example.com", "http://example.com/a", "mailto:a@b.c",
             "obsidian://open?vault=x" })
        pane.activateLink(QUrl(QString::fromLatin1(url)));
    QCOMPARE(opened.size(), 4);
    for (const char *url : { "file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x",
             "smb://host/share", "../../../etc/passwd", "data:text/html,hi" })
        pane.activateLink(QUrl(QString::fromLatin1(url)));
    QCOMPARE(opened.size(), 4);
    QCOMPARE(refused.count(), 6);
    QVERIFY(notes.isEmpty());
    // A relative link to another note resolves against the note's folder.
    pane.activateLink(QUrl(QStringLiteral("2025-02-03%20Priya.md")));
    QCOMPARE(notes.count(), 1);
    QCOMPARE(notes.first().first().toString(), uitest::kBudget);
}

void tst_SummaryPane::linkPolicyResolvesInsideTheVault()
{
    const ui::LinkPolicy policy(QStringLiteral("/vault"), QStringLiteral("Meetings/2025/note.md"));
    QCOMPARE(policy.vaultFile(QUrl(QStringLiteral("other.md"))),
        std::optional<QString>(QStringLiteral("Meetings/2025/other.md")));
    QCOMPARE(policy.vaultFile(QUrl(QStringLiteral("../x.md"))),
        std::optional<QString>(QStringLiteral("Meetings/x.md")));
    QCOMPARE(policy.vaultFile(QUrl(QStringLiteral("/People/a.md"))),
        std::optional<QString>(QStringLiteral("People/a.md")));
    QVERIFY(!policy.vaultFile(QUrl(QStringLiteral("../../../etc/passwd"))));
    QVERIFY(!policy.vaultFile(QUrl(QStringLiteral("/../etc/passwd"))));
    QVERIFY(!policy.vaultFile(QUrl(QStringLiteral("file:///etc/passwd"))));
    QVERIFY(!policy.vaultFile(QUrl(QStringLiteral("https://example.com/a.md"))));
    QVERIFY(ui::LinkPolicy::isExternal(QUrl(QStringLiteral("HTTPS://example.com"))));
    QVERIFY(!ui::LinkPolicy::isExternal(QUrl(QStringLiteral("file:///tmp"))));
    QVERIFY(!ui::LinkPolicy::isExternal(QUrl(QStringLiteral("javascript:alert(1)"))));
}

QTEST_MAIN(tst_SummaryPane)
#include "tst_summarypane.moc"
