// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the index-side suites (scanner, index, query, writer, CLI).

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "testvault.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace fixture {

// The vault's index beside it (TestVault::indexPath()), opened; null when it cannot be opened.
inline std::unique_ptr<core::VaultIndex> openIndex(const TestVault &vault)
{
    auto index = std::make_unique<core::VaultIndex>(vault.root(), vault.indexPath());
    if (!index->open()) {
        qWarning("cannot open the index: %s", qPrintable(index->error()));
        return nullptr;
    }
    return index;
}

inline std::optional<core::Indexer::Stats> update(core::VaultIndex &index)
{
    core::Indexer indexer(index);
    auto stats = indexer.update();
    if (!stats)
        qWarning("index update failed: %s", qPrintable(indexer.error()));
    return stats;
}

// One integer from SQL such as "SELECT count(*) FROM notes"; -1 on error.
inline qint64 scalar(const core::VaultIndex &index, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(index.database());
    if (!q.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline bool setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(when, QFileDevice::FileModificationTime);
}

inline QDateTime modified(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.fileTime(QFileDevice::FileModificationTime) : QDateTime();
}

// The lines of a file, each with its own line ending, so that byte-level comparisons can name a line.
inline QByteArrayList linesWithEndings(const QByteArray &bytes)
{
    QByteArrayList lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype eol = bytes.indexOf('\n', start);
        const qsizetype end = eol < 0 ? bytes.size() : eol + 1;
        lines.append(bytes.mid(start, end - start));
        start = end;
    }
    return lines;
}

} // namespace fixture
