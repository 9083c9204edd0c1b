// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;

namespace ui {

// The title strip of a pane: a small caps title, a muted detail ("18 · 5 proposed") and room
// for a tool widget on the right.
class PaneHeader final : public QWidget
{
    Q_OBJECT
public:
    explicit PaneHeader(const QString &title, QWidget *parent = nullptr);
    ~PaneHeader() override;
    Q_DISABLE_COPY_MOVE(PaneHeader)

    void setDetail(const QString &detail);
    QString detail() const;
    void addTool(QWidget *tool);
    // The pane holds the keyboard focus: the title takes the accent colour over a thick rule.
    void setActive(bool active);
    bool isActive() const { return m_active; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QHBoxLayout *m_layout = nullptr;
    bool m_active = false;
};

} // namespace ui
