# test futures: callback after done
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: 42)
    f.result()
    f.add_done_callback(lambda fut: print("callback:", fut.result()))
