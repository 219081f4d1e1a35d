# concreport: the original post's CPU-bound experiment in a real interpreter.
# Usage: python3 cpu_bound.py TASKS WORKERS TARGET_SECONDS REPETITIONS
# Prints one JSON object on stdout; any failure goes to stderr with a non-zero exit.
# Run by PythonBenchmark.run (Sources/Measure/Python/PythonBenchmark.swift), which decodes the object
# with PythonBenchmarkOutput. It runs from a file rather than with -c, because "spawn" and "forkserver"
# pool workers re-import the main module from its path.
import json
import multiprocessing
import platform
import sys
import sysconfig
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def square_sum(n):
    # The original post's task, unchanged: pure bytecode, so a thread holds the GIL while it runs.
    return sum(i * i for i in range(n))


def square_sum_closed_form(n):
    return (n - 1) * n * (2 * n - 1) // 6


def seconds_for(n):
    began = time.perf_counter()
    square_sum(n)
    return time.perf_counter() - began


def calibrate(target):
    # Grow n until one timing is long enough to trust, scale it to the target,
    # then time the scaled n and correct once more for non-linearity.
    n = 10_000
    floor = min(0.05, target / 2)
    took = seconds_for(n)
    while took < floor:
        n *= 4
        took = seconds_for(n)
    for _ in range(2):
        n = max(1, round(n * target / took))
        took = seconds_for(n)
        if abs(took - target) <= 0.05 * target:
            break
    return n, took


def sequential(n, tasks, workers):
    return [square_sum(n) for _ in range(tasks)]


def threads(n, tasks, workers):
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(square_sum, [n] * tasks))


def processes(n, tasks, workers):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(square_sum, [n] * tasks))


STRATEGIES = {"sequential": sequential, "threads": threads, "processes": processes}

# Implementations that never had a GIL; CPython, PyPy and GraalPy have one.
NO_GIL_IMPLEMENTATIONS = {"Jython", "IronPython"}


def gil_enabled(implementation):
    # 3.13+ says whether the GIL is on now (a free-threaded build may run with it on or off).
    if hasattr(sys, "_is_gil_enabled"):
        return bool(sys._is_gil_enabled())
    return implementation not in NO_GIL_IMPLEMENTATIONS


def free_threaded_build():
    # 1 on a free-threaded CPython build (3.13t+), 0 on a default 3.13+ build, absent before 3.13.
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def main(argv):
    if len(argv) != 5:
        sys.exit("usage: cpu_bound.py TASKS WORKERS TARGET_SECONDS REPETITIONS")
    tasks, workers, target, repetitions = int(argv[1]), int(argv[2]), float(argv[3]), int(argv[4])
    n, task_seconds = calibrate(target)
    expected = square_sum_closed_form(n)
    wall = {name: [] for name in STRATEGIES}
    # Interleaved, so a slow spell of the machine hits every strategy alike.
    for _ in range(repetitions):
        for name, strategy in STRATEGIES.items():
            began = time.perf_counter()
            results = strategy(n, tasks, workers)
            wall[name].append(time.perf_counter() - began)
            if len(results) != tasks or any(r != expected for r in results):
                sys.exit(f"{name} computed a wrong sum: {results[:3]}, expected {expected}")
    implementation = platform.python_implementation()
    json.dump({
        "pythonVersion": platform.python_version(),
        "implementation": implementation,
        "gilEnabled": gil_enabled(implementation),
        "freeThreadedBuild": free_threaded_build(),
        "switchIntervalSeconds": sys.getswitchinterval(),
        "processStartMethod": multiprocessing.get_start_method(),
        "loopSize": n,
        "calibratedTaskSeconds": task_seconds,
        "wallSeconds": wall,
    }, sys.stdout)
    sys.stdout.write("\n")


# The guard matters: "spawn" and "forkserver" workers import this file again.
if __name__ == "__main__":
    main(sys.argv)
