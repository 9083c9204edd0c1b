// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/session/indexworker.h"

#include "core/index/indexer.h"
#include "core/index/vaultindex.h"
#include "ui/session/logging.h"

namespace ui {

IndexWorker::IndexWorker(const QString &vaultRoot, const QString &indexPath)
    : m_root(vaultRoot)
    , m_indexPath(indexPath)
{ }

IndexWorker::~IndexWorker() = default;

bool IndexWorker::ensureOpen(bool fullScan)
{
    if (m_index)
        return true;
    auto index = std::make_unique<core::VaultIndex>(m_root, m_indexPath);
    if (!index->open()) {
        Q_EMIT failed(index->error(), fullScan);
        return false;
    }
    m_index = std::move(index);
    return true;
}

void IndexWorker::updateAll()
{
    if (!ensureOpen(true))
        return;
    core::Indexer indexer(*m_index);
    indexer.setCancelFlag(&m_cancel);
    const auto stats
        = indexer.update([this](int done, int total) { Q_EMIT progress(done, total); });
    if (!stats) {
        qCWarning(lcIndexing) << "indexing failed:" << indexer.error();
        Q_EMIT failed(indexer.error(), true);
        if (indexer.failedOnCorruption())
            Q_EMIT damaged(indexer.error());
        return;
    }
    const int changes = stats->added + stats->updated + stats->removed;
    const QString summary = stats->cancelled ? tr("Indexing stopped")
        : changes == 0
        ? tr("%1 notes, up to date").arg(stats->unchanged)
        : tr("%1 notes indexed (%2 new, %3 changed, %4 removed) in %5 ms")
              .arg(stats->added + stats->updated + stats->unchanged)
              .arg(stats->added)
              .arg(stats->updated)
              .arg(stats->removed)
              .arg(stats->elapsedMs);
    qCInfo(lcIndexing) << summary;
    for (const QString &warning : stats->warnings)
        qCWarning(lcIndexing) << warning;
    Q_EMIT finished(changes, true, summary);
}

void IndexWorker::updateFiles(const QStringList &paths)
{
    if (!ensureOpen(false))
        return;
    core::Indexer indexer(*m_index);
    indexer.setCancelFlag(&m_cancel);
    int changes = 0;
    for (const QString &path : paths) {
        if (m_cancel.load())
            break;
        if (indexer.updateFile(path)) {
            ++changes;
        } else {
            qCWarning(lcIndexing) << "cannot re-index" << path << indexer.error();
            if (indexer.failedOnCorruption()) {
                Q_EMIT damaged(indexer.error());
                break;
            }
        }
    }
    Q_EMIT finished(changes, false, tr("%n note(s) re-indexed", nullptr, changes));
}

void IndexWorker::close()
{
    m_index.reset();
}

} // namespace ui
