# A failing initializer breaks the pool: map's result raises BrokenThreadPool (its stderr names
# CPython's own library frames, so map-job.test.ts checks it by pattern).
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor
def init():
    raise ValueError("no init")
ex = ThreadPoolExecutor(1, initializer=init)
it = ex.map(abs, [1])
try:
    next(it)
except BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
