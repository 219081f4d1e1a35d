#!/usr/bin/env python3
"""Writes results-1core.json, results-2core.json and results-16core.json: synthetic, internally consistent
Results files for the render tests (one usable core, two cores, sixteen cores). They are fixtures, not
measurements: every figure is made up to be plausible for its machine, and the figures of one file agree
with each other (speedups with walls, CPUs with the usable cores). Re-run: python3 make-results.py"""
import json

def median(v):
    s = sorted(v); n = len(s); m = n // 2
    return s[m] if n % 2 else (s[m - 1] + s[m]) / 2

def summary(v):
    m = median(v); mad = median([abs(x - m) for x in v])
    out = [i for i, x in enumerate(v) if mad > 0 and 0.6745 * abs(x - m) / mad > 3.5 and abs(x - m) > 0.01 * m]
    return dict(count=len(v), median=m, mad=mad, min=min(v), max=max(v), mean=sum(v) / len(v), outliers=out)

r6 = lambda x: round(x, 6)
FACTORS = [1.0, 0.998, 1.004, 1.001, 1.012]
PID = 4242

def record(i, p, t, s, e, c):
    return dict(index=i, pid=p, tid=t, startSeconds=r6(s), endSeconds=r6(e), cpus=c)

def run(wall, cpu, vol, invol, tasks):
    return dict(wallSeconds=r6(wall), cpuSeconds=r6(cpu), voluntarySwitches=vol, involuntarySwitches=invol,
                tasks=[record(i, *t) for i, t in enumerate(tasks)])

def cell(strategy, workload, tasks, workers, warmup, make_run):
    runs = [make_run(f) for f in FACTORS]
    return dict(strategy=strategy, workload=workload, tasks=tasks, workers=workers,
                warmupWallSeconds=[r6(warmup)], runs=runs, summary=summary([r["wallSeconds"] for r in runs]))

def io_cells(cores):
    c = lambda i: [i % cores]
    return [
        cell("sequential", "io", 10, 1, 10.012, lambda f: run(10.006 * f, 0.004, 10, 1,
             [(PID, 4243, i * 1.0006 * f, (i + 1) * 1.0006 * f, c(i)) for i in range(10)])),
        cell("async", "io", 10, 1, 1.004, lambda f: run(1.002 * f, 0.002, 3, 0,
             [(PID, 4244, 0.00002 * i, 1.0005 * f + 0.00003 * i, [min(1, cores - 1)]) for i in range(10)])),
        cell("threads", "io", 10, 10, 1.006, lambda f: run(1.003 * f, 0.003, 12, 1,
             [(PID, 4250 + i, 0.00008 * i, 1.0008 * f + 0.00008 * i, c(i)) for i in range(10)])),
        cell("processes", "io", 10, 10, 1.09, lambda f: run(1.085 * f, 0.081, 40, 6,
             [(5001 + i, 5001 + i, 0.0078 * i, 0.0078 * i + 1.0009 * f, c(i)) for i in range(10)])),
        cell("global-lock", "io", 10, 10, 1.007, lambda f: run(1.004 * f, 0.004, 14, 2,
             [(PID, 4270 + i, 0.0001 * i, 1.0009 * f + 0.0001 * i, c(i)) for i in range(10)])),
    ]

def cpu_cells(cores):
    serial = [
        cell("sequential", "cpu", 4, 1, 2.01, lambda f: run(2.004 * f, 2.001 * f, 1, 9,
             [(PID, 4243, i * 0.501 * f, (i + 1) * 0.501 * f, [min(1, cores - 1)]) for i in range(4)])),
        cell("async", "cpu", 4, 1, 2.012, lambda f: run(2.006 * f, 2.003 * f, 2, 10,
             [(PID, 4244, i * 0.5015 * f, (i + 1) * 0.5015 * f, [0]) for i in range(4)])),
    ]
    if cores == 1:  # everything takes turns on CPU 0, each task spans almost the whole run
        return serial + [
            cell("threads", "cpu", 4, 4, 2.04, lambda f: run(2.021 * f, 2.012 * f, 4, 410,
                 [(PID, 4290 + i, 0.0001 * i, (2.0 + 0.006 * i) * f, [0]) for i in range(4)])),
            cell("processes", "cpu", 4, 4, 2.3, lambda f: run(2.104 * f, 2.095 * f, 20, 415,
                 [(6001 + i, 6001 + i, 0.008 * i, (2.06 + 0.008 * i) * f, [0]) for i in range(4)])),
            cell("global-lock", "cpu", 4, 4, 2.1, lambda f: run(2.081 * f, 2.06 * f, 830, 25,
                 [(PID, 4300 + i, 0.0001 * i, (2.06 + 0.006 * i) * f, [0]) for i in range(4)])),
        ]
    if cores == 2:
        return serial + [
            cell("threads", "cpu", 4, 4, 1.02, lambda f: run(1.012 * f, 2.01 * f, 4, 380,
                 [(PID, 4290 + i, 0.0001 * i, (1.0 + 0.003 * i) * f, [i % 2, 1 - i % 2]) for i in range(4)])),
            cell("processes", "cpu", 4, 4, 1.72, lambda f: run(1.063 * f, 2.09 * f, 20, 402,
                 [(6001 + i, 6001 + i, 0.008 * i, 0.008 * i + 1.04 * f, [i % 2]) for i in range(4)])),
            cell("global-lock", "cpu", 4, 4, 2.09, lambda f: run(2.081 * f, 2.06 * f, 830, 25,
                 [(PID, 4300 + i, 0.0001 * i, (2.06 + 0.006 * i) * f, [i % 2, 1 - i % 2]) for i in range(4)])),
        ]
    return serial + [  # many cores: one task per core, nobody waits
        cell("threads", "cpu", 4, 4, 0.52, lambda f: run(0.508 * f, 2.006 * f, 4, 6,
             [(PID, 4290 + i, 0.0001 * i, (0.503 + 0.001 * i) * f, [2 * i]) for i in range(4)])),
        cell("processes", "cpu", 4, 4, 0.61, lambda f: run(0.541 * f, 2.07 * f, 20, 9,
             [(6001 + i, 6001 + i, 0.008 * i, 0.008 * i + 0.504 * f, [2 * i + 1]) for i in range(4)])),
        cell("global-lock", "cpu", 4, 4, 2.1, lambda f: run(2.085 * f, 2.07 * f, 836, 12,
             [(PID, 4300 + i, 0.0001 * i, (2.064 + 0.006 * i) * f, [i, i + 4]) for i in range(4)])),
    ]

