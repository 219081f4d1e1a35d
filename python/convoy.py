# concreport: the convoy effect in a real interpreter.
# Usage: python3 convoy.py ROUND_TRIPS PEER_DELAY_SECONDS
# ROUND_TRIPS round trips alone, beside 1 and beside 2 CPU-bound Python threads; prints one JSON object
# on stdout (decoded as PythonConvoy by Sources/Measure/Python/PythonBenchmark+Convoy.swift). The same
# round trip as ConvoyMeasurement (Sources/Measure/Experiments/ConvoyMeasurement.swift): a one-byte send
# and a recv of the answer, each releasing the GIL; the peer is a forked process.
import json
import os
import platform
import socket
import sys
import threading
import time

# Unmeasured round trips first, as in ConvoyMeasurement.warmupRoundTrips: every thread is running.
WARMUP = 3


def spin(stop, started):
    started.release()
    while not stop.is_set():
        sum(i * i for i in range(1000))


def answer(round_trips, peer, delay):
    # The peer, a forked process with its own interpreter: answers each byte after the delay.
    for _ in range(WARMUP + round_trips):
        peer.recv(1)
        time.sleep(delay)
        peer.send(b"x")


def convoy(round_trips, cpu_threads, delay):
    a, b = socket.socketpair()
    pid = os.fork()  # before any thread starts
    if pid == 0:
        a.close()
        answer(round_trips, b, delay)
        os._exit(0)
    b.close()
    stop = threading.Event()
    started = threading.Semaphore(0)
    threads = [threading.Thread(target=spin, args=(stop, started)) for _ in range(cpu_threads)]
    for thread in threads:
        thread.start()
    for _ in threads:
        started.acquire()
    latencies = []
    began = time.perf_counter()
    for trip in range(WARMUP + round_trips):
        if trip == WARMUP:
            latencies = []
            began = time.perf_counter()
        start = time.perf_counter()
        a.send(b"x")
        a.recv(1)
        latencies.append(time.perf_counter() - start)
    wall = time.perf_counter() - began
    stop.set()
    for thread in threads:
        thread.join()
    a.close()
    os.waitpid(pid, 0)
    return {"cpuThreads": cpu_threads, "switchIntervalSeconds": sys.getswitchinterval(),
            "latencySeconds": latencies, "wallSeconds": wall}


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: convoy.py ROUND_TRIPS PEER_DELAY_SECONDS")
    round_trips, delay = int(argv[1]), float(argv[2])
    implementation = platform.python_implementation()
    gil = bool(sys._is_gil_enabled()) if hasattr(sys, "_is_gil_enabled") else implementation not in {"Jython", "IronPython"}
    json.dump({
        "pythonVersion": platform.python_version(),
        "implementation": implementation,
        "gilEnabled": gil,
        "roundTrips": round_trips,
        "peerDelaySeconds": delay,
        "runs": [convoy(round_trips, n, delay) for n in (0, 1, 2)],
    }, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
