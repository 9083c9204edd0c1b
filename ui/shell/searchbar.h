// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;
class QTimer;

namespace ui {

class CompletionModel;

// The search field over core's query language: applies the query as you type (debounced),
// completes people, tags and field names for the word under the cursor, and says what is
// wrong with an invalid query under the field instead of emptying the list.
class SearchBar final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);
    ~SearchBar() override;
    Q_DISABLE_COPY_MOVE(SearchBar)

    static constexpr int kDebounceMs = 150;

    struct Span
    {
        int start = 0;
        int end = 0; // exclusive
    };
    // The term around `cursor` (quotes group words); an empty span at the cursor between terms.
    static Span termAt(const QString &text, int cursor);

    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    CompletionModel *completionModel() const { return m_completions; }
    QString text() const;
    // Sets the query and applies it at once.
    void setText(const QString &text);
    void setVocabulary(
        const QStringList &people, const QStringList &tags, const QStringList &types);
    // Shown under the field, on one line that is always there (the layout never moves); empty
    // hides it.
    void setError(const QString &error);
    QString error() const;
    void focusSearch();
    // Applies pending typing now.
    void applyNow();

Q_SIGNALS:
    // A query that parses: the meeting list should show it.
    void queryChanged(const QString &text);
    // The query in the field is not valid (`error` says why; empty once it is): the lists still
    // show the last valid one.
    void errorChanged(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onTextEdited();
    void updateCompletions();
    void insertCompletion(const QString &term);
    void applyPalette();
    void elideError();

    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_debounce = nullptr;
    CompletionModel *m_completions = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_applied;
    QString m_errorText;
};

} // namespace ui
