extension PythonServerMeasurement {
    /// The seed's FastAPI app ("Applying it in FastAPI"), its handlers as the seed wrote them, with the bad
    /// twins concreport's server has and `/health`; the external URLs are the local upstream. Arguments:
    /// upstream port, CPU seconds per request, CPU pool size. Its CPU pools' workers run under SCHED_IDLE,
    /// as concreport's do (`ServerMeasurement.backgroundPolicy`), through the pools' initializers. It binds
    /// 127.0.0.1 port 0 itself, prints one JSON line (the real port, the versions, whether the pools got the
    /// policy), then serves with uvicorn until killed.
    static let script = #"""
import asyncio, json, os, platform, socket, sys, time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import fastapi, httpx, requests, uvicorn
from fastapi import FastAPI

UPSTREAM = f"http://127.0.0.1:{int(sys.argv[1])}/"
CPU_SECONDS = float(sys.argv[2])
WORKERS = int(sys.argv[3])

def heavy_computation(n):
    return sum(i * i for i in range(n))

def in_background():
    # The pools' workers take only the cores the event loop leaves free, as concreport's do.
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

N = loop_size(CPU_SECONDS)
app = FastAPI()
process_pool = None
thread_pool = ThreadPoolExecutor(max_workers=10)
cpu_threads = ThreadPoolExecutor(max_workers=WORKERS, initializer=in_background)

def sync_api_call(url):
    return requests.get(url).json()

@app.get("/health")
async def health():
    return {"status": "ok"}

@app.get("/io-async")
async def io_async():
    async with httpx.AsyncClient() as client:
        await asyncio.gather(client.get(UPSTREAM), client.get(UPSTREAM), client.get(UPSTREAM))
    return {"status": "done"}

@app.get("/io-sync")
async def io_sync():
    loop = asyncio.get_event_loop()
    return await loop.run_in_executor(thread_pool, sync_api_call, UPSTREAM)

@app.get("/io-sync-on-loop")
async def io_sync_on_loop():
    return sync_api_call(UPSTREAM)

@app.get("/cpu-bound")
async def cpu_bound():
    loop = asyncio.get_event_loop()
    return {"result": await loop.run_in_executor(process_pool, heavy_computation, N)}

@app.get("/cpu-threads")
async def cpu_threads_endpoint():
    loop = asyncio.get_event_loop()
    return {"result": await loop.run_in_executor(cpu_threads, heavy_computation, N)}

@app.get("/cpu-on-loop")
async def cpu_on_loop():
    return {"result": heavy_computation(N)}

if __name__ == "__main__":
    process_pool = ProcessPoolExecutor(max_workers=WORKERS, initializer=in_background)
    background = all(process_pool.submit(in_background).result() for _ in range(WORKERS))
    # IPPROTO_TCP named, as uvicorn's own bind does: asyncio sets TCP_NODELAY only on sockets whose proto
    # says TCP, and without it every answer waited ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    print(json.dumps({"port": sock.getsockname()[1], "fastapi": fastapi.__version__, "uvicorn": uvicorn.__version__,
                      "implementation": platform.python_implementation(), "version": platform.python_version(),
                      "background": background}), flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False)).run(sockets=[sock])
"""#
}