def lock_trace():
    intervals = []
    t, k = 0.0, 0
    while t < 2.075:
        end = min(t + 0.005, 2.081)
        intervals.append(dict(thread=k % 4, startSeconds=r6(t), endSeconds=r6(end - 0.00002)))
        t, k = end, k + 1
    return dict(intervals=intervals, forcedSwitches=len(intervals) - 4, dropRequests=len(intervals) - 1,
                threadIDs=[4300 + k for k in range(4)])

def slice_(task, pid, cpu, start, end):
    # Threads of concreport itself get their own tids; a worker process is one thread (tid = pid).
    tid = PID + 100 + task if pid == PID else pid
    return dict(task=task, pid=pid, tid=tid, cpu=cpu, startSeconds=r6(start), endSeconds=r6(end))

def round_robin(tasks, cpu, seconds_each, quantum, start=0.0, pid=PID, label=lambda t: t):
    """Tasks sharing one CPU in turns of `quantum` until each has run `seconds_each`."""
    left = {t: seconds_each for t in tasks}
    out, t = [], start
    while any(v > 1e-9 for v in left.values()):
        for task in tasks:
            if left[task] <= 1e-9:
                continue
            run_for = min(quantum, left[task])
            out.append(slice_(label(task), pid(task) if callable(pid) else pid, cpu, t, t + run_for - 0.00004))
            left[task] -= run_for
            t += run_for
    return out, t

TASK = 0.3  # seconds one timeline task computes

def timeline(cores):
    seq = []
    for task in range(3):  # in a row, one short preemption in the middle task
        s = task * TASK
        if task == 1:
            seq += [slice_(1, PID, 1 % cores, s, s + 0.12), slice_(1, PID, 1 % cores, s + 0.1206, s + TASK)]
        else:
            seq.append(slice_(task, PID, 1 % cores, s, s + TASK))
    sequential = dict(wallSeconds=r6(3 * TASK + 0.0008), slices=seq, involuntarySwitches=1)
    sliced_slices, end = round_robin([0, 1, 2], 0, TASK, 0.004)
    sliced = dict(wallSeconds=r6(end + 0.0012), slices=sliced_slices, involuntarySwitches=len(sliced_slices) - 1)
    parallel = None
    if cores >= 3:
        parallel = dict(wallSeconds=r6(TASK + 0.0021), involuntarySwitches=2,
                        slices=[slice_(task, PID, task, 0.0002 * task, TASK + 0.0002 * task) for task in range(3)])
    elif cores == 2:  # three tasks on two cores: tasks 1 and 3 share CPU 0
        shared, end = round_robin([0, 2], 0, TASK, 0.004)
        parallel = dict(wallSeconds=r6(end + 0.0015), involuntarySwitches=len(shared) + 1,
                        slices=sorted(shared + [slice_(1, PID, 1, 0.0001, TASK + 0.0001)], key=lambda s: s["startSeconds"]))
    return dict(taskIterations=186_000_000, gapThresholdSeconds=0.0002, sequential=sequential,
                timeSliced=sliced, slicedCPU=0, parallel=parallel)

def gather():
    tasks = [record(i, PID, 4401, 0.00003 * i, 2.0004 + 0.00004 * i, [0]) for i in range(3)]
    return dict(waitSeconds=2.0, tasks=tasks, wallSeconds=2.0011)

