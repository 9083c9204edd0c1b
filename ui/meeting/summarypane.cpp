// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/meeting/summarypane.h"

#include "core/model/note.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/linkpolicy.h"
#include "ui/widgets/localedates.h"
#include "ui/widgets/notebrowser.h"
#include "ui/widgets/tagchip.h"
#include "ui/widgets/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>

namespace ui {

namespace {

QString dateLine(const core::Note &note)
{
    QStringList parts;
    if (note.date) {
        const QDate date = QDate::fromString(*note.date, Qt::ISODate);
        parts.append(date.isValid() ? LocaleDates::longDate(date)
                                    : *note.date);
    }
    if (note.type && !note.type->isEmpty()) {
        QString type = *note.type;
        type[0] = type[0].toUpper();
        parts.append(type);
    }
    return parts.join(QStringLiteral("  ·  "));
}

// Notices such as "mojibake repaired for display" are about the file, not the meeting: one line.
QString noticeLine(const QStringList &warnings)
{
    if (warnings.isEmpty())
        return {};
    QString first = warnings.first();
    first[0] = first[0].toUpper();
    if (warnings.size() > 1)
        first = QCoreApplication::translate("ui::SummaryPane", "%1 (+%2 more)").arg(first, QString::number(warnings.size() - 1));
    return first;
}

} // namespace

SummaryPane::SummaryPane(QWidget *parent)
    : Pane(tr("Summary"), parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_chips(new QWidget(this))
    , m_chipLayout(new FlowLayout(m_chips, Theme::kSpacing))
    , m_source(new QLabel(this))
    , m_warningRow(new QWidget(this))
    , m_warningIcon(new QLabel(m_warningRow))
    , m_warning(new QLabel(m_warningRow))
    , m_browser(new NoteBrowser(this))
    , m_scroll(new QScrollArea(this))
    , m_renderer(palette())
{
    setObjectName(QStringLiteral("summaryPane"));
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(16, 14, 12, 0);
    column->setSpacing(Theme::kSpacing);
    for (QLabel *label : { m_title, m_meta, m_source }) {
        label->setWordWrap(true);
        column->addWidget(label);
    }
    column->insertWidget(2, m_chips);
    column->insertSpacing(3, 2);
    QHBoxLayout *warningLayout = Theme::flatRow(m_warningRow, 5);
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warning, 1);
    m_warning->setWordWrap(true);
    column->addWidget(m_warningRow);
    column->addSpacing(8);
    column->addWidget(m_browser);
    column->addStretch(1);
    scrollAsOnePage(page);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("summaryTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setTextFormat(Qt::PlainText);
    m_source->setTextFormat(Qt::RichText);
    m_source->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_source, &QLabel::linkActivated, this, &SummaryPane::openInEditorRequested);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setObjectName(QStringLiteral("summaryWarning"));
    m_chips->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    m_browser->setObjectName(QStringLiteral("summaryBrowser"));
    m_browser->setAccessibleName(tr("Summary of this meeting"));
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setOpenLinks(false);
    m_browser->document()->setDocumentMargin(0);
    m_browser->viewport()->setAutoFillBackground(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &SummaryPane::onAnchorClicked);
    applyPalette();
    clear();
}

SummaryPane::~SummaryPane() = default;

void SummaryPane::showNote(const core::Note &note)
{
    m_title->setText(note.title);
    m_meta->setText(dateLine(note));
    m_meta->setVisible(!m_meta->text().isEmpty());
    if (note.tags != m_tags)
        buildChips(note.tags);
    if (note.path != m_path)
        m_scroll->verticalScrollBar()->setValue(0);
    m_path = note.path;
    m_browser->setNote(m_root, m_path);
    updateSource();
    m_source->setToolTip(tr("Open in the default editor\n%1").arg(note.path));
    const QString notice = noticeLine(note.warnings);
    m_warning->setText(notice);
    m_warningRow->setToolTip(note.warnings.join(u'\n'));
    m_warningRow->setVisible(!notice.isEmpty());
    // Re-rendering would scroll the text back to the top: only when it changed.
    const bool sameText = m_summary == note.summary && m_keyPoints == note.keyPoints
        && isShowingContent() && !m_browser->document()->isEmpty();
    m_summary = note.summary;
    m_keyPoints = note.keyPoints;
    if (!sameText)
        render();
    showContent();
}

void SummaryPane::clear()
{
    m_path.clear();
    m_title->clear();
    m_summary.reset();
    m_keyPoints.clear();
    buildChips({});
    m_browser->clear();
    showEmpty(tr("Select a meeting"));
}

QString SummaryPane::title() const
{
    return m_title->text();
}

QStringList SummaryPane::tags() const
{
    return m_tags;
}

QString SummaryPane::html() const
{
    return m_browser->toHtml();
}

QString SummaryPane::plainText() const
{
    return m_browser->toPlainText();
}

QString SummaryPane::warningText() const
{
    return m_warningRow->isVisibleTo(this) ? m_warning->text() : QString();
}

void SummaryPane::buildChips(const QStringList &tags)
{
    m_tags = tags;
    m_chipLayout->clear();
    for (const QString &tag : tags) {
        auto *chip = new TagChip(tag, m_chips);
        connect(chip, &TagChip::tagClicked, this, &SummaryPane::tagActivated);
        m_chipLayout->addWidget(chip);
    }
    m_chips->setVisible(!tags.isEmpty());
}

void SummaryPane::render()
{
    QString body;
    const QString heading = QStringLiteral("<h2 class=\"section\">%1</h2>");
    // The pane header already says "Summary".
    if (m_summary && !m_summary->trimmed().isEmpty())
        body += MarkdownRenderer::toHtml(*m_summary);
    if (!m_keyPoints.isEmpty())
        body += heading.arg(tr("KEY POINTS"))
            + MarkdownRenderer::listToHtml(m_keyPoints);
    if (body.isEmpty())
        body = tr("<p class=\"muted\">This note has no summary or key points.</p>");
    m_browser->document()->setDefaultStyleSheet(m_renderer.styleSheet());
    m_browser->setHtml(body);
}

void SummaryPane::updateSource()
{
    const QString file = m_path.section(u'/', -1);
    m_source->setText(tr(
        "Source: <a href=\"open\" style=\"color: %1; text-decoration: none;\">%2</a>")
                          .arg(Theme::css(palette().color(QPalette::Link)), file.toHtmlEscaped()));
}

void SummaryPane::applyPalette()
{
    m_renderer.setPalette(palette());
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, Theme::muted(palette()));
    m_meta->setPalette(muted);
    m_source->setPalette(muted);
    m_warning->setPalette(muted);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_source->setFont(small);
    m_warning->setFont(small);
    const int side = QFontMetrics(small).height() - 2;
    m_warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side, side));
    if (!m_path.isEmpty())
        updateSource();
}

void SummaryPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        if (isShowingContent())
            render();
    }
}

// The page (title, tags, source, text) scrolls under the pane's one scroll bar; the browser is as
// tall as its text.
void SummaryPane::scrollAsOnePage(QWidget *page)
{
    m_scroll->setObjectName(QStringLiteral("summaryScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(page);
    m_scroll->viewport()->setAutoFillBackground(false);
    page->setAutoFillBackground(false);
    setContent(m_scroll);
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_browser->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_browser->document()->documentLayout(),
        &QAbstractTextDocumentLayout::documentSizeChanged, m_browser, [this](const QSizeF &size) {
            m_browser->setFixedHeight(int(std::ceil(size.height())) + 2 * m_browser->frameWidth());
        });
    m_browser->installEventFilter(this);
}

bool SummaryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_browser || event->type() != QEvent::KeyPress)
        return Pane::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    QScrollBar *bar = m_scroll->verticalScrollBar();
    switch (key->key()) {
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return true;
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return true;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return true;
    case Qt::Key_Home:
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        return true;
    case Qt::Key_End:
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        return true;
    default:
        return false;
    }
}

QTextBrowser *SummaryPane::browser() const
{
    return m_browser;
}

void SummaryPane::setVaultRoot(const QString &root)
{
    m_root = root;
    m_browser->setNote(m_root, m_path);
}

void SummaryPane::onAnchorClicked(const QUrl &url)
{
    if (LinkPolicy::isExternal(url)) {
        if (m_openUrl)
            m_openUrl(url);
        else
            QDesktopServices::openUrl(url);
        return;
    }
    const auto file = LinkPolicy(m_root, m_path).vaultFile(url);
    if (file && file->endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
        Q_EMIT noteLinkActivated(*file);
        return;
    }
    Q_EMIT linkRefused(file ? tr("Only notes are opened from links: %1").arg(*file)
                            : tr("Link not opened: %1").arg(url.toDisplayString()));
}

} // namespace ui
