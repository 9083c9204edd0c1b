<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ui::DecisionLogModel</name>
    <message numerus="yes">
        <location filename="../ui/decisions/decisionlogmodel.cpp" line="+170"/>
        <source>Stated %n times in this note</source>
        <translation>
            <numerusform>Stated once in this note</numerusform>
            <numerusform>Stated %n times in this note</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DecisionsView</name>
    <message numerus="yes">
        <location filename="../ui/decisions/decisionsview.cpp" line="+164"/>
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HeatMap</name>
    <message numerus="yes">
        <location filename="../ui/widgets/heatmap.cpp" line="+247"/>
        <source>%n meetings on %1</source>
        <translation>
            <numerusform>%n meeting on %1</numerusform>
            <numerusform>%n meetings on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/shell/historydialog.cpp" line="+112"/>
        <source>Undid %n change(s).</source>
        <translation>
            <numerusform>Undid %n change.</numerusform>
            <numerusform>Undid %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Redid %n change(s).</source>
        <translation>
            <numerusform>Redid %n change.</numerusform>
            <numerusform>Redid %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::IndexWorker</name>
    <message numerus="yes">
        <location filename="../ui/session/indexworker.cpp" line="+80"/>
        <source>%n note(s) re-indexed</source>
        <translation>
            <numerusform>%n note re-indexed</numerusform>
            <numerusform>%n notes re-indexed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MeetingListModel</name>
    <message numerus="yes">
        <location filename="../ui/meeting/meetinglistmodel.cpp" line="+268"/>
        <source>%n open task(s), %1 of them proposed</source>
        <translation>
            <numerusform>%n open task, %1 of them proposed</numerusform>
            <numerusform>%n open tasks, %1 of them proposed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PeopleView</name>
    <message numerus="yes">
        <location filename="../ui/people/peopleview.cpp" line="+174"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PersonPage</name>
    <message numerus="yes">
        <location filename="../ui/people/personpage.cpp" line="+203"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PostponeMenu</name>
    <message numerus="yes">
        <location filename="../ui/session/postponemenu.cpp" line="+58"/>
        <source>Remove the Due Date of %n Tasks</source>
        <translation>
            <numerusform>Remove the Due Date of %n Task</numerusform>
            <numerusform>Remove the Due Date of %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Postpone %n Tasks</source>
        <translation>
            <numerusform>Postpone %n Task</numerusform>
            <numerusform>Postpone %n Tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TasksPane</name>
    <message numerus="yes">
        <location filename="../ui/meeting/taskspane.cpp" line="+180"/>
        <source>Reopen %n Tasks</source>
        <translation>
            <numerusform>Reopen %n Task</numerusform>
            <numerusform>Reopen %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Complete %n Tasks</source>
        <translation>
            <numerusform>Complete %n Task</numerusform>
            <numerusform>Complete %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Accept %n Tasks</source>
        <translation>
            <numerusform>Accept %n Task</numerusform>
            <numerusform>Accept %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reject %n Tasks</source>
        <translation>
            <numerusform>Reject %n Task</numerusform>
            <numerusform>Reject %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Start %n Tasks</source>
        <translation>
            <numerusform>Start %n Task</numerusform>
            <numerusform>Start %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Set Status of %n Tasks</source>
        <translation>
            <numerusform>Set Status of %n Task</numerusform>
            <numerusform>Set Status of %n Tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TasksView</name>
    <message numerus="yes">
        <location filename="../ui/tasks/tasksview.cpp" line="+315"/>
        <source>Accept %n Tasks</source>
        <translation>
            <numerusform>Accept %n Task</numerusform>
            <numerusform>Accept %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n Tasks</source>
        <translation>
            <numerusform>Reject %n Task</numerusform>
            <numerusform>Reject %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Complete %n Tasks</source>
        <translation>
            <numerusform>Complete %n Task</numerusform>
            <numerusform>Complete %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reassign %n Tasks</source>
        <translation>
            <numerusform>Reassign %n Task</numerusform>
            <numerusform>Reassign %n Tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TimelineView</name>
    <message numerus="yes">
        <location filename="../ui/timeline/timelineview.cpp" line="+226"/>
        <source>%Ln meetings in %1</source>
        <translation>
            <numerusform>%Ln meeting in %1</numerusform>
            <numerusform>%Ln meetings in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
</TS>
