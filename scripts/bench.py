#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Vaultview benchmark: generates vaults with ../shared/vaultgen.py and times vaultview-cli on them.

  scripts/bench.py [--notes 10000 [100000 ...]] [--bin build/bin] [--work /tmp/vaultview-bench]

For each size it prints: the floor (ripgrep reading every note, same machine, same run), a cold index,
a warm re-index with nothing changed, a re-index after touching one note, query latency (median and
95th percentile of `tasks`/`search` runs, process start included) and the peak memory of the CLI.
Then, when they are built (VAULTVIEW_BUILD_TESTS), tests/bench/bench_search (in-process query
latencies of each kind, one note re-indexed, a task write round trip and its undo) and
tests/bench/bench_gui (GUI warm start, peak memory with the list loaded, typed searches, each
vault-wide view) on the same vault.
Numbers are wall-clock milliseconds; ratios are against the ripgrep floor.
"""
import argparse
import os
import pathlib
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
QUERIES = ["tasks status:proposed", "tasks person:\"Jason Vallery\" status:open", "tasks due:overdue",
           "tasks tag:followup", "search type:people", "search capacity", "search \"control plane\"",
           "search after:2025-06 before:2025-09", "tasks owner:Myself due:2025-11"]


def run(cmd, check=True):
    start = time.perf_counter()
    out = subprocess.run(cmd, check=check, capture_output=True, text=True)
    return (time.perf_counter() - start) * 1000, out.stdout


def reported_ms(stdout):
    m = re.search(r"; (\d+) ms", stdout)
    return int(m.group(1)) if m else None


def bench(cli, notes, work, shared):
    vault = work / f"vault-{notes}"
    index = work / f"index-{notes}.sqlite"
    if not vault.exists():
        subprocess.run([sys.executable, str(shared / "vaultgen.py"), str(vault), "--notes", str(notes), "--seed", "1"],
                       check=True, capture_output=True)
    size_mb = sum(p.stat().st_size for p in vault.rglob("*.md")) / 1e6
    floor = None
    if shutil.which("rg"):
        floor = min(run(["rg", "-c", "--no-messages", "-e", r"- \[.\]", str(vault)], check=False)[0] for _ in range(3))
    for f in index.parent.glob(index.name + "*"):
        f.unlink()
    # The disk still writing out an earlier run's index would be charged to this one.
    os.sync()
    cold_wall, cold_out = run([cli, "index", str(vault), "--index", str(index)])
    warm = [run([cli, "index", str(vault), "--index", str(index)]) for _ in range(3)]
    one = next(vault.rglob("*.md"))
    os.utime(one, None)
    touch_wall, touch_out = run([cli, "index", str(vault), "--index", str(index)])
    latencies = []
    for _ in range(3):
        for q in QUERIES:
            cmd, _, query = q.partition(" ")
            latencies.append(run([cli, cmd, str(vault), query, "--index", str(index)])[0])
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    def ratio(ms):
        return f"{ms / floor:6.1f}x rg" if floor else ""

    print(f"\n{notes} notes, {size_mb:.0f} MB of Markdown ({vault})")
    if floor:
        print(f"  floor: rg over the vault            {floor:8.0f} ms")
    print(f"  cold index (reported / wall)        {reported_ms(cold_out):8} / {cold_wall:.0f} ms  {ratio(cold_wall)}")
    warm_best = min(w[0] for w in warm)
    print(f"  warm re-index, nothing changed      {reported_ms(warm[-1][1]):8} / {warm_best:.0f} ms  {ratio(warm_best)}")
    print(f"  re-index after touching one note    {reported_ms(touch_out):8} / {touch_wall:.0f} ms")
    print(f"  query via CLI (incl. process start) median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms"
          f" over {len(latencies)} runs")
    print(f"  peak memory of vaultview-cli        {peak_mb:8.0f} MB")
    in_process(pathlib.Path(cli).parent, vault, index)


def in_process(bin_dir, vault, index):
    """The finer numbers from the benchmark programs, each on its own copy of the index."""
    for tool in ("bench_search", "bench_gui", "bench_parsers"):
        exe = bin_dir / tool
        if not exe.exists():
            print(f"  ({tool} is not built: configure with -DVAULTVIEW_BUILD_TESTS=ON)")
            continue
        copy = index.with_name(f"{index.stem}-{tool}.sqlite")
        shutil.copyfile(index, copy)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([str(exe), str(vault), str(copy)], capture_output=True, text=True, env=env)
        print(f"  {tool}:")
        for line in out.stdout.splitlines():
            print(f"  {line}")
        for f in copy.parent.glob(copy.name + "*"):
            f.unlink()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, nargs="+", default=[10000])
    ap.add_argument("--bin", default=str(ROOT / "build" / "bin"))
    ap.add_argument("--work", default="/tmp/vaultview-bench")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    cli = str(pathlib.Path(args.bin) / "vaultview-cli")
    print(f"machine: {os.cpu_count()} cores, {os.uname().sysname} {os.uname().release}; "
          f"{time.strftime('%Y-%m-%d')}")
    for n in args.notes:
        bench(cli, n, work, pathlib.Path(args.shared))


if __name__ == "__main__":
    main()
