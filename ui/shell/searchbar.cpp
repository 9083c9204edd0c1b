// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/searchbar.h"

#include "core/query/query.h"
#include "ui/shell/completionmodel.h"
#include "ui/widgets/theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {

QIcon magnifier(const QColor &color)
{
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color, size / 10.0, Qt::SolidLine, Qt::RoundCap));
        const qreal r = size * 0.26;
        const QPointF centre(size * 0.43, size * 0.43);
        painter.drawEllipse(centre, r, r);
        painter.drawLine(centre + QPointF(r * 0.72, r * 0.72), QPointF(size * 0.8, size * 0.8));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_debounce(new QTimer(this))
    , m_completions(new CompletionModel(this))
    , m_completer(new QCompleter(this))
{
    setObjectName(QStringLiteral("searchBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);

    m_edit->setObjectName(QStringLiteral("searchField"));
    m_edit->setAccessibleName(tr("Search meetings"));
    m_edit->setPlaceholderText(tr("Search meetings, person:, tag:…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr(
        "Search meetings. Words search the full text; fields narrow it down:\n"
        "person:\"Alon Horev\"  owner:Myself  tag:apollo  type:people\n"
        "status:open|proposed|done  due:overdue|week|2025-11  after:2025-10  before:2025-12\n"
        "is:blocked (waits for an open task)  is:blocking\n"
        "-term excludes, \"quoted phrase\" keeps words together. Ctrl+F focuses the field, Esc "
        "clears it."));
    m_edit->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("searchError"));
    m_error->setTextFormat(Qt::PlainText);
    QSizePolicy keep = m_error->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    keep.setHorizontalPolicy(QSizePolicy::Ignored); // a long error is elided, never widens
    m_error->setSizePolicy(keep);
    m_error->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::applyNow);
    connect(m_edit, &QLineEdit::textEdited, this, &SearchBar::onTextEdited);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_applied.isEmpty())
            applyNow(); // the clear button
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::applyNow);

    m_completer->setModel(m_completions);
    m_completer->setWidget(m_edit);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(CompletionModel::InsertRole);
    m_completer->setMaxVisibleItems(10);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            insertCompletion(index.data(CompletionModel::InsertRole).toString());
        });
    applyPalette();
}

SearchBar::~SearchBar() = default;

SearchBar::Span SearchBar::termAt(const QString &text, int cursor)
{
    cursor = std::clamp(cursor, 0, int(text.size()));
    int start = 0;
    bool inQuotes = false;
    for (int i = 0; i < cursor; ++i) {
        if (text.at(i) == u'"')
            inQuotes = !inQuotes;
        else if (text.at(i).isSpace() && !inQuotes)
            start = i + 1;
    }
    int end = cursor;
    while (end < text.size() && (inQuotes || !text.at(end).isSpace())) {
        if (text.at(end) == u'"')
            inQuotes = !inQuotes;
        ++end;
    }
    return { start, end };
}

QString SearchBar::text() const
{
    return m_edit->text();
}

void SearchBar::setText(const QString &text)
{
    m_completer->popup()->hide();
    m_edit->setText(text);
    applyNow();
}

void SearchBar::setVocabulary(
    const QStringList &people, const QStringList &tags, const QStringList &types)
{
    m_completions->setVocabulary(people, tags, types);
}

void SearchBar::setError(const QString &error)
{
    const bool changed = error != m_errorText;
    m_errorText = error;
    m_error->setToolTip(error.isEmpty()
            ? QString()
            : tr("%1\nThe lists still show the last valid search.").arg(error));
    m_error->setAccessibleName(error);
    elideError();
    m_error->setVisible(!error.isEmpty());
    m_edit->setAccessibleDescription(error.isEmpty()
            ? QString()
            : tr("Not valid: %1. The lists still show the last valid search.").arg(error));
    if (changed)
        Q_EMIT errorChanged(error);
}

QString SearchBar::error() const
{
    return m_errorText;
}

void SearchBar::elideError()
{
    m_error->setText(m_error->fontMetrics().elidedText(
        m_errorText, Qt::ElideRight, std::max(40, m_error->width())));
}

void SearchBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideError();
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::onTextEdited()
{
    m_debounce->start();
    updateCompletions();
}

void SearchBar::applyNow()
{
    m_debounce->stop();
    const QString text = m_edit->text();
    QString problem;
    if (!core::Query::parse(text, &problem)) {
        setError(problem);
        return;
    }
    setError(QString());
    m_applied = text;
    Q_EMIT queryChanged(text);
}

void SearchBar::updateCompletions()
{
    const QString text = m_edit->text();
    const Span span = termAt(text, m_edit->cursorPosition());
    const QString word = text.mid(span.start, span.end - span.start);
    m_completions->complete(word);
    if (word.isEmpty() || m_completions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = m_edit->rect();
    rect.setWidth(std::max(260, m_edit->width()));
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(QModelIndex());
}

void SearchBar::insertCompletion(const QString &term)
{
    const QString text = m_edit->text();
    const Span span = termAt(text, m_edit->cursorPosition());
    // A field name waits for its value; a whole term is followed by a space for the next one.
    const QString insert = term.endsWith(u':') ? term : term + u' ';
    QString updated = text.left(span.start) + insert + text.mid(span.end).trimmed();
    m_edit->setText(updated);
    m_edit->setCursorPosition(span.start + int(insert.size()));
    m_debounce->start();
    if (term.endsWith(u':'))
        QTimer::singleShot(0, this, &SearchBar::updateCompletions);
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_completer->popup()->isVisible()
            && !m_edit->text().isEmpty()) {
            m_edit->clear();
            applyNow();
            return true;
        }
        if (key->key() == Qt::Key_Down && !m_completer->popup()->isVisible()) {
            updateCompletions();
            return m_completer->popup()->isVisible();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void SearchBar::applyPalette()
{
    QPalette error = palette();
    error.setColor(QPalette::WindowText, Theme::warning(palette()));
    m_error->setPalette(error);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_error->setFont(small);
    const QList<QAction *> actions = m_edit->actions();
    for (QAction *action : actions) {
        if (action->objectName() == u"searchIcon") {
            m_edit->removeAction(action);
            delete action;
        }
    }
    QAction *icon
        = m_edit->addAction(magnifier(Theme::muted(palette())), QLineEdit::LeadingPosition);
    icon->setObjectName(QStringLiteral("searchIcon"));
}

} // namespace ui
