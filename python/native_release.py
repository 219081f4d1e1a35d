# concreport: native code releasing the GIL, in a real interpreter.
# Usage: python3 native_release.py TASKS TARGET_SECONDS ROUNDS
# For each library it can import (hashlib; NumPy when installed), sizes one call to take TARGET_SECONDS,
# then runs TASKS tasks one after another and on one thread each, ROUNDS rounds, interleaved. Prints one
# JSON array on stdout, decoded as [PythonNativeRelease] by runNativeRelease
# (Sources/Measure/Python/PythonBenchmark+NativeRelease.swift).
import hashlib, json, platform, sys, threading, time

if len(sys.argv) != 4:
    sys.exit("usage: native_release.py TASKS TARGET_SECONDS ROUNDS")
TASKS, TARGET, ROUNDS = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])

def hashing():
    def make(size):
        return bytes(size)
    def task(buffer):
        hashlib.sha256(buffer).digest()  # releases the GIL for buffers over 2 KiB
    return "hashlib.sha256", make, task

def sorting():
    import numpy
    generator = numpy.random.default_rng(1)
    def make(size):
        return generator.random(size)
    def task(values):
        numpy.sort(values, kind="quicksort")  # a copy, sorted without the GIL
    return "numpy.sort", make, task

def sized(make, task):
    size = 1 << 16
    while True:
        data = make(size)
        start = time.perf_counter()
        task(data)
        took = time.perf_counter() - start
        if took > TARGET / 4:
            return max(1, int(size * TARGET / took))
        size *= 2

def sequential(task, inputs):
    start = time.perf_counter()
    for data in inputs:
        task(data)
    return time.perf_counter() - start

def threaded(task, inputs):
    gate = threading.Barrier(len(inputs) + 1)
    def run(data):
        gate.wait()
        task(data)
    threads = [threading.Thread(target=run, args=(data,)) for data in inputs]
    for thread in threads:
        thread.start()
    gate.wait()
    start = time.perf_counter()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start

experiments = []
for library in (hashing, sorting):
    try:
        name, make, task = library()
    except ImportError:
        continue
    size = sized(make, task)
    inputs = [make(size) for _ in range(TASKS)]
    task(inputs[0])  # warm-up
    walls = {"sequential": [], "threads": []}
    for _ in range(ROUNDS):
        walls["sequential"].append(sequential(task, inputs))
        walls["threads"].append(threaded(task, inputs))
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    experiments.append({"pythonVersion": platform.python_version(), "implementation": platform.python_implementation(),
                        "gilEnabled": gil, "library": name, "tasks": TASKS, "sizePerTask": size, "targetSeconds": TARGET,
                        "sequentialWallSeconds": walls["sequential"], "threadsWallSeconds": walls["threads"]})
print(json.dumps(experiments))
