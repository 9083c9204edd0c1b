<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ui::AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+19"/>
        <source>About Vaultview</source>
        <translation>Über Vaultview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h2&gt;Vaultview %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vaultview %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse a vault of Markdown meeting notes: summaries, tasks, decisions and people side by side. Vaultview writes into the vault only the task lines you change, and every change can be undone.</source>
        <translation>Einen Tresor von Markdown-Besprechungsnotizen durchsehen: Zusammenfassungen, Aufgaben, Entscheidungen und Personen nebeneinander. Vaultview schreibt nur die Aufgabenzeilen in den Tresor, die Sie ändern, und jede Änderung lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free software under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. There is no warranty.</source>
        <translation>Freie Software unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;. Es gibt keine Gewährleistung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built with Qt %1 (running on %2), md4c, yaml-cpp, libical and SQLite.</source>
        <translation>Erstellt mit Qt %1 (läuft mit %2), md4c, yaml-cpp, libical und SQLite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no vault open)</source>
        <translation>(kein Tresor geöffnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index (a cache, rebuilt when deleted):</source>
        <translation>Index (ein Zwischenspeicher, wird nach dem Löschen neu aufgebaut):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo journal (your history of edits):</source>
        <translation>Rückgängig-Journal (Ihr Verlauf der Änderungen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show %1 in the file manager</source>
        <translation>%1 in der Dateiverwaltung anzeigen</translation>
    </message>
</context>
<context>
    <name>ui::DecisionLogDelegate</name>
    <message>
        <location filename="../ui/decisions/decisionlogdelegate.cpp" line="+42"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+85"/>
        <source>stated %1×</source>
        <translation>%1× genannt</translation>
    </message>
</context>
<context>
    <name>ui::DecisionLogModel</name>
    <message numerus="yes">
        <location filename="../ui/decisions/decisionlogmodel.cpp" line="+170"/>
        <source>Stated %n times in this note</source>
        <translation>
            <numerusform>Einmal in dieser Notiz genannt</numerusform>
            <numerusform>%n-mal in dieser Notiz genannt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the meeting</source>
        <translation>Doppelklick öffnet die Besprechung</translation>
    </message>
</context>
<context>
    <name>ui::DecisionsPane</name>
    <message>
        <location filename="../ui/meeting/decisionspane.cpp" line="+16"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decisions of this meeting</source>
        <translation>Entscheidungen dieser Besprechung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No decisions recorded</source>
        <translation>Keine Entscheidungen festgehalten</translation>
    </message>
</context>
<context>
    <name>ui::DecisionsView</name>
    <message>
        <location filename="../ui/decisions/decisionsview.cpp" line="+50"/>
        <source>Double-click to open the meeting; click a person to search</source>
        <translation>Doppelklick öffnet die Besprechung; ein Klick auf eine Person sucht nach ihr</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+42"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter decisions</source>
        <translation>Entscheidungen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter decisions by their words…</source>
        <translation>Entscheidungen nach Wörtern filtern …</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading decisions…</source>
        <translation>Entscheidungen werden geladen …</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 in %2</source>
        <comment>decisions in meetings</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln decisions</source>
        <translation>
            <numerusform>%Ln Entscheidung</numerusform>
            <numerusform>%Ln Entscheidungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln Besprechung</numerusform>
            <numerusform>%Ln Besprechungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1+ decisions in %2+ meetings</source>
        <translation>%1+ Entscheidungen in %2+ Besprechungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · %1%2 stated more than once</source>
        <translation> · %1%2 mehrfach genannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · filtered by “%1”</source>
        <translation> · gefiltert nach „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No decisions recorded in this vault</source>
        <translation>In diesem Tresor sind keine Entscheidungen festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decisions match</source>
        <translation>Keine Entscheidungen gefunden</translation>
    </message>
</context>
<context>
    <name>ui::DuplicatesModel</name>
    <message>
        <location filename="../ui/tasks/duplicatesmodel.cpp" line="+55"/>
        <source>%1 similar tasks, %2 open · %3% alike</source>
        <translation>%1 ähnliche Aufgaben, %2 offen · %3 % gleich</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>ui::DuplicatesPanel</name>
    <message>
        <location filename="../ui/tasks/duplicatespanel.cpp" line="+32"/>
        <source>Duplicate tasks</source>
        <translation>Doppelte Aufgaben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keep Selected, Cancel Others</source>
        <translation>Auswahl behalten, andere abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep Selected, Cancel Others  K</source>
        <translation>Auswahl &amp;behalten, andere abbrechen  K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Looking for likely duplicates…</source>
        <translation>Mögliche Duplikate werden gesucht …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No likely duplicates left</source>
        <translation>Keine wahrscheinlichen Duplikate mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 group of likely duplicates — select the one to keep, then K</source>
        <translation>1 Gruppe wahrscheinlicher Duplikate – die zu behaltende Aufgabe auswählen, dann K</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 groups of likely duplicates — select the one to keep, then K</source>
        <translation>%1 Gruppen möglicher Duplikate – die zu behaltende Aufgabe auswählen, dann K</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the task to keep, then K</source>
        <translation>Die zu behaltende Aufgabe auswählen, dann K</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolve Duplicates</source>
        <translation>Duplikate auflösen</translation>
    </message>
</context>
<context>
    <name>ui::EditMessages</name>
    <message>
        <location filename="../ui/session/editmessages.cpp" line="+98"/>
        <source>The note changed on disk since it was shown — reload the note, then try again.</source>
        <translation>Die Notiz wurde auf der Festplatte geändert, seit sie angezeigt wurde – laden Sie die Notiz neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The line changed in another editor — reload the note.</source>
        <translation>Die Zeile wurde in einem anderen Editor geändert – laden Sie die Notiz neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That line is no longer a task — reload the note.</source>
        <translation>Diese Zeile ist keine Aufgabe mehr – laden Sie die Notiz neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is busy (its index is being updated) — try again in a moment.</source>
        <translation>Der Tresor ist beschäftigt (sein Index wird aktualisiert) – versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vaultview does not change this note (it is outside the vault or a link) — edit it in its own editor.</source>
        <translation>Vaultview ändert diese Notiz nicht (sie liegt außerhalb des Tresors oder ist eine Verknüpfung) – bearbeiten Sie sie in ihrem eigenen Editor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note could not be written — check that the file is there and can be written, then reload the note.</source>
        <translation>Die Notiz konnte nicht geschrieben werden – prüfen Sie, ob die Datei vorhanden und beschreibbar ist, und laden Sie die Notiz dann neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change was written, with a caveat:</source>
        <translation>Die Änderung wurde geschrieben, mit einem Vorbehalt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>ui::HeatMap</name>
    <message>
        <location filename="../ui/widgets/heatmap.cpp" line="+30"/>
        <source>Meetings per day</source>
        <translation>Besprechungen pro Tag</translation>
    </message>
    <message>
        <location line="+156"/>
        <location line="+15"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Less</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No meetings on %1</source>
        <translation>Keine Besprechungen am %1</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n meetings on %1</source>
        <translation>
            <numerusform>%n Besprechung am %1</numerusform>
            <numerusform>%n Besprechungen am %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HistoryDialog</name>
    <message>
        <location filename="../ui/shell/historydialog.cpp" line="+27"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo Last</source>
        <translation>Letzte &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the newest change still applied</source>
        <translation>Die neueste noch wirksame Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the oldest change undone</source>
        <translation>Die älteste rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Undid %n change(s).</source>
        <translation>
            <numerusform>%n Änderung rückgängig gemacht.</numerusform>
            <numerusform>%n Änderungen rückgängig gemacht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Redid %n change(s).</source>
        <translation>
            <numerusform>%n Änderung wiederhergestellt.</numerusform>
            <numerusform>%n Änderungen wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::HistoryModel</name>
    <message>
        <location filename="../ui/shell/historymodel.cpp" line="+63"/>
        <source>(line removed)</source>
        <translation>(Zeile entfernt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before → After</source>
        <translation>Vorher → Nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>ui::IdentityEditor</name>
    <message>
        <location filename="../ui/session/identityeditor.cpp" line="+20"/>
        <source>Me:</source>
        <translation>Ich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>also known as:</source>
        <translation>auch bekannt als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My name</source>
        <translation>Mein Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner name of my tasks (@Myself)</source>
        <translation>Mein Name als Zuständige(r) meiner Aufgaben (@Myself)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My other names</source>
        <translation>Meine anderen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names for me, comma-separated</source>
        <translation>Weitere Namen für mich, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names that also mean me, e.g. my full name</source>
        <translation>Namen, die ebenfalls mich meinen, z. B. mein vollständiger Name</translation>
    </message>
</context>
<context>
    <name>ui::IndexFileGuard</name>
    <message>
        <location filename="../ui/session/indexfileguard.cpp" line="+42"/>
        <source>the index file was deleted</source>
        <translation>die Indexdatei wurde gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index file was replaced</source>
        <translation>die Indexdatei wurde ersetzt</translation>
    </message>
</context>
<context>
    <name>ui::IndexWorker</name>
    <message>
        <location filename="../ui/session/indexworker.cpp" line="+45"/>
        <source>Indexing stopped</source>
        <translation>Indizierung angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 notes, up to date</source>
        <translation>%1 Notizen, auf dem neuesten Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 notes indexed (%2 new, %3 changed, %4 removed) in %5 ms</source>
        <translation>%1 Notizen indiziert (%2 neu, %3 geändert, %4 entfernt) in %5 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n note(s) re-indexed</source>
        <translation>
            <numerusform>%n Notiz neu indiziert</numerusform>
            <numerusform>%n Notizen neu indiziert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MainMenus</name>
    <message>
        <location filename="../ui/shell/mainmenus.cpp" line="+47"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Vault…</source>
        <translation>Tresor ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Note in &amp;Editor</source>
        <translation>Notiz im &amp;Editor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Note in O&amp;bsidian</source>
        <translation>Notiz in O&amp;bsidian öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reveal in File &amp;Manager</source>
        <translation>Im &amp;Dateimanager anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;index Vault</source>
        <translation>Tresor neu &amp;indizieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear Search</source>
        <translation>Suche &amp;leeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by &amp;Date</source>
        <translation>Nach &amp;Datum sortieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort by &amp;Title</source>
        <translation>Nach &amp;Titel sortieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Meeting</source>
        <translation>&amp;Nächste Besprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous Meeting</source>
        <translation>&amp;Vorherige Besprechung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Focus &amp;Meetings</source>
        <translation>Fokus auf &amp;Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus T&amp;asks</source>
        <translation>Fokus auf &amp;Aufgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus S&amp;ummary</source>
        <translation>Fokus auf &amp;Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focus D&amp;ecisions</source>
        <translation>Fokus auf &amp;Entscheidungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Focus Peop&amp;le</source>
        <translation>Fokus auf &amp;Personen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;build Index</source>
        <translation>Inde&amp;x neu aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuilt on request</source>
        <translation>auf Wunsch neu aufgebaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search &amp;Syntax</source>
        <translation>Such&amp;syntax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search Syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Vaultview</source>
        <translation>Über &amp;Vaultview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+210"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Open Vault</source>
        <translation>Tresor kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+25"/>
        <source>Indexing…</source>
        <translation>Indizierung …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%v / %m notes</source>
        <translation>%v / %m Notizen</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No application is set up to open Markdown files.</source>
        <translation>Es ist keine Anwendung zum Öffnen von Markdown-Dateien eingerichtet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Obsidian is not installed, or does not handle obsidian:// links.</source>
        <translation>Obsidian ist nicht installiert oder öffnet keine obsidian://-Links.</translation>
    </message>
</context>
<context>
    <name>ui::MeetingListDelegate</name>
    <message>
        <location filename="../ui/meeting/meetinglistdelegate.cpp" line="+32"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>ui::MeetingListModel</name>
    <message numerus="yes">
        <location filename="../ui/meeting/meetinglistmodel.cpp" line="+268"/>
        <source>%n open task(s), %1 of them proposed</source>
        <translation>
            <numerusform>%n offene Aufgabe, davon %1 vorgeschlagen</numerusform>
            <numerusform>%n offene Aufgaben, davon %1 vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note has parsing notices</source>
        <translation>Beim Lesen dieser Notiz gab es Hinweise</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>ui::MeetingListPane</name>
    <message>
        <location filename="../ui/meeting/meetinglistpane.cpp" line="+14"/>
        <location line="+25"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By title</source>
        <translation>Nach Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort the meeting list</source>
        <translation>Besprechungsliste sortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Sort meetings</source>
        <translation>Besprechungen sortieren</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · not this search</source>
        <translation>%1 · nicht diese Suche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search is not valid: the list still shows the last valid search.</source>
        <translation>Die Suche ist ungültig: Die Liste zeigt noch die letzte gültige Suche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not filtered by the search, which is not valid</source>
        <translation>Nicht nach der Suche gefiltert, da sie ungültig ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings match the search.</source>
        <translation>Keine Besprechungen passen zur Suche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No meetings in this vault.</source>
        <translation>In diesem Tresor gibt es keine Besprechungen.</translation>
    </message>
</context>
<context>
    <name>ui::MeetingStrip</name>
    <message>
        <location filename="../ui/people/meetingstrip.cpp" line="+134"/>
        <source>No dated meetings</source>
        <translation>Keine datierten Besprechungen</translation>
    </message>
</context>
<context>
    <name>ui::MessageBar</name>
    <message>
        <location filename="../ui/widgets/messagebar.cpp" line="+41"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ui::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/optionaldateedit.cpp" line="+23"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date (Delete)</source>
        <translation>Kein Datum (Entf)</translation>
    </message>
</context>
<context>
    <name>ui::PeopleDelegate</name>
    <message>
        <location filename="../ui/people/peopledelegate.cpp" line="+97"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task owner</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>ui::PeopleModel</name>
    <message>
        <location filename="../ui/people/peoplemodel.cpp" line="+111"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · owns %2 of this meeting&apos;s tasks (%3 open)</source>
        <translation>%1 · zuständig für %2 Aufgaben dieser Besprechung (%3 offen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activate to see every meeting with %1</source>
        <translation>Aktivieren zeigt alle Besprechungen mit %1</translation>
    </message>
</context>
<context>
    <name>ui::PeoplePane</name>
    <message>
        <location filename="../ui/meeting/peoplepane.cpp" line="+15"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People in this meeting</source>
        <translation>Personen in dieser Besprechung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double-click or press Enter to see every meeting with this person</source>
        <translation>Doppelklick oder Eingabetaste zeigt alle Besprechungen mit dieser Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show All Meetings with This Person</source>
        <translation>Alle Besprechungen mit dieser Person anzeigen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No people listed</source>
        <translation>Keine Personen aufgeführt</translation>
    </message>
</context>
<context>
    <name>ui::PeopleView</name>
    <message>
        <location filename="../ui/people/peopleview.cpp" line="+89"/>
        <location line="+23"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter people…</source>
        <translation>Personen filtern …</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading people…</source>
        <translation>Personen werden geladen …</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody in this vault yet</source>
        <translation>Noch niemand in diesem Tresor</translation>
    </message>
</context>
<context>
    <name>ui::PersonMeetingModel</name>
    <message>
        <location filename="../ui/people/personmeetingmodel.cpp" line="+47"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to open</source>
        <translation>Doppelklick zum Öffnen</translation>
    </message>
</context>
<context>
    <name>ui::PersonPage</name>
    <message>
        <location filename="../ui/people/personpage.cpp" line="+60"/>
        <source>They owe me</source>
        <translation>Schulden mir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I owe them</source>
        <translation>Schulde ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tasks they owe me</source>
        <translation>Aufgaben, die sie mir schulden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks I owe them</source>
        <translation>Aufgaben, die ich ihnen schulde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings with them</source>
        <translation>Besprechungen mit ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions in meetings with them</source>
        <translation>Entscheidungen in Besprechungen mit ihnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List more of their meetings and tasks</source>
        <translation>Weitere ihrer Besprechungen und Aufgaben auflisten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Search their meetings</source>
        <translation>Ihre Besprechungen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put person:&quot;…&quot; in the search field</source>
        <translation>Schreibt person:&quot;…&quot; in das Suchfeld</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 (me)</source>
        <translation>%1 (ich)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln Besprechung</numerusform>
            <numerusform>%Ln Besprechungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>they owe me %1</source>
        <translation>schulden mir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I owe them %1</source>
        <translation>schulde ich %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · &lt;span style=&quot;color:%1&quot;&gt;%2 overdue&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:%1&quot;&gt;%2 überfällig&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open Meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select a person</source>
        <translation>Wählen Sie eine Person</translation>
    </message>
</context>
<context>
    <name>ui::PersonTableModel</name>
    <message>
        <location filename="../ui/people/persontablemodel.cpp" line="+92"/>
        <source>%1: %2 meetings, owns %3 open tasks; I owe %4 from meetings with them</source>
        <translation>%1: %2 Besprechungen, zuständig für %3 offene Aufgaben; ich schulde %4 aus gemeinsamen Besprechungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last meeting</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open owned</source>
        <translation>Offen (eigene)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I owe</source>
        <translation>Schulde ich</translation>
    </message>
</context>
<context>
    <name>ui::PersonTaskDelegate</name>
    <message>
        <location filename="../ui/people/persontaskdelegate.cpp" line="+78"/>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
</context>
<context>
    <name>ui::PersonTaskModel</name>
    <message>
        <location filename="../ui/people/persontaskmodel.cpp" line="+83"/>
        <source>From %1; double-click to open the meeting</source>
        <translation>Aus %1; Doppelklick öffnet die Besprechung</translation>
    </message>
</context>
<context>
    <name>ui::PostponeMenu</name>
    <message>
        <location filename="../ui/session/postponemenu.cpp" line="+14"/>
        <source>&amp;Postpone</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 &amp;Day</source>
        <translation>1 &amp;Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 &amp;Week</source>
        <translation>1 &amp;Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Monday</source>
        <translation>Nächsten &amp;Montag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Due Date</source>
        <translation>Fälligkeitsdatum &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the due date, or from today when it has passed</source>
        <translation>Ab dem Fälligkeitsdatum oder ab heute, wenn es verstrichen ist</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Remove the Due Date of %n Tasks</source>
        <translation>
            <numerusform>Fälligkeitsdatum von %n Aufgabe entfernen</numerusform>
            <numerusform>Fälligkeitsdatum von %n Aufgaben entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Postpone %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe zurückstellen</numerusform>
            <numerusform>%n Aufgaben zurückstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::PriorityGlyph</name>
    <message>
        <location filename="../ui/widgets/priorityglyph.cpp" line="+104"/>
        <source>%1 priority</source>
        <translation>Priorität %1</translation>
    </message>
</context>
<context>
    <name>ui::SearchBar</name>
    <message>
        <location filename="../ui/shell/searchbar.cpp" line="+59"/>
        <source>Search meetings</source>
        <translation>Besprechungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search meetings, person:, tag:…</source>
        <translation>Besprechungen suchen, person:, tag: …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search meetings. Words search the full text; fields narrow it down:
person:&quot;Alon Horev&quot;  owner:Myself  tag:apollo  type:people
status:open|proposed|done  due:overdue|week|2025-11  after:2025-10  before:2025-12
is:blocked (waits for an open task)  is:blocking
-term excludes, &quot;quoted phrase&quot; keeps words together. Ctrl+F focuses the field, Esc clears it.</source>
        <translation>Besprechungen suchen. Wörter durchsuchen den gesamten Text; Felder grenzen die Suche ein:
person:&quot;Alon Horev&quot;  owner:Myself  tag:apollo  type:people
status:open|proposed|done  due:overdue|week|2025-11  after:2025-10  before:2025-12
is:blocked (wartet auf eine offene Aufgabe)  is:blocking
-begriff schließt aus, &quot;Phrase in Anführungszeichen&quot; hält Wörter zusammen. Strg+F setzt den Fokus ins Feld, Esc leert es.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1
The lists still show the last valid search.</source>
        <translation>%1
Die Listen zeigen noch die letzte gültige Suche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not valid: %1. The lists still show the last valid search.</source>
        <translation>Ungültig: %1. Die Listen zeigen noch die letzte gültige Suche.</translation>
    </message>
</context>
<context>
    <name>ui::SummaryPane</name>
    <message>
        <location filename="../ui/meeting/summarypane.cpp" line="+55"/>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Summary of this meeting</source>
        <translation>Zusammenfassung dieser Besprechung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open in the default editor
%1</source>
        <translation>Im Standardeditor öffnen
%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a meeting</source>
        <translation>Wählen Sie eine Besprechung</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>KEY POINTS</source>
        <translation>KERNPUNKTE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p class=&quot;muted&quot;&gt;This note has no summary or key points.&lt;/p&gt;</source>
        <translation>&lt;p class=&quot;muted&quot;&gt;Diese Notiz hat keine Zusammenfassung und keine Kernpunkte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: &lt;a href=&quot;open&quot; style=&quot;color: %1; text-decoration: none;&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Quelle: &lt;a href=&quot;open&quot; style=&quot;color: %1; text-decoration: none;&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Only notes are opened from links: %1</source>
        <translation>Aus Links werden nur Notizen geöffnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link not opened: %1</source>
        <translation>Link nicht geöffnet: %1</translation>
    </message>
</context>
<context>
    <name>ui::TagChip</name>
    <message>
        <location filename="../ui/widgets/tagchip.cpp" line="+20"/>
        <source>Show meetings tagged #%1</source>
        <translation>Besprechungen mit dem Schlagwort #%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>ui::TaskBrowserModel</name>
    <message>
        <location filename="../ui/tasks/taskbrowsermodel.cpp" line="+19"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
</context>
<context>
    <name>ui::TaskColumns</name>
    <message>
        <location filename="../ui/tasks/taskroles.cpp" line="+13"/>
        <location line="+4"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>Besprechungsdatum</translation>
    </message>
</context>
<context>
    <name>ui::TaskDueDelegate</name>
    <message>
        <location filename="../ui/tasks/taskduedelegate.cpp" line="+22"/>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the due date (Delete)</source>
        <translation>Fälligkeitsdatum entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>ui::TaskEditor</name>
    <message>
        <location filename="../ui/session/taskeditor.cpp" line="+22"/>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark To Do</source>
        <translation>Als offen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark In Progress</source>
        <translation>Als in Bearbeitung markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel Task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Proposed</source>
        <translation>Als vorgeschlagen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark Forwarded</source>
        <translation>Als weitergeleitet markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set Status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set Due Date</source>
        <translation>Fälligkeitsdatum setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Due Date</source>
        <translation>Fälligkeitsdatum entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Postpone</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source> “%1”</source>
        <translation> „%1“</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Reassign to %1</source>
        <translation>Neu zuweisen an %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 changed on disk since it was read; it is being reloaded, try again.</source>
        <translation>%1 wurde seit dem Lesen auf der Festplatte geändert; die Datei wird neu geladen, bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown task status: %1</source>
        <translation>Unbekannter Aufgabenstatus: %1</translation>
    </message>
</context>
<context>
    <name>ui::TaskFilterBar</name>
    <message>
        <location filename="../ui/tasks/taskfilterbar.cpp" line="+40"/>
        <source>Filter by owner</source>
        <translation>Nach zuständiger Person filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (or none)</source>
        <translation>Zuständig (oder none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter by due date</source>
        <translation>Nach Fälligkeit filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any due date</source>
        <translation>Beliebiges Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next 30 days</source>
        <translation>Nächste 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group tasks</source>
        <translation>Aufgaben gruppieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by due</source>
        <translation>Nach Fälligkeit gruppieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Group by owner</source>
        <translation>Nach Zuständigen gruppieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group by meeting</source>
        <translation>Nach Besprechung gruppieren</translation>
    </message>
</context>
<context>
    <name>ui::TaskMenu</name>
    <message>
        <location filename="../ui/shell/taskmenu.cpp" line="+33"/>
        <source>&amp;Task</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toggle Done</source>
        <translation>Erledigt umschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept Proposed</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reject Proposed</source>
        <translation>Vorschlag ab&amp;lehnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In &amp;Progress</source>
        <translation>In &amp;Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eassign…</source>
        <translation>Neu zu&amp;weisen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;kip</source>
        <translation>Übersprin&amp;gen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Triage Proposed</source>
        <translation>Vorschläge s&amp;ichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Due Da&amp;te</source>
        <translation>&amp;Fälligkeit bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Meeting</source>
        <translation>Besprechung &amp;öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep Selected, &amp;Cancel Others</source>
        <translation>Auswahl behalten, andere abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Set &amp;Status</source>
        <translation>&amp;Status setzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>P&amp;ostpone</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
</context>
<context>
    <name>ui::TaskNotices</name>
    <message>
        <location filename="../ui/session/tasknotices.cpp" line="+12"/>
        <source>Blocked by: %1 — %2</source>
        <translation>Blockiert durch: %1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Blocked: it waits for another task</source>
        <translation>Blockiert: wartet auf eine andere Aufgabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, blocked</source>
        <translation>, blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, 1 warning</source>
        <translation>, 1 Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 warnings</source>
        <translation>, %1 Warnungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 task: %2</source>
        <translation>Aufgabe (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, owner %1</source>
        <translation>, zuständig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, due %1</source>
        <translation>, fällig am %1</translation>
    </message>
</context>
<context>
    <name>ui::TaskState</name>
    <message>
        <location filename="../ui/tasks/taskroles.cpp" line="+15"/>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ui::TaskTableModel</name>
    <message>
        <location filename="../ui/tasks/tasktablemodel.cpp" line="+275"/>
        <source>%1 — A accepts, R rejects</source>
        <translation>%1 – A nimmt an, R lehnt ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — click or Space toggles done</source>
        <translation>%1 – Klick oder Leertaste schaltet „erledigt“ um</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Overdue: was due %1</source>
        <translation>Überfällig: war fällig am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
</context>
<context>
    <name>ui::TasksPane</name>
    <message>
        <location filename="../ui/meeting/taskspane.cpp" line="+22"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tasks of this meeting</source>
        <translation>Aufgaben dieser Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space toggles done, A accepts, R rejects, P postpones</source>
        <translation>Leertaste schaltet „erledigt“ um, A nimmt an, R lehnt ab, P stellt zurück</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 open of %2</source>
        <translation>%1 von %2 offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 proposed</source>
        <translation>%1 · %2 vorgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tasks in this meeting</source>
        <translation>Keine Aufgaben in dieser Besprechung</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Reopen %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe wieder öffnen</numerusform>
            <numerusform>%n Aufgaben wieder öffnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Complete %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe erledigen</numerusform>
            <numerusform>%n Aufgaben erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Accept %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe annehmen</numerusform>
            <numerusform>%n Aufgaben annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reject %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe ablehnen</numerusform>
            <numerusform>%n Aufgaben ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Start %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe beginnen</numerusform>
            <numerusform>%n Aufgaben beginnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Set Status of %n Tasks</source>
        <translation>
            <numerusform>Status von %n Aufgabe setzen</numerusform>
            <numerusform>Status von %n Aufgaben setzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open Note in Editor</source>
        <translation>Notiz im Editor öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Note in Obsidian</source>
        <translation>Notiz in Obsidian öffnen</translation>
    </message>
</context>
<context>
    <name>ui::TasksView</name>
    <message>
        <location filename="../ui/tasks/tasksview.cpp" line="+52"/>
        <source>Task lists</source>
        <translation>Aufgabenlisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All Tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>Triage</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space toggles done, A accepts, R rejects, P postpones</source>
        <translation>Leertaste schaltet „erledigt“ um, A nimmt an, R lehnt ab, P stellt zurück</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+219"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Accept the selected proposed tasks (A)</source>
        <translation>Die ausgewählten vorgeschlagenen Aufgaben annehmen (A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+218"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>Cancel the selected tasks (R)</source>
        <translation>Die ausgewählten Aufgaben abbrechen (R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+217"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Mark the selected tasks done (D)</source>
        <translation>Die ausgewählten Aufgaben als erledigt markieren (D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+216"/>
        <source>Reassign…</source>
        <translation>Neu zuweisen …</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>Change the owner of the selected tasks (E)</source>
        <translation>Zuständigkeit der ausgewählten Aufgaben ändern (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go through proposed tasks one at a time (T)</source>
        <translation>Vorgeschlagene Aufgaben nacheinander durchgehen (T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to File…</source>
        <translation>In Datei speichern …</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Loading tasks…</source>
        <translation>Aufgaben werden geladen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 tasks in %2 groups</source>
        <translation>%L1 Aufgaben in %2 Gruppen</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Accept %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe annehmen</numerusform>
            <numerusform>%n Aufgaben annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reject %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe ablehnen</numerusform>
            <numerusform>%n Aufgaben ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Complete %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe erledigen</numerusform>
            <numerusform>%n Aufgaben erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reassign %n Tasks</source>
        <translation>
            <numerusform>%n Aufgabe neu zuweisen</numerusform>
            <numerusform>%n Aufgaben neu zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open Meeting</source>
        <translation>Besprechung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Note in Obsidian</source>
        <translation>Notiz in Obsidian öffnen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner of the selected tasks:</source>
        <translation>Neue Zuständigkeit für die ausgewählten Aufgaben:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export Tasks</source>
        <translation>Aufgaben exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md);;CSV (*.csv)</source>
        <translation>Markdown (*.md);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="+38"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Meetings per day</source>
        <translation>Besprechungen pro Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrow keys move between days; Enter lists them</source>
        <translation>Die Pfeiltasten wechseln zwischen Tagen; die Eingabetaste listet sie auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole week</source>
        <translation>Ganze Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the meetings of the selected day&apos;s week</source>
        <translation>Die Besprechungen der Woche des ausgewählten Tages auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meetings of the selected days</source>
        <translation>Besprechungen der ausgewählten Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click or press Enter to open the meeting</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Besprechung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous year with meetings</source>
        <translation>Vorheriges Jahr mit Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next year with meetings</source>
        <translation>Nächstes Jahr mit Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%Ln meetings in %1</source>
        <translation>
            <numerusform>%Ln Besprechung in %1</numerusform>
            <numerusform>%Ln Besprechungen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · busiest day %1 (%2)</source>
        <translation> · meiste Besprechungen am %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · filtered by “%1”</source>
        <translation> · gefiltert nach „%1“</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n meetings</source>
        <translation>
            <numerusform>%n Besprechung</numerusform>
            <numerusform>%n Besprechungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::TriagePanel</name>
    <message>
        <location filename="../ui/tasks/triagepanel.cpp" line="+28"/>
        <source>Triage</source>
        <translation>Sichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A accept, R reject, D done, E reassign, S skip, P postpone</source>
        <translation>A annehmen, R ablehnen, D erledigt, E neu zuweisen, S überspringen, P zurückstellen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New owner</source>
        <translation>Neue zuständige Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner, then Enter (Esc cancels)</source>
        <translation>Neue Zuständigkeit, dann Eingabetaste (Esc bricht ab)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Accept  A</source>
        <translation>&amp;Annehmen  A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject  R</source>
        <translation>A&amp;blehnen  R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done  D</source>
        <translation>&amp;Erledigt  D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eassign  E</source>
        <translation>Neu &amp;zuweisen  E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip  S</source>
        <translation>Über&amp;springen  S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postpone  P</source>
        <translation>Zu&amp;rückstellen  P</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Summary of the task&apos;s meeting</source>
        <translation>Zusammenfassung der Besprechung dieser Aufgabe</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No proposed tasks to triage</source>
        <translation>Keine vorgeschlagenen Aufgaben zu sichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All %1 proposed tasks triaged</source>
        <translation>Alle %1 vorgeschlagenen Aufgaben gesichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 proposed</source>
        <translation>%1 von %2 vorgeschlagenen</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassign…</source>
        <translation>Neu zuweisen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing waiting for triage.</source>
        <translation>Nichts wartet auf Sichtung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done — every proposed task has been looked at.</source>
        <translation>Fertig – alle vorgeschlagenen Aufgaben wurden angesehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no owner</source>
        <translation>niemand zuständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1:  %2</source>
        <translation>Zeile %1:  %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;p style=&quot;%1&quot;&gt;&lt;b&gt;Up next&lt;/b&gt; — %2 more&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;</source>
        <translation>&lt;p style=&quot;%1&quot;&gt;&lt;b&gt;Als Nächstes&lt;/b&gt; – %2 weitere&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;i&gt;This meeting has no summary.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Diese Besprechung hat keine Zusammenfassung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ui::VaultSession</name>
    <message>
        <location filename="../ui/session/vaultsession.cpp" line="+93"/>
        <location line="+41"/>
        <source>damaged (%1)</source>
        <translation>beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot reopen the index: %1</source>
        <translation>Der Index kann nicht erneut geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index was %1; it is being rebuilt.</source>
        <translation>Der Index wurde %1; er wird neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; the index was reopened.</source>
        <translation>%1; der Index wurde erneut geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 while Vaultview was running; it is being rebuilt.</source>
        <translation>%1, während Vaultview lief; er wird neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Indexing failed: %1</source>
        <translation>Indizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indexing failed</source>
        <translation>Indizierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ui::VaultWatcher</name>
    <message>
        <location filename="../ui/session/vaultwatcher.cpp" line="+104"/>
        <source>Cannot watch all %1 folders of the vault (system limit): looking for changes every %2 s instead.</source>
        <translation>Nicht alle %1 Ordner des Tresors können überwacht werden (Systemgrenze): stattdessen wird alle %2 s nach Änderungen gesucht.</translation>
    </message>
</context>
<context>
    <name>ui::ViewSwitcher</name>
    <message>
        <location filename="../ui/shell/viewswitcher.cpp" line="+24"/>
        <source>Meetings</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Beschlüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
</TS>
