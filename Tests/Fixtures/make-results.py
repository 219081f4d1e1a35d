#!/usr/bin/env python3
"""Writes the synthetic, internally consistent Results files the analysis and render tests read:
results-1core.json (one usable core of two, by affinity), results-quota.json (a cgroup quota of 1 CPU on two
logical CPUs, throttled, processes slower than sequential), results-2core.json (two quiet cores),
results-noisy.json (two noisy cores: threads and processes tie within noise, three runs a cell),
results-16core.json (sixteen cores) and results-freethreaded.json (two cores beside a free-threaded CPython
with its GIL off). They are fixtures, not measurements: every figure is made up to be plausible for its
machine, and the figures of one file agree with each other (speedups with walls, CPUs with the usable
cores). Each also holds the convoy experiment, its switch-interval sweep and the native-release experiment,
and all but the free-threaded one the server section; the two-core file has CPython's
convoy and the original post's FastAPI app beside them. Re-run: python3 make-results.py"""
import json
import os
import re

# The outlier rule, read from the one place it lives (Summary.OutlierRule in Sources/Results/Summary.swift).
_SUMMARY = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../Sources/Results/Summary.swift")).read()
RULE = {name: float(value) for name, value in re.findall(r"public static let (\w+) = ([0-9.]+)", _SUMMARY.split("enum OutlierRule")[1])}

def median(v):
    s = sorted(v); n = len(s); m = n // 2
    return s[m] if n % 2 else (s[m - 1] + s[m]) / 2

def summary(v):
    m = median(v); mad = median([abs(x - m) for x in v])
    out = [i for i, x in enumerate(v) if mad > 0 and RULE["zScoreScale"] * abs(x - m) / mad > RULE["zScoreAbove"]
           and abs(x - m) > RULE["minimumRelativeDistance"] * m]
    return dict(count=len(v), median=m, mad=mad, min=min(v), max=max(v), mean=sum(v) / len(v), outliers=out)

r6 = lambda x: round(x, 6)
FACTORS = [1.0, 0.998, 1.004, 1.001, 1.012]
PID = 4242

def record(i, p, t, s, e, c):
    return dict(index=i, pid=p, tid=t, startSeconds=r6(s), endSeconds=r6(e), cpus=c)

def run(wall, cpu, vol, invol, tasks):
    return dict(wallSeconds=r6(wall), cpuSeconds=r6(cpu), voluntarySwitches=vol, involuntarySwitches=invol,
                tasks=[record(i, *t) for i, t in enumerate(tasks)])

def cell(strategy, workload, tasks, workers, warmup, make_run, factors=None):
    runs = [make_run(f) for f in (factors or FACTORS)]
    # I/O cells have no warm-up (a wait has nothing to warm up), as the runner plans them.
    return dict(strategy=strategy, workload=workload, tasks=tasks, workers=workers,
                warmupWallSeconds=[] if workload == "io" else [r6(warmup)], runs=runs, summary=summary([r["wallSeconds"] for r in runs]))

def io_cells(cores, factors):
    c = lambda i: [i % cores]
    return [
        cell("sequential", "io", 10, 1, 10.012, lambda f: run(10.006 * f, 0.004, 10, 1,
             [(PID, 4243, i * 1.0006 * f, (i + 1) * 1.0006 * f, c(i)) for i in range(10)]), factors),
        cell("async", "io", 10, 1, 1.004, lambda f: run(1.002 * f, 0.002, 3, 0,
             [(PID, 4244, 0.00002 * i, 1.0005 * f + 0.00003 * i, [min(1, cores - 1)]) for i in range(10)]), factors),
        cell("threads", "io", 10, 10, 1.006, lambda f: run(1.003 * f, 0.003, 12, 1,
             [(PID, 4250 + i, 0.00008 * i, 1.0008 * f + 0.00008 * i, c(i)) for i in range(10)]), factors),
        cell("processes", "io", 10, 10, 1.09, lambda f: run(1.085 * f, 0.081, 40, 6,
             [(5001 + i, 5001 + i, 0.0078 * i, 0.0078 * i + 1.0009 * f, c(i)) for i in range(10)]), factors),
        cell("global-lock", "io", 10, 10, 1.007, lambda f: run(1.004 * f, 0.004, 14, 2,
             [(PID, 4270 + i, 0.0001 * i, 1.0009 * f + 0.0001 * i, c(i)) for i in range(10)]), factors),
    ]

