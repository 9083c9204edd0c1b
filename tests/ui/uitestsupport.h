// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the GUI tests: fixture notes with known content, copies of the sample vault,
// and line-level comparison of file versions.

#include "testvault.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QTest>

namespace uitest {

// Three meetings with exact, known people, tags and tasks (line numbers noted).
inline const char *apolloNote()
{
    return "---\n"
           "type: project\n"
           "title: Apollo kickoff\n"
           "date: 2025-01-10\n"
           "participants:\n"
           "- Alon Horev\n"
           "- Priya Patel\n"
           "tags:\n"
           "- apollo\n"
           "- project/infra\n"
           "---\n"
           "# Apollo kickoff\n"
           "\n"
           "## Summary\n"
           "\n"
           "We **agreed** to start Apollo with [[Alon Horev]].\n"
           "\n"
           "## Action Items\n"
           "\n"
           "- [ ] Draft the plan @Alon Horev \xF0\x9F\x93\x85 2025-01-20 \xE2\x8F\xAB\n" // line 20:
                                                                                         // todo,
                                                                                         // high
           "- [?] Book the room @Priya Patel\n" // line 21: proposed
           "- [x] Send invite @Myself \xE2\x9C\x85 2025-01-09\n" // line 22: done
           "\n"
           "## Decisions\n"
           "\n"
           "- Apollo starts in January.\n"
           "- Priya owns the budget.\n"
           "\n"
           "## Key Information\n"
           "\n"
           "- Budget approved.\n";
}

inline const char *budgetNote()
{
    return "---\n"
           "type: people\n"
           "title: 1:1 with Priya Patel\n"
           "date: 2025-02-03\n"
           "participants:\n"
           "- Priya Patel\n"
           "tags:\n"
           "- budget\n"
           "---\n"
           "## Summary\n"
           "\n"
           "Budget review.\n"
           "\n"
           "## Action Items\n"
           "\n"
           "- [?] Review the numbers @Priya Patel \xF0\x9F\x93\x85 2025-02-10\n" // line 16
           "- [/] Update the sheet @Myself \xF0\x9F\x94\xBD\n" // line 17
           "- [-] Old idea @Myself\n" // line 18
           "\n"
           "## Decisions\n"
           "\n"
           "- Keep the budget flat.\n";
}

inline const char *standupNote()
{
    return "---\n"
           "type: standup\n"
           "title: Team standup\n"
           "date: 2025-02-20\n"
           "tags:\n"
           "- apollo\n"
           "---\n"
           "## Summary\n"
           "\n"
           "Quick sync.\n";
}

inline bool writeFixture(const TestVault &vault)
{
    return vault.write(QStringLiteral("Meetings/2025-01-10 Apollo kickoff.md"), apolloNote())
        && vault.write(QStringLiteral("Meetings/2025-02-03 Priya.md"), budgetNote())
        && vault.write(QStringLiteral("Meetings/2025-02-20 Standup.md"), standupNote());
}

inline const QString kApollo = QStringLiteral("Meetings/2025-01-10 Apollo kickoff.md");
inline const QString kBudget = QStringLiteral("Meetings/2025-02-03 Priya.md");
inline const QString kStandup = QStringLiteral("Meetings/2025-02-20 Standup.md");
inline const QString kSeed
    = QStringLiteral("Meetings/2025/10/2025-10-28 - 1-1 with Alon Horev, MAI Falcon rollout.md");

// A task row as a screen reader reads it (TaskNotices::accessibleText): "<State> task: <text>",
// then owner and due, then `suffix` (", blocked", ", 1 warning") at the end.
inline bool readsAs(const QString &accessible, const QString &text, const QString &suffix)
{
    const qsizetype at = accessible.indexOf(QStringLiteral(" task: ") + text);
    return at > 0 && accessible.endsWith(suffix)
        && (!suffix.isEmpty() || !accessible.contains(QStringLiteral("warning")));
}

// Copies every file of the sample vault into `vault` (tests write to the copy, never the source).
inline bool copySampleVault(const TestVault &vault)
{
    const QString source = TestVault::sampleVaultPath();
    QDirIterator it(source, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)
            || !vault.write(QDir(source).relativeFilePath(path), file.readAll()))
            return false;
        ++copied;
    }
    return copied > 0;
}

inline int countNotes(const QString &root)
{
    int count = 0;
    QDirIterator it(root, { QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

inline QList<QByteArray> lines(const QByteArray &bytes)
{
    return bytes.split('\n');
}

// The 1-based numbers of lines that differ; -1 when the files do not have the same number of lines.
inline QList<int> changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = lines(before);
    const QList<QByteArray> b = lines(after);
    if (a.size() != b.size())
        return { -1 };
    QList<int> changed;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            changed.append(i + 1);
    }
    return changed;
}

inline QByteArray lineOf(const QByteArray &bytes, int number)
{
    return lines(bytes).value(number - 1);
}

// Two notes whose tasks depend on others (Obsidian Tasks' 🆔 and ⛔): in kPlan, "Review the plan"
// (line 3) waits for "Draft the plan" (kDraft line 3, open): blocked; "Ship" (line 4) waits for
// "Old work" (kDraft line 4, done): not blocked; "Other" (line 5) waits for nothing.
inline const QString kPlan = QStringLiteral("plan.md");
inline const QString kDraft = QStringLiteral("draft.md");
inline bool writeDependencies(const TestVault &vault)
{
    return vault.write(kPlan,
               "# Plan\n\n"
               "- [ ] Review the plan \xE2\x9B\x94 draft1\n"
               "- [ ] Ship \xE2\x9B\x94 old1\n"
               "- [ ] Other\n")
        && vault.write(kDraft,
            "# Drafting\n\n"
            "- [ ] Draft the plan \xF0\x9F\x86\x94 draft1\n"
            "- [x] Old work \xF0\x9F\x86\x94 old1\n");
}
inline const QString kBlockedBy = QStringLiteral("Blocked by: Draft the plan \u2014 Drafting");

} // namespace uitest
