// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/optionaldateedit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>
#include <QToolButton>

namespace ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("optionalDateEdit"));
    // The smallest date a QDateEdit takes stands for "none", shown as the special text.
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(displayFormat(QLocale()));
    m_edit->setSpecialValueText(tr("No date"));
    m_edit->installEventFilter(this);
    if (QCalendarWidget *calendar = m_edit->calendarWidget())
        calendar->installEventFilter(this);
    m_clear->setObjectName(QStringLiteral("clearDate"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("No date (Delete)"));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &OptionalDateEdit::clear);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
    setAutoFillBackground(true);
}

OptionalDateEdit::~OptionalDateEdit() = default;

QString OptionalDateEdit::displayFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // "yy" alone would read 25 as 1925.
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QRegularExpression(QStringLiteral("y+")), QStringLiteral("yyyy"));
    return format;
}

bool OptionalDateEdit::isNone() const
{
    return m_edit->date() == m_edit->minimumDate();
}

std::optional<QDate> OptionalDateEdit::date() const
{
    return isNone() ? std::nullopt : std::optional<QDate>(m_edit->date());
}

void OptionalDateEdit::setDate(const std::optional<QDate> &date)
{
    if (date && date->isValid() && *date > m_edit->minimumDate())
        m_edit->setDate(*date);
    else
        clear();
}

void OptionalDateEdit::clear()
{
    m_edit->setDate(m_edit->minimumDate());
}

void OptionalDateEdit::setSpecialText(const QString &text)
{
    m_edit->setSpecialValueText(text);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // The calendar of no date opens on this month, not on the smallest date.
    if (watched != m_edit && event->type() == QEvent::Show && isNone()) {
        m_edit->calendarWidget()->setCurrentPage(m_today.year(), m_today.month());
        return false;
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        clear();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (isNone()) {
            m_edit->setDate(m_today);
            return true;
        }
        return false;
    default:
        return false;
    }
}

// A key the date field did not take stops here: in an item view it would reach the view's own
// single-key actions. Enter, Escape and Tab go on to whoever closes the editor.
void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        event->ignore();
        return;
    default:
        event->accept();
    }
}

} // namespace ui
