# concreport: the original post's FastAPI app ("Applying it in FastAPI"), run for real under uvicorn.
# Usage: python3 fastapi_app.py UPSTREAM_PORT CPU_SECONDS WORKERS FEWER one|workers [LOOP_SIZE]
# Its handlers as the original post wrote them, then what FastAPI users write instead and the remedies,
# and /health; the external URLs are the local upstream on UPSTREAM_PORT. As written: a client built per
# request (/io-async), the pools at the default priority (/cpu-bound, /cpu-threads). Beside them: one
# client for the app's lifetime (/io-async-shared), a plain def endpoint (/cpu-def, run in FastAPI's own
# thread pool), the process pool under SCHED_IDLE (/cpu-bound-idle) and a pool of FEWER workers, one
# fewer than the usable cores (/cpu-bound-fewer). /stats tells the CPU time the loop's thread spent
# building clients. CPU_SECONDS is the CPU time of one CPU-bound request and WORKERS the CPU pools' size;
# `workers` serves with uvicorn's two worker processes (for the CPU endpoints that need no process pool)
# and LOOP_SIZE, when given, is used instead of measuring one. It binds 127.0.0.1 port 0 itself, prints
# one JSON line (the real port, the versions, whether the idle pool got its policy), then serves until
# killed. Run by Sources/Measure/Python/PythonServerMeasurement.swift. uvicorn's worker processes import
# this file again by its name (uvicorn.Config below), so it keeps that name wherever it is written.
import asyncio, inspect, json, os, platform, socket, sys, time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

if len(sys.argv) not in (6, 7) or sys.argv[5] not in ("one", "workers"):
    sys.exit("usage: fastapi_app.py UPSTREAM_PORT CPU_SECONDS WORKERS FEWER one|workers [LOOP_SIZE]")

import fastapi, httpx, requests, uvicorn
from fastapi import FastAPI

UPSTREAM = f"http://127.0.0.1:{int(sys.argv[1])}/"
CPU_SECONDS = float(sys.argv[2])
WORKERS = int(sys.argv[3])
FEWER = int(sys.argv[4])
MODE = sys.argv[5]

def heavy_computation(n):
    return sum(i * i for i in range(n))

def in_background():
    # The remedy: the pool's workers take only the cores the event loop leaves free.
    try:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    except (AttributeError, OSError):
        pass
    return os.sched_getscheduler(0) == getattr(os, "SCHED_IDLE", -1)

def loop_size(seconds):
    n = 10_000
    while True:
        start = time.perf_counter()
        heavy_computation(n)
        took = time.perf_counter() - start
        if took > 0.05:
            return max(1, int(n * seconds / took))
        n *= 2

# The loop size: measured here, or given (the two-worker app gets the first app's, so both do equal work;
# its worker processes, which import this module again, read it from the same arguments).
N = int(sys.argv[6]) if len(sys.argv) > 6 else loop_size(CPU_SECONDS)
app = FastAPI()
process_pool = process_pool_idle = process_pool_fewer = None
thread_pool = ThreadPoolExecutor(max_workers=10)
cpu_threads = ThreadPoolExecutor(max_workers=WORKERS)
shared_client = httpx.AsyncClient()
client_builds = {"seconds": 0.0, "count": 0}

def sync_api_call(url):
    return requests.get(url).json()

@app.get("/health")
async def health():
    return {"status": "ok"}

@app.get("/stats")
async def stats():
    return client_builds

@app.get("/io-async")
async def io_async():
    started = time.thread_time()
    client = httpx.AsyncClient()
    client_builds["seconds"] += time.thread_time() - started
    client_builds["count"] += 1
    async with client:
        await asyncio.gather(client.get(UPSTREAM), client.get(UPSTREAM), client.get(UPSTREAM))
    return {"status": "done"}

@app.get("/io-async-shared")
async def io_async_shared():
    await asyncio.gather(shared_client.get(UPSTREAM), shared_client.get(UPSTREAM), shared_client.get(UPSTREAM))
    return {"status": "done"}

@app.get("/io-sync")
async def io_sync():
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(thread_pool, sync_api_call, UPSTREAM)

@app.get("/io-sync-on-loop")
async def io_sync_on_loop():
    return sync_api_call(UPSTREAM)

@app.get("/cpu-bound")
async def cpu_bound():
    loop = asyncio.get_running_loop()
    return {"result": await loop.run_in_executor(process_pool, heavy_computation, N)}

@app.get("/cpu-bound-idle")
async def cpu_bound_idle():
    loop = asyncio.get_running_loop()
    return {"result": await loop.run_in_executor(process_pool_idle, heavy_computation, N)}

@app.get("/cpu-bound-fewer")
async def cpu_bound_fewer():
    loop = asyncio.get_running_loop()
    return {"result": await loop.run_in_executor(process_pool_fewer, heavy_computation, N)}

@app.get("/cpu-threads")
async def cpu_threads_endpoint():
    loop = asyncio.get_running_loop()
    return {"result": await loop.run_in_executor(cpu_threads, heavy_computation, N)}

@app.get("/cpu-def")
def cpu_def():
    return {"result": heavy_computation(N)}

@app.get("/cpu-on-loop")
async def cpu_on_loop():
    return {"result": heavy_computation(N)}

def listening_socket():
    # IPPROTO_TCP named, as uvicorn's own bind does: asyncio sets TCP_NODELAY only on sockets whose proto
    # says TCP, and without it every answer waited ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    return sock

def started(sock, background):
    print(json.dumps({"port": sock.getsockname()[1], "fastapi": fastapi.__version__, "uvicorn": uvicorn.__version__,
                      "implementation": platform.python_implementation(), "version": platform.python_version(),
                      "background": background, "loopSize": N}), flush=True)

if __name__ == "__main__" and MODE == "workers":
    # uvicorn --workers 2: two processes, each with its own loop, serving one socket.
    from uvicorn.supervisors import Multiprocess
    sock = listening_socket()
    config = uvicorn.Config("fastapi_app:app", log_level="warning", access_log=False, workers=2)
    started(sock, None)
    if "target" in inspect.signature(Multiprocess.__init__).parameters:
        Multiprocess(config, target=uvicorn.Server(config).run, sockets=[sock]).run()
    else:
        Multiprocess(config, sockets=[sock]).run()
elif __name__ == "__main__":
    process_pool = ProcessPoolExecutor(max_workers=WORKERS)
    process_pool_idle = ProcessPoolExecutor(max_workers=WORKERS, initializer=in_background)
    process_pool_fewer = ProcessPoolExecutor(max_workers=FEWER)
    background = all(process_pool_idle.submit(in_background).result() for _ in range(WORKERS))
    sock = listening_socket()
    started(sock, background)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
