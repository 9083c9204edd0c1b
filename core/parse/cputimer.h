// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace core {

// The CPU time the calling thread has spent since start(), in milliseconds. A parse's time budget
// is counted in it, not on the wall clock: a busy machine (other indexers, a build, CI's parallel
// tests) must not cut a note short that an idle one reads whole.
class CpuTimer final
{
public:
    void start();
    qint64 elapsed() const;

private:
    qint64 m_startNs = 0;
};

} // namespace core
