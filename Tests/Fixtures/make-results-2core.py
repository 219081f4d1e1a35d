#!/usr/bin/env python3
"""Writes results-2core.json: a synthetic, internally consistent Results file for the render tests
(a 2-core machine). It is a fixture, not a measurement. Re-run: python3 make-results-2core.py"""
import json

def median(v):
    s = sorted(v); n = len(s); m = n // 2
    return s[m] if n % 2 else (s[m - 1] + s[m]) / 2

def summary(v):
    m = median(v); mad = median([abs(x - m) for x in v])
    out = [i for i, x in enumerate(v) if mad > 0 and 0.6745 * abs(x - m) / mad > 3.5]
    return dict(count=len(v), median=m, mad=mad, min=min(v), max=max(v), mean=sum(v) / len(v), outliers=out)

r6 = lambda x: round(x, 6)
FACTORS = [1.0, 0.998, 1.004, 1.001, 1.012]

def run(wall, cpu, vol, invol, tasks):
    return dict(wallSeconds=r6(wall), cpuSeconds=r6(cpu), voluntarySwitches=vol, involuntarySwitches=invol,
                tasks=[dict(index=i, pid=p, tid=t, startSeconds=r6(s), endSeconds=r6(e), cpus=c)
                       for i, (p, t, s, e, c) in enumerate(tasks)])

def cell(strategy, workload, tasks, workers, warmup, make_run):
    runs = [make_run(f) for f in FACTORS]
    return dict(strategy=strategy, workload=workload, tasks=tasks, workers=workers,
                warmupWallSeconds=[r6(warmup)], runs=runs, summary=summary([r["wallSeconds"] for r in runs]))

PID = 4242
cells = [
    cell("sequential", "io", 10, 1, 10.012, lambda f: run(10.006 * f, 0.004, 10, 1,
         [(PID, 4243, i * 1.0006 * f, (i + 1) * 1.0006 * f, [i % 2]) for i in range(10)])),
    cell("async", "io", 10, 1, 1.004, lambda f: run(1.002 * f, 0.002, 3, 0,
         [(PID, 4244, 0.00002 * i, 1.0005 * f + 0.00003 * i, [1]) for i in range(10)])),
    cell("threads", "io", 10, 10, 1.006, lambda f: run(1.003 * f, 0.003, 12, 1,
         [(PID, 4250 + i, 0.00008 * i, 1.0008 * f + 0.00008 * i, [i % 2]) for i in range(10)])),
    cell("processes", "io", 10, 10, 1.09, lambda f: run(1.085 * f, 0.081, 40, 6,
         [(5001 + i, 5001 + i, 0.0078 * i, 0.0078 * i + 1.0009 * f, [i % 2]) for i in range(10)])),
    cell("global-lock", "io", 10, 10, 1.007, lambda f: run(1.004 * f, 0.004, 14, 2,
         [(PID, 4270 + i, 0.0001 * i, 1.0009 * f + 0.0001 * i, [i % 2]) for i in range(10)])),
    cell("sequential", "cpu", 4, 1, 2.01, lambda f: run(2.004 * f, 2.001 * f, 1, 9,
         [(PID, 4243, i * 0.501 * f, (i + 1) * 0.501 * f, [1]) for i in range(4)])),
    cell("async", "cpu", 4, 1, 2.012, lambda f: run(2.006 * f, 2.003 * f, 2, 10,
         [(PID, 4244, i * 0.5015 * f, (i + 1) * 0.5015 * f, [0]) for i in range(4)])),
    cell("threads", "cpu", 4, 4, 1.02, lambda f: run(1.012 * f, 2.01 * f, 4, 380,
         [(PID, 4290 + i, 0.0001 * i, (1.0 + 0.003 * i) * f, [i % 2, 1 - i % 2]) for i in range(4)])),
    cell("processes", "cpu", 4, 4, 1.72, lambda f: run(1.063 * f, 2.09 * f, 20, 402,
         [(6001 + i, 6001 + i, 0.008 * i, 0.008 * i + 1.04 * f, [i % 2]) for i in range(4)])),
    cell("global-lock", "cpu", 4, 4, 2.09, lambda f: run(2.081 * f, 2.06 * f, 830, 25,
         [(PID, 4300 + i, 0.0001 * i, (2.06 + 0.006 * i) * f, [i % 2, 1 - i % 2]) for i in range(4)])),
]

intervals = []
t, k = 0.0, 0
while t < 2.075:
    end = min(t + 0.005, 2.081)
    intervals.append(dict(thread=k % 4, startSeconds=r6(t), endSeconds=r6(end - 0.00002)))
    t, k = end, k + 1

results = dict(
    schemaVersion=1,
    tool=dict(name="concreport", version="0.1.0"),
    measuredAt="2026-11-25T18:30:00+09:00",
    machine=dict(cpuModel="Intel(R) Xeon(R) CPU @ 2.20GHz", logicalCPUs=2, physicalCores=1, affinityCPUs=[0, 1],
                 usableCores=2, memoryBytes=8 * 1024 ** 3, osName="Debian GNU/Linux 12 (bookworm)",
                 kernel="6.1.0-27-cloud-amd64", architecture="x86_64", swiftVersion="6.3.1",
                 clockResolutionNanoseconds=1, loadAverage=[0.42, 0.37, 0.31], frequencyGovernor=None),
    settings=dict(quick=False, ioTasks=10, ioWaitSeconds=1.0, ioThreads=10, cpuTasks=4, cpuWorkers=4,
                  cpuTaskTargetSeconds=0.5, repetitions=5, warmupRuns=1, switchIntervalSeconds=0.005),
    calibration=dict(kernel="xorshift64", iterationsPerTask=310_000_000, targetSeconds=0.5, measuredSeconds=0.501),
    comparison=dict(cells=cells),
    globalLock=dict(intervals=intervals, forcedSwitches=len(intervals) - 4, dropRequests=len(intervals) - 1),
    warnings=[dict(kind="slowFirstRun", subject="processes/cpu", value=round(1.72 / 1.063, 2))],
)
with open("results-2core.json", "w") as f:
    json.dump(results, f, indent=2, sort_keys=True)
    f.write("\n")