def process_demo(cores):
    one = 0.501
    if cores == 1:
        tasks = [record(i, 7001 + i, 7001 + i, 0.008 * i, 2.03 + 0.008 * i, [0]) for i in range(4)]
        wall = 2.071
    elif cores == 2:
        cpus = [[0], [1], [0, 1], [1, 0]]
        tasks = [record(i, 7001 + i, 7001 + i, 0.008 * i, 1.02 + 0.008 * i, cpus[i]) for i in range(4)]
        wall = 1.061
    else:
        tasks = [record(i, 7001 + i, 7001 + i, 0.008 * i, one + 0.008 * i, [3 * i + 1]) for i in range(4)]
        wall = 0.538
    walls = [wall * f for f in FACTORS]
    demo_run = dict(wallSeconds=r6(wall), cpuSeconds=r6(4 * one + 0.03), voluntarySwitches=24,
                    involuntarySwitches=6 if cores >= 4 else 400, tasks=tasks)
    return dict(processes=4, run=demo_run, sequentialWallSeconds=r6(4 * one + 0.002))

def sweep_point(workers, cores, one):
    """`workers` processes, one `one`-second task each, on `cores` CPUs, sampled per CPU."""
    pid = lambda w: 8001 + w
    slices, ends = [], []
    per_cpu = {cpu: [w for w in range(workers) if w % cores == cpu] for cpu in range(cores)}
    for cpu, ws in per_cpu.items():
        if not ws:
            continue
        if len(ws) == 1:
            slices.append(slice_(ws[0], pid(ws[0]), cpu, 0.002, one + 0.002))
            ends.append(one + 0.002)
        else:
            s, end = round_robin(ws, cpu, one, 0.012, start=0.002, pid=pid)
            slices += s
            ends.append(end)
    slices.sort(key=lambda s: (s["startSeconds"], s["cpu"]))
    crowded = workers > cores
    return dict(workers=workers, wallSeconds=r6(max(ends) + 0.006), voluntarySwitches=2 * workers,
                involuntarySwitches=(len(slices) - workers) if crowded else workers + 2,
                migrations=0 if cores == 1 else workers // 4 + (3 if crowded else 0), slices=slices)

def core_sweep(cores):
    counts = {1: [1, 2], 2: [1, 2, 4], 16: [8, 16, 32]}[cores]
    return dict(taskSeconds=0.501, points=[sweep_point(w, cores, 0.501) for w in counts])

def machine(cores):
    base = dict(memoryBytes=8 * 1024 ** 3, osName="Debian GNU/Linux 12 (bookworm)", kernel="6.1.0-27-cloud-amd64",
                architecture="x86_64", swiftVersion="6.3.1", clockResolutionNanoseconds=1, frequencyGovernor=None)
    if cores == 1:
        return dict(base, cpuModel="Intel(R) Xeon(R) CPU @ 2.20GHz", logicalCPUs=2, physicalCores=1,
                    affinityCPUs=[0], usableCores=1, loadAverage=[0.12, 0.2, 0.18])
    if cores == 2:
        return dict(base, cpuModel="Intel(R) Xeon(R) CPU @ 2.20GHz", logicalCPUs=2, physicalCores=1,
                    affinityCPUs=[0, 1], usableCores=2, loadAverage=[0.42, 0.37, 0.31])
    return dict(base, cpuModel="AMD EPYC 7B13", logicalCPUs=16, physicalCores=8, affinityCPUs=list(range(16)),
                usableCores=16, memoryBytes=64 * 1024 ** 3, loadAverage=[0.31, 0.28, 0.25])

WARNINGS = {
    1: [dict(kind="fewerUsableCores"), dict(kind="singleCore")],
    2: [dict(kind="slowFirstRun", subject="processes/cpu", value=round(1.72 / 1.063, 2))],
    16: [],
}

def results(cores):
    return dict(
        schemaVersion=1,
        tool=dict(name="concreport", version="0.1.0"),
        measuredAt="2026-11-25T18:30:00+09:00",
        machine=machine(cores),
        settings=dict(quick=False, ioTasks=10, ioWaitSeconds=1.0, ioThreads=10, cpuTasks=4, cpuWorkers=4,
                      cpuTaskTargetSeconds=0.5, repetitions=5, warmupRuns=1, switchIntervalSeconds=0.005),
        calibration=dict(kernel="xorshift64", iterationsPerTask=310_000_000, targetSeconds=0.5, measuredSeconds=0.501),
        comparison=dict(cells=io_cells(cores) + cpu_cells(cores)),
        globalLock=lock_trace(),
        timeline=timeline(cores),
        gather=gather(),
        processDemo=process_demo(cores),
        coreSweep=core_sweep(cores),
        warnings=WARNINGS[cores],
    )

for cores in (1, 2, 16):
    data = results(cores)
    if data["timeline"]["parallel"] is None:
        del data["timeline"]["parallel"]
    with open(f"results-{cores}core.json", "w") as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.write("\n")
