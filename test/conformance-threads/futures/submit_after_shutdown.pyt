# test futures: submit after shutdown
from concurrent.futures import ThreadPoolExecutor
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
