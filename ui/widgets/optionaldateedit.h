// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class QDateEdit;
class QToolButton;

namespace ui {

// A date or none: a QDateEdit in the locale's date format with a calendar popup, and a Clear
// button. Delete or Backspace clears it too; "No date" (specialText) is then shown, and stepping
// or the calendar starts from today again.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);
    ~OptionalDateEdit() override;
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

    std::optional<QDate> date() const;
    // nullopt or an invalid date: none.
    void setDate(const std::optional<QDate> &date);
    void clear();
    // Shown while there is no date ("No due date").
    void setSpecialText(const QString &text);
    // Where stepping and the calendar start when there is no date (default: today).
    void setToday(const QDate &today) { m_today = today; }

    QDateEdit *dateEdit() const { return m_edit; }
    QToolButton *clearButton() const { return m_clear; }

    // The short date format of the locale, with the year in four digits.
    static QString displayFormat(const QLocale &locale);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool isNone() const;

    QDateEdit *m_edit = nullptr;
    QToolButton *m_clear = nullptr;
    QDate m_today = QDate::currentDate();
};

} // namespace ui
