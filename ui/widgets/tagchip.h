// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>

namespace ui {

// A rounded, clickable tag ("#type/people") painted from the palette.
class TagChip final : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TagChip(const QString &tag, QWidget *parent = nullptr);
    ~TagChip() override;
    Q_DISABLE_COPY_MOVE(TagChip)

    QString tag() const { return m_tag; }
    QSize sizeHint() const override;

Q_SIGNALS:
    void tagClicked(const QString &tag);

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString m_tag;
    bool m_hovered = false;
};

} // namespace ui
