// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/widgets/markdownrenderer.h"
#include "ui/widgets/pane.h"

#include <functional>
#include <optional>

class QLabel;
class QScrollArea;
class QTextBrowser;
class QUrl;

namespace core {
struct Note;
}

namespace ui {

class FlowLayout;
class NoteBrowser;

// The meeting at a glance: title, date, type, tag chips, source file, notices, then the summary
// and the key points rendered from Markdown (md4c) in palette colours. All of it scrolls as one
// page, under the pane's one scroll bar: a short pane clips nothing.
class SummaryPane final : public Pane
{
    Q_OBJECT
public:
    explicit SummaryPane(QWidget *parent = nullptr);
    ~SummaryPane() override;
    Q_DISABLE_COPY_MOVE(SummaryPane)

    // Where relative links and images are resolved; nothing outside it is read or linked.
    void setVaultRoot(const QString &root);
    // How a clicked external link is opened (QDesktopServices by default; tests record them).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(const UrlOpener &opener) { m_openUrl = opener; }
    void activateLink(const QUrl &url) { onAnchorClicked(url); }

    void showNote(const core::Note &note);
    void clear();

    QString title() const;
    QStringList tags() const;
    QString html() const; // what the browser shows, for tests
    QString plainText() const;
    QString warningText() const;
    QTextBrowser *browser() const;
    QScrollArea *scrollArea() const { return m_scroll; }

Q_SIGNALS:
    void tagActivated(const QString &tag);
    void openInEditorRequested();
    // A relative link to another note of the vault (vault-relative path).
    void noteLinkActivated(const QString &path);
    // A link that was not followed, and why (for the status bar).
    void linkRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    // Scrolling keys in the text scroll the page (the text has no scroll bar of its own).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scrollAsOnePage(QWidget *page);
    void buildChips(const QStringList &tags);
    void render();
    void updateSource();
    void applyPalette();
    void onAnchorClicked(const QUrl &url);

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QWidget *m_chips = nullptr;
    FlowLayout *m_chipLayout = nullptr;
    QLabel *m_source = nullptr;
    QWidget *m_warningRow = nullptr;
    QLabel *m_warningIcon = nullptr;
    QLabel *m_warning = nullptr;
    NoteBrowser *m_browser = nullptr;
    QScrollArea *m_scroll = nullptr;
    UrlOpener m_openUrl;
    QString m_root;
    MarkdownRenderer m_renderer;
    QString m_path;
    std::optional<QString> m_summary;
    QStringList m_keyPoints;
    QStringList m_tags;
};

} // namespace ui