def cpu_cells(cores):
    if cores == "noisy":
        return noisy_cpu_cells()
    machine_cores = {"quota": 1, "freethreaded": 2}.get(cores, cores)
    serial = [
        cell("sequential", "cpu", 4, 1, 2.01, lambda f: run(2.004 * f, 2.001 * f, 1, 9,
             [(PID, 4243, i * 0.501 * f, (i + 1) * 0.501 * f, [min(1, machine_cores - 1)]) for i in range(4)])),
        cell("async", "cpu", 4, 1, 2.012, lambda f: run(2.006 * f, 2.003 * f, 2, 10,
             [(PID, 4244, i * 0.5015 * f, (i + 1) * 0.5015 * f, [0]) for i in range(4)])),
    ]
    if cores in (1, "quota"):  # pools of one for threads and processes; the global lock still gets two threads
        slow = 2.25 if cores == "quota" else 2.104  # the quota also throttles the worker processes' start-up
        return serial + [
            cell("threads", "cpu", 4, 1, 2.04, lambda f: run(2.011 * f, 2.006 * f, 4, 12,
                 [(PID, 4290, i * 0.5025 * f, (i + 1) * 0.5025 * f, [0]) for i in range(4)])),
            cell("processes", "cpu", 4, 1, 2.3, lambda f: run(slow * f, 2.095 * f, 20, 15,
                 [(6001, 6001, 0.03 + i * 0.52 * f, 0.03 + (i + 1) * 0.52 * f, [0]) for i in range(4)])),
            cell("global-lock", "cpu", 4, 2, 2.1, lambda f: run(2.061 * f, 2.05 * f, 830, 25,
                 [(PID, 4300 + i % 2, 0.0001 * i, (2.03 + 0.006 * i) * f, [0]) for i in range(4)])),
        ]
    if cores in (2, "freethreaded"):
        return serial + [
            # Pools of two: each worker runs two of the four tasks, one after the other.
            cell("threads", "cpu", 4, 2, 1.02, lambda f: run(1.012 * f, 2.01 * f, 4, 380,
                 [(PID, 4290 + i % 2, (i // 2) * 0.503 * f, (i // 2 + 1) * 0.503 * f, [i % 2]) for i in range(4)])),
            cell("processes", "cpu", 4, 2, 1.72, lambda f: run(1.063 * f, 2.09 * f, 20, 402,
                 [(6001 + i % 2, 6001 + i % 2, 0.008 + (i // 2) * 0.52 * f, 0.008 + (i // 2 + 1) * 0.52 * f, [i % 2])
                  for i in range(4)])),
            cell("global-lock", "cpu", 4, 2, 2.09, lambda f: run(2.081 * f, 2.06 * f, 830, 25,
                 [(PID, 4300 + i % 2, (i // 2) * 1.03 * f, (i // 2 + 1) * 1.03 * f, [i % 2, 1 - i % 2]) for i in range(4)])),
        ]
    return serial + [  # many cores: one task per core, nobody waits
        cell("threads", "cpu", 4, 4, 0.52, lambda f: run(0.508 * f, 2.006 * f, 4, 6,
             [(PID, 4290 + i, 0.0001 * i, (0.503 + 0.001 * i) * f, [2 * i]) for i in range(4)])),
        cell("processes", "cpu", 4, 4, 0.61, lambda f: run(0.541 * f, 2.07 * f, 20, 9,
             [(6001 + i, 6001 + i, 0.008 * i, 0.008 * i + 0.504 * f, [2 * i + 1]) for i in range(4)])),
        cell("global-lock", "cpu", 4, 4, 2.1, lambda f: run(2.085 * f, 2.07 * f, 836, 12,
             [(PID, 4300 + i, 0.0001 * i, (2.064 + 0.006 * i) * f, [i, i + 4]) for i in range(4)])),
    ]

def noisy_cpu_cells():
    """Two busy cores, three runs a cell: threads and processes overlap."""
    return [
        cell("sequential", "cpu", 4, 1, 2.05, lambda f: run(2.01 * f, 2.0 * f, 1, 40,
             [(PID, 4243, i * 0.5 * f, (i + 1) * 0.5 * f, [1]) for i in range(4)]), [1.0, 0.96, 1.08]),
        cell("async", "cpu", 4, 1, 2.06, lambda f: run(2.03 * f, 2.01 * f, 2, 44,
             [(PID, 4244, i * 0.505 * f, (i + 1) * 0.505 * f, [0]) for i in range(4)]), [1.0, 0.97, 1.06]),
        cell("threads", "cpu", 4, 2, 1.09, lambda f: run(1.020 * f, 1.98 * f, 4, 390,
             [(PID, 4290 + i % 2, 0.0001 * i, (1.0 + 0.003 * i) * f, [i % 2]) for i in range(4)]), [1.0, 0.9725, 1.0569]),
        cell("processes", "cpu", 4, 2, 1.12, lambda f: run(1.054 * f, 2.05 * f, 20, 402,
             [(6001 + i % 2, 6001 + i % 2, 0.008 * i, 0.008 * i + 1.03 * f, [i % 2]) for i in range(4)]), [1.0, 0.9535, 1.0569]),
        cell("global-lock", "cpu", 4, 2, 2.1, lambda f: run(2.05 * f, 2.04 * f, 830, 25,
             [(PID, 4300 + i % 2, 0.0001 * i, (2.03 + 0.006 * i) * f, [i % 2]) for i in range(4)]), [1.0, 0.95, 1.07]),
]

def lock_trace(threads=4):
    intervals = []
    t, k = 0.0, 0
    while t < 2.075:
        end = min(t + 0.005, 2.081)
        intervals.append(dict(thread=k % threads, startSeconds=r6(t), endSeconds=r6(end - 0.00002)))
        t, k = end, k + 1
    return dict(intervals=intervals, forcedSwitches=len(intervals) - threads, dropRequests=len(intervals) - 1,
                threadIDs=[4300 + k for k in range(threads)])

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
    counts = {1: [1, 2], 2: [1, 2, 4], 16: [8, 16, 32]}[cores]  # callers pass the usable cores
    return dict(taskSeconds=0.501, points=[sweep_point(w, cores, 0.501) for w in counts])

def machine(cores):
    if cores == "quota":
        return dict(machine(2), cgroupQuotaCPUs=1.0, usableCores=1, loadAverage=[0.3, 0.25, 0.2])
    if cores in ("noisy", "freethreaded"):
        return dict(machine(2), loadAverage=[1.6, 1.2, 0.9] if cores == "noisy" else [0.4, 0.3, 0.3])
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

def calibration(cores):
    """One core's speed differs between machines: the 16-core server's core runs the kernel 1.44× as fast as
    the 2-core machines', the old 1-core box's at 0.8× (diff compares cores by these)."""
    iterations = {16: 446_400_000, 1: 248_000_000}.get(cores, 310_000_000)
    return dict(kernel="xorshift64", iterationsPerTask=iterations, targetSeconds=0.5, measuredSeconds=0.501)

def python_comparison(version, gil, start_method, loop_size, task_seconds, walls):
    """CPython's CPU-bound experiment: 4 tasks on 2 workers, `walls` by strategy."""
    return dict(pythonVersion=version, implementation="CPython", gilEnabled=gil, freeThreadedBuild=not gil,
                switchIntervalSeconds=0.005, processStartMethod=start_method, tasks=4, workers=2, targetSeconds=0.5,
                loopSize=loop_size, calibratedTaskSeconds=task_seconds,
                cells=[dict(strategy=strategy, wallSeconds=w, summary=summary(w)) for strategy, w in walls])

def python_freethreaded():
    """CPython 3.13 built free-threaded with its GIL off: its threads run in parallel on two cores."""
    return python_comparison("3.13.1", False, "forkserver", 9_000_000, 0.503,
                             [("sequential", [2.02, 2.05, 2.01]), ("threads", [1.07, 1.04, 1.09]),
                              ("processes", [1.21, 1.18, 1.25])])

def python_gil():
    """CPython 3.11 with its GIL: threads no faster than sequential code, processes twice as fast on two cores."""
    return python_comparison("3.11.7", True, "fork", 4_200_000, 0.506,
                             [("sequential", [2.03, 2.06, 2.01]), ("threads", [2.07, 2.04, 2.1]),
                              ("processes", [1.04, 1.02, 1.07])])

class Jitter:
    """A fixed pseudo-random sequence (an LCG), so the fixtures are the same on every run."""
    def __init__(self, seed):
        self.state = seed
    def __call__(self, low, high):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return low + (high - low) * (self.state >> 11) / 2 ** 53

# How each shape's convoy turns out: the lock's wait after the read (as a share of the switch interval),
# the read's own time (the peer's 100 us and the wake-ups), and the CPU-bound threads' share of their
# alone rate. "quota": one throttled core makes the reads slow, not the lock; "noisy": no convoy formed.
CONVOY = {
    1: dict(wait=(0.9, 1.1), read=(0.00012, 0.0002), cpu=0.97),
    "quota": dict(wait=(0.02, 0.06), read=(0.0018, 0.0032), aloneRead=(0.00011, 0.00016), cpu=0.55),
    2: dict(wait=(0.95, 1.05), read=(0.00011, 0.00016), cpu=0.98),
    "noisy": dict(wait=(0.0, 0.004), read=(0.00011, 0.0003), cpu=0.9),
    16: dict(wait=(0.97, 1.03), read=(0.0001, 0.00013), cpu=0.99),
    "freethreaded": dict(wait=(0.95, 1.05), read=(0.00011, 0.00016), cpu=0.98),
}

def convoy_run(cores, cpu_threads, interval, trips, jitter, cpu_share=None):
    """One convoy run: the I/O thread (lock thread 0) writes, retakes the lock at once, blocks on the read
    while a CPU-bound thread takes the lock, then waits `wait` × interval for it after the answer."""
    shape = CONVOY[cores]
    t, latencies, waits, intervals = 0.002, [], [], []
    holder = 1
    for _ in range(trips):
        start = t
        intervals.append(dict(thread=0, startSeconds=r6(t), endSeconds=r6(t + 0.00001)))
        waits.append(dict(thread=0, startSeconds=r6(t + 0.00002), endSeconds=r6(t + 0.000025)))
        read = shape["read"] if cpu_threads else shape.get("aloneRead", shape["read"])
        read_end = t + 0.00003 + jitter(*read)
        wait = 0.00001 if cpu_threads == 0 else jitter(*shape["wait"]) * interval * cpu_threads ** 0.5
        waits.append(dict(thread=0, startSeconds=r6(read_end), endSeconds=r6(read_end + wait)))
        if cpu_threads:
            intervals.append(dict(thread=holder, startSeconds=r6(t + 0.00003), endSeconds=r6(read_end + wait - 0.000005)))
            holder = holder % cpu_threads + 1
        t = read_end + wait
        latencies.append(r6(t - start))
    intervals.append(dict(thread=0, startSeconds=r6(t), endSeconds=r6(t + 0.00001)))
    wall = t - 0.002
    run = dict(cpuThreads=cpu_threads, switchIntervalSeconds=interval, latencySeconds=latencies, wallSeconds=r6(wall),
               lockTrace=dict(intervals=intervals, forcedSwitches=trips if cpu_threads else 0,
                              dropRequests=trips if cpu_threads else 0, threadIDs=[4400 + k for k in range(cpu_threads + 1)]),
               lockWaits=waits)
    if cpu_threads:
        share = cpu_share if cpu_share is not None else shape["cpu"]
        run["cpuIterations"] = int(310_000_000 / 0.501 * wall * share)
        run["cpuSeconds"] = r6(wall * share * cpu_threads)
    return run

def convoy(cores):
    jitter = Jitter(13)
    runs = [convoy_run(cores, n, 0.005, 50, jitter) for n in (0, 1, 2)]
    # The sweep: CPU share grows with the interval on two quiet cores (a trade-off), barely elsewhere.
    shares = {2: (0.72, 0.98, 0.99)}.get(cores, (0.93, 0.96, 0.97))
    sweep = [convoy_run(cores, 1, i, 25, jitter, share) for i, share in zip((0.001, 0.005, 0.02), shares)]
    return dict(roundTrips=50, peerDelaySeconds=0.0001, runs=runs, sweep=sweep)

def python_convoy(gil):
    """CPython's convoy: its own wake-ups, no lock trace (the interpreter does not expose one)."""
    jitter = Jitter(29)
    def prun(n):
        lat = [r6(0.00019 + jitter(0, 0.00004) + (jitter(1.0, 1.2) * 0.005 * n ** 0.5 if gil and n else 0)) for _ in range(50)]
        return dict(cpuThreads=n, switchIntervalSeconds=0.005, latencySeconds=lat, wallSeconds=r6(sum(lat)))
    return dict(pythonVersion="3.13.1" if not gil else "3.11.2", implementation="CPython", gilEnabled=gil,
                roundTrips=50, peerDelaySeconds=0.0001, runs=[prun(n) for n in (0, 1, 2)])

# Native release by shape: (free threads, global lock, native release) as shares of the sequential time.
NATIVE = {
    1: (1.01, 1.03, 1.02), "quota": (1.04, 1.06, 1.05), 2: (0.51, 1.02, 0.53), "noisy": (0.98, 1.04, 0.99),
    16: (0.066, 1.05, 0.11), "freethreaded": (0.52, 1.01, 0.54),
}

def native_release(cores, usable):
    workers = max(2, usable)
    threads, locked, native = NATIVE[cores]
    seq = [0.2 * f for f in FACTORS]
    return dict(tasks=workers, workers=workers, taskIterations=int(124_000_000 / workers), nativeCallIterations=131072,
                heldIterationsPerCall=2048, sequentialWallSeconds=[r6(x) for x in seq],
                threadsWallSeconds=[r6(x * threads) for x in seq], globalLockWallSeconds=[r6(x * locked) for x in seq],
                nativeReleaseWallSeconds=[r6(x * native) for x in reversed(seq)])

# The server section by shape: how `/health` fared under each endpoint style, and what the
# requests cost. "free": as idle; "slowed": slower than idle by scheduling slices; "blocked": a poll waits
# for a whole round of the connections' requests. The free-threaded file has no server run (an older file).
STYLES = ["health", "io-async", "io-sync", "io-sync-on-loop", "cpu-bound", "cpu-threads", "cpu-on-loop"]
# Newer builds run the process pool at the default priority beside its two remedies.
REMEDIES = ["cpu-bound-idle", "cpu-bound-fewer"]
# Only the seed's app has these: one shared client, a plain def endpoint.
APP_ONLY = ["io-async-shared", "cpu-def"]
ORDER = ["health", "io-async", "io-sync", "io-sync-on-loop", "io-async-shared", "cpu-bound", "cpu-bound-idle",
         "cpu-bound-fewer", "cpu-threads", "cpu-def", "cpu-on-loop"]
SERVER = {
    # shape: {style: (requests, throughput, p50 ms, p99 ms, handler ms, health)}
    2: {"health": (10000, 24500, 0.6, 1.4, None, "free"), "io-async": (1500, 1480, 10.6, 14.2, 10.4, "free"),
        "io-sync": (800, 905, 17.3, 24.9, 10.6, "free"), "io-sync-on-loop": (150, 93, 170.2, 176.8, 10.7, "blocked"),
        "cpu-bound": (80, 96, 165.4, 181.0, 20.6, "slowed"), "cpu-threads": (80, 99, 160.8, 170.3, 20.1, "slowed"),
        "cpu-on-loop": (75, 48, 330.1, 341.7, 20.3, "blocked"),
        "cpu-bound-idle": (80, 95, 166.0, 182.5, 20.7, "free"), "cpu-bound-fewer": (80, 49, 326.0, 340.0, 20.4, "free"),
        "io-async-shared": (1500, 1490, 10.5, 14.0, 10.3, "free"), "cpu-def": (80, 47, 334.0, 349.0, 20.5, "slowed")},
    1: {"health": (10000, 14100, 1.1, 2.3, None, "free"), "io-async": (1500, 990, 15.8, 22.4, 14.9, "slowed"),
        "io-sync": (800, 610, 25.9, 38.0, 11.2, "slowed"), "io-sync-on-loop": (150, 91, 174.0, 181.9, 10.9, "blocked"),
        "cpu-bound": (80, 48, 330.4, 351.2, 20.8, "slowed"), "cpu-threads": (80, 49, 322.0, 340.5, 20.2, "slowed"),
        "cpu-on-loop": (75, 47, 338.2, 349.0, 20.7, "blocked")},
    "noisy": {"health": (10000, 19800, 0.7, 3.9, None, "slowed"), "io-async": (1500, 1320, 11.4, 19.8, 10.9, "free"),
        "io-sync": (800, 860, 18.0, 29.4, 10.9, "free"), "io-sync-on-loop": (150, 90, 176.0, 190.3, 11.0, "slowed"),
        "cpu-bound": (80, 71, 222.9, 260.0, 26.3, "slowed"), "cpu-threads": (80, 84, 190.6, 221.4, 23.0, "free"),
        "cpu-on-loop": (75, 47, 339.9, 351.0, 20.9, "blocked")},
    16: {"health": (10000, 61000, 0.25, 0.6, None, "free"), "io-async": (1500, 1540, 10.3, 11.9, 10.2, "free"),
        "io-sync": (800, 960, 16.6, 18.1, 10.3, "free"), "io-sync-on-loop": (150, 96, 166.0, 168.2, 10.3, "blocked"),
        "cpu-bound": (80, 640, 24.6, 31.0, 20.2, "free"), "cpu-threads": (80, 700, 22.1, 25.3, 20.0, "free"),
        "cpu-on-loop": (75, 49, 325.5, 327.9, 20.0, "blocked"),
        "cpu-bound-idle": (80, 650, 24.2, 30.1, 20.1, "free"), "cpu-bound-fewer": (80, 600, 26.0, 33.0, 20.2, "free")},
}
SERVER["quota"] = SERVER[1]

def server_run(style, params, jitter, concurrency=16):
    requests, throughput, p50, p99, handler, health = params
    wall = requests / throughput
    polls = max(6, int(wall / (0.002 + (concurrency * handler / 1000 if health == "blocked" else 0.0008))))
    if health == "blocked":
        lat = [r6(jitter(0.3, 1.0) * concurrency * handler / 1000) for _ in range(polls)]
    elif health == "slowed":
        lat = [r6(jitter(0.0012, 0.0045)) for _ in range(polls)]
    else:
        lat = [r6(jitter(0.0004, 0.0012)) for _ in range(polls)]
    spans = []
    if style.endswith("on-loop"):
        batch = concurrency * handler / 1000
        for rnd in range(int(0.3 / batch) + 1):
            for c in range(4):
                spans.append(dict(connection=c, startSeconds=r6(0.011 + rnd * batch), endSeconds=r6(0.011 + rnd * batch + (c + 1) * handler / 1000)))
        t = 0.01
        while t < 0.3:
            end = 0.011 + (int((t - 0.011) / batch) + 1) * batch + 0.0005
            spans.append(dict(startSeconds=r6(t), endSeconds=r6(end)))
            t = end + 0.002
    else:
        for c in range(4):
            t = 0.001 + c * 0.0003
            while t < 0.3:
                d = p50 / 1000 * jitter(0.9, 1.1)
                spans.append(dict(connection=c, startSeconds=r6(t), endSeconds=r6(t + d)))
                t += d + 0.0001
        t = 0.01
        while t < 0.3:
            d = jitter(0.0004, 0.0012)
            spans.append(dict(startSeconds=r6(t), endSeconds=r6(t + d)))
            t += d + 0.002
    spans.sort(key=lambda x: x["startSeconds"])
    run = dict(style=style, concurrency=concurrency, requests=requests, completed=requests, failed=0, wallSeconds=r6(wall),
               latency=dict(count=requests, p50Seconds=p50 / 1000, p90Seconds=r6((p50 + 0.7 * (p99 - p50)) / 1000),
                            p99Seconds=p99 / 1000, maxSeconds=r6(p99 * 1.08 / 1000), meanSeconds=r6(p50 * 1.02 / 1000)),
               healthLatencySeconds=lat, generatorCPUSeconds=r6(wall * (0.55 if style == "health" else 0.08)), spans=spans)
    if handler is not None:
        run["handlerMedianSeconds"] = handler / 1000
    return run

def server(cores, name="SwiftNIO 2.101.3", scale=1.0, seed=12, app=False):
    jitter = Jitter(seed)
    # The newer builds (2 and 16 cores) ran the remedy pool and the upstream under SCHED_IDLE and measured the
    # default-priority pool beside it; older files lack the fields and those rows.
    newer = cores in (2, 16)
    background = dict(backgroundPolicy="SCHED_IDLE", fewerCPUWorkers=1 if cores == 2 else 15) if newer else {}
    table = SERVER[cores]
    runs = []
    wanted = STYLES + (REMEDIES if newer else []) + (APP_ONLY if app else [])
    for style in [s for s in ORDER if s in wanted]:
        requests, throughput, p50, p99, handler, health = table[style]
        runs.append(server_run(style, (requests, throughput * scale, p50 / scale, p99 / scale, handler, health), jitter))
    return dict(server=name, upstreamDelaySeconds=0.01, upstreamCallsPerRequest=3, ioThreads=10, cpuWorkers=1 if cores in (1, "quota") else (16 if cores == 16 else 2),
                cpuTaskSeconds=0.02, healthIntervalSeconds=0.002,
                idleHealthLatencySeconds=[r6(jitter(0.0004, 0.0012)) for _ in range(150)], runs=runs, **background)

def results(cores):
    shape = {"quota": 1, "noisy": 2, "freethreaded": 2}.get(cores, cores)  # usable cores for the experiments
    usable = machine(cores)["usableCores"]
    data = dict(
        schemaVersion=1,
        # The 16-core machine ran a packaged build (`make dist`) that records its build facts; the others an
        # older build that did not.
        tool=dict(name="concreport", version="0.2.0", commit="0123456789ab", swift="6.3.1 (swift-6.3.1-RELEASE)", linking="static")
        if cores == 16 else dict(name="concreport", version="0.1.0"),
        measuredAt="2026-11-25T18:30:00+09:00",
        machine=machine(cores),
        settings=dict(quick=False, ioTasks=10, ioWaitSeconds=1.0, ioThreads=10, cpuTasks=4, cpuWorkers=usable,
                      cpuTaskTargetSeconds=0.5, repetitions=3 if cores == "noisy" else 5, warmupRuns=1,
                      switchIntervalSeconds=0.005),
        calibration=calibration(cores),
        comparison=dict(cells=io_cells(shape, [1.0, 0.998, 1.004] if cores == "noisy" else FACTORS) + cpu_cells(cores)),
        globalLock=lock_trace(2 if shape in (1, 2) else 4),
        timeline=timeline(shape),
        gather=gather(),
        processDemo=process_demo(shape),
        coreSweep=core_sweep(shape),
        convoy=convoy(cores),
        nativeRelease=native_release(cores, usable),
    )
    if cores == "quota":
        data["throttling"] = dict(periods=720, throttledPeriods=310, throttledSeconds=3.1)
        # Read around each section: the short bursts of the demo and the idle waits of the gather demo
        # never used up a period; the long CPU-bound parts did.
        data["throttlingBySection"] = dict(
            comparison=dict(periods=400, throttledPeriods=220, throttledSeconds=2.2),
            timeline=dict(periods=8, throttledPeriods=2, throttledSeconds=0.02),
            gather=dict(periods=11, throttledPeriods=0, throttledSeconds=0.0),
            processDemo=dict(periods=6, throttledPeriods=0, throttledSeconds=0.0),
            coreSweep=dict(periods=60, throttledPeriods=30, throttledSeconds=0.3),
            convoy=dict(periods=90, throttledPeriods=40, throttledSeconds=0.4),
            nativeRelease=dict(periods=45, throttledPeriods=18, throttledSeconds=0.18),
            server=dict(periods=100, throttledPeriods=0, throttledSeconds=0.0),
        )
    if cores == "freethreaded":
        data["python"] = python_freethreaded()
        data["pythonConvoy"] = python_convoy(gil=False)
    if cores == 1:
        data["pythonNotMeasured"] = dict(cause="noPythonFlag")
    if cores == 2:
        data["pythonConvoy"] = python_convoy(gil=True)
        # hashlib and NumPy release the GIL while they work: their threads run in parallel on two cores.
        def native(library, size, sequential, threads):
            return dict(pythonVersion="3.11.2", implementation="CPython", gilEnabled=True, library=library, tasks=2,
                        sizePerTask=size, targetSeconds=0.1, sequentialWallSeconds=sequential, threadsWallSeconds=threads)
        data["pythonNativeRelease"] = [
            native("hashlib.sha256", 92_902_407, [0.201, 0.199, 0.203, 0.200, 0.202], [0.109, 0.107, 0.111, 0.108, 0.110]),
            native("numpy.sort", 3_695_067, [0.198, 0.205, 0.201, 0.199, 0.203], [0.131, 0.128, 0.135, 0.130, 0.133]),
        ]
        app_server = server(2, "FastAPI 0.115.6 on uvicorn 0.34.0, CPython 3.11.7", scale=0.35, seed=99, app=True)
        # httpx's client per request is slow: the time bound ended its /io-async load early.
        cut = next(r for r in app_server["runs"] if r["style"] == "io-async")
        cut.update(completed=1100, wallSeconds=4.0)
        cut["latency"]["count"] = 1100
        for r in app_server["runs"]:
            r.pop("handlerMedianSeconds", None)  # the app does not time its handlers
        # uvicorn --workers 2 on the CPU endpoints that need no process pool: each worker has its own loop.
        two = server(2, "FastAPI 0.115.6 on uvicorn 0.34.0, CPython 3.11.7, --workers 2", scale=0.6, seed=7, app=True)
        two["runs"] = [r for r in two["runs"] if r["style"] in ("cpu-def", "cpu-on-loop")]
        for r in two["runs"]:
            r.pop("handlerMedianSeconds", None)
        data["pythonServer"] = dict(interpreter="CPython 3.11.7", experiment=app_server, clientBuildSecondsPerRequest=0.0185,
                                    twoWorkers=two)
    if cores == "quota":
        data["pythonServer"] = dict(unavailableReason="no python3 with FastAPI and uvicorn was found (run scripts/setup.sh, or pip install fastapi uvicorn httpx)")
    if cores != "freethreaded":
        data["server"] = server(cores)
    return data

def complete():
    """results-complete.json: two quiet cores, everything measured. The two-core file plus CPython's comparison
    with its GIL on, the build's facts and a label, as a full run of the current build writes them. The tests
    of a whole post read it, not output/example/results.json, which `make example` measures anew."""
    data = results(2)
    data["python"] = python_gil()
    data["label"] = "Xeon, 2 cores"
    data["tool"] = dict(name="concreport", version="0.2.0", commit="0123456789ab", swift="6.3.1 (swift-6.3.1-RELEASE)", linking="static")
    return data

for cores in (1, "quota", 2, "noisy", 16, "freethreaded", "complete"):
    data = complete() if cores == "complete" else results(cores)
    if data["timeline"]["parallel"] is None:
        del data["timeline"]["parallel"]
    name = f"{cores}core" if isinstance(cores, int) else cores
    with open(f"results-{name}.json", "w") as f:
        json.dump(data, f, indent=2, sort_keys=True)
        f.write("\n")
