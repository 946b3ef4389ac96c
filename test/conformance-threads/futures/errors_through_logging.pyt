# test a failing pool initializer and a failing done-callback are logged on the 'concurrent.futures' logger, so the program's logging configuration formats (or silences) them
import concurrent.futures as cf
import logging

logging.basicConfig(format="%(levelname)s [%(name)s] %(msg)s")  # msg: the template (a Future's repr has its address)

def bad_init():
    raise RuntimeError("init failed")

ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
try:
    ex.submit(print, 1).result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()

def bad_callback(fut):
    raise ValueError(f"callback saw {fut.result()}")

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(pow, 2, 5)
    f.result()
    f.add_done_callback(bad_callback)   # runs now, in main

logging.getLogger("concurrent.futures").setLevel(logging.CRITICAL + 1)
f.add_done_callback(bad_callback)       # silenced
print("done")
