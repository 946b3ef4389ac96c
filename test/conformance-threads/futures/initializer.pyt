# test futures: initializer
from concurrent.futures import ThreadPoolExecutor
import threading
local = threading.local()
def init(tag):
    local.tag = tag
def job(x):
    return f"{local.tag}-{x}"
with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=("w",)) as ex:
    print(list(ex.map(job, range(3))))
