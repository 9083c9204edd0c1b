// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>
#include <optional>

class QSplitter;

namespace ui {

class MeetingListModel;
class MeetingListPane;
class MeetingView;
class Settings;

// The Meetings page: the meeting list beside one meeting's panes, and the window's Tab ring over
// them. Until the user moves a splitter the layout follows the window: the list as wide as its
// titles (within Settings' limits), the tasks across the meeting's width; once moved, the user's
// splitters are kept (through Settings) and restored as they were.
class MeetingBrowser final : public QWidget
{
    Q_OBJECT
public:
    // The stops of Tab and Shift+Tab, in order; a stop whose pane shows no content is skipped.
    enum class Stop { Search, MeetingList, Summary, Tasks, Decisions, People };

    explicit MeetingBrowser(MeetingListModel *model, QWidget *parent = nullptr);
    ~MeetingBrowser() override;
    Q_DISABLE_COPY_MOVE(MeetingBrowser)

    MeetingListPane *list() const { return m_list; }
    MeetingView *meeting() const { return m_meeting; }
    QSplitter *splitter() const { return m_splitter; }

    void restoreLayout(const Settings &settings);
    // Saves the user's splitters; a layout that only follows the window saves nothing.
    void saveLayout(Settings &settings) const;
    bool isUserLayout() const { return m_userLayout; }

    // The search field, the first stop of the ring (it lives above the page).
    void setSearchField(QWidget *field, QWidget *bar);
    // Moves the focus to the next (or previous) stop when it is on one; false when it is not.
    bool focusNextStop(bool next);
    // The stop holding the focus, if any.
    std::optional<Stop> currentStop() const;
    void focusStop(Stop stop);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Ring
    {
        QWidget *container = nullptr; // a focus anywhere inside is on the stop
        QWidget *target = nullptr; // what Tab gives the focus to
    };
    QList<Ring> ring() const;
    void applyDefaultLayout();

    MeetingListPane *m_list = nullptr;
    MeetingView *m_meeting = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_searchField = nullptr;
    QWidget *m_searchBar = nullptr;
    bool m_userLayout = false;
    int m_titlesWidth = 0; // what the titles of the first full list need
};

} // namespace ui
