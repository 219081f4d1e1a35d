# concreport-bench: CPython's peers on the bench's scale figures.
# Usage: python3 sleepers.py asyncio|threads|fork|spawn COUNT SECONDS REPETITIONS
# COUNT sleepers of SECONDS each with asyncio, threading, or a multiprocessing pool started with fork or
# with spawn (the original post's executors). Each run starts its pool, runs the sleepers and shuts the
# pool down inside the timed region, as concreport's processes strategy counts spawning and reaping.
# Prints one JSON array, the wall seconds of each run. Run by Sources/concreport-bench/PythonPeers.swift.
import asyncio, concurrent.futures, json, multiprocessing, sys, threading, time

async def gather(n, s):
    await asyncio.gather(*(asyncio.sleep(s) for _ in range(n)))

def once(kind, n, s):
    start = time.perf_counter()
    if kind == "asyncio":
        asyncio.run(gather(n, s))
    elif kind == "threads":
        threads = [threading.Thread(target=time.sleep, args=(s,)) for _ in range(n)]
        for t in threads: t.start()
        for t in threads: t.join()
    else:
        context = multiprocessing.get_context(kind)
        with concurrent.futures.ProcessPoolExecutor(max_workers=n, mp_context=context) as pool:
            list(pool.map(time.sleep, [s] * n))
    return time.perf_counter() - start

if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("asyncio", "threads", "fork", "spawn"):
        sys.exit("usage: sleepers.py asyncio|threads|fork|spawn COUNT SECONDS REPETITIONS")
    kind, n, s, reps = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
    print(json.dumps([once(kind, n, s) for _ in range(reps)]))
