// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/parse/cputimer.h"

#include <ctime>

namespace core {

namespace {

qint64 threadCpuNs()
{
    timespec now {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) != 0)
        return 0;
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

void CpuTimer::start()
{
    m_startNs = threadCpuNs();
}

qint64 CpuTimer::elapsed() const
{
    return (threadCpuNs() - m_startNs) / 1'000'000;
}

} // namespace core
