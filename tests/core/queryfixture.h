// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small vault for the suites of core/query's named reads (tasks, meetings, timeline,
// vocabulary, notes): four notes whose every task, date and tag the tests know by line.

#include "indexfixture.h"

#include <QDate>

namespace queries {

// A Monday: its week ends on 2025-11-16.
inline const QDate kToday(2025, 11, 10);

inline const QString kApollo = QStringLiteral("apollo.md");
inline const QString kAzure = QStringLiteral("azure.md");
inline const QString kStandup = QStringLiteral("2025-11-05 standup.md"); // dated by its name
inline const QString kIdeas = QStringLiteral("Notes/ideas.md"); // no date, no type

// Tasks on lines 18-22: overdue, due today (done), this week (proposed), later (in progress), none.
inline const QByteArray kApolloText
    = "---\n"
      "type: people\n"
      "title: Apollo sync\n"
      "date: 2025-10-28\n"
      "participants:\n"
      "- Jason Vallery\n"
      "- Alon Horev\n"
      "tags:\n"
      "- apollo\n"
      "---\n"
      "\n"
      "## Summary\n"
      "\n"
      "We agreed on the   rollout.\n"
      "\n"
      "## Action Items\n"
      "\n"
      "- [ ] Send notes @Alon Horev \xF0\x9F\x93\x85 2025-11-03 #apollo\n"
      "- [x] Book the room \xF0\x9F\x93\x85 2025-11-10\n"
      "- [?] Draft the proposal @Myself \xF0\x9F\x93\x85 2025-11-15\n"
      "- [/] Review storage \xF0\x9F\x93\x85 2025-12-01\n"
      "- [ ] Email Alon @Alon Horev\n";
// Tasks on lines 12-14: this week, overdue (due as apollo's line 18), cancelled without a date.
inline const QByteArray kAzureText
    = "---\n"
      "type: customer\n"
      "title: Azure sync\n"
      "date: 2025-11-05\n"
      "participants:\n"
      "- Priya Patel\n"
      "- Alon Horev\n"
      "tags:\n"
      "- azure\n"
      "---\n"
      "\n"
      "- [ ] Follow up @Priya Patel \xF0\x9F\x93\x85 2025-11-12 #followup\n"
      "- [ ] Call Alon @Alon Horev \xF0\x9F\x93\x85 2025-11-03\n"
      "- [-] Old idea\n";
// A task on line 3, due today.
inline const QByteArray kStandupText = "# Standup\n"
                                       "\n"
                                       "- [ ] Zebra task \xF0\x9F\x93\x85 2025-11-10\n";
// A task on line 3 without a due date, in a note without a date; the title starts with a digit.
inline const QByteArray kIdeasText = "# 42 ideas\n"
                                     "\n"
                                     "- [ ] Write them down\n";

// "path:line" of a task, the way the suites name tasks.
inline QString at(const QString &path, int line)
{
    return path + u':' + QString::number(line);
}

// The vault above with its index, opened and up to date.
class Vault final
{
public:
    Vault() = default;
    Q_DISABLE_COPY_MOVE(Vault)

    bool build()
    {
        if (!m_vault.write(kApollo, kApolloText) || !m_vault.write(kAzure, kAzureText)
            || !m_vault.write(kStandup, kStandupText) || !m_vault.write(kIdeas, kIdeasText))
            return false;
        m_index = fixture::openIndex(m_vault);
        return m_index && fixture::update(*m_index);
    }

    QSqlDatabase db() const { return m_index ? m_index->database() : QSqlDatabase(); }
    core::VaultIndex &index() { return *m_index; }
    TestVault &files() { return m_vault; }

private:
    TestVault m_vault;
    std::unique_ptr<core::VaultIndex> m_index;
};

} // namespace queries
