# test os._exit from a watchdog thread: ends the program at once, other threads and atexit skipped
import atexit
import os
import threading
import time

atexit.register(print, "atexit must not run")
for bad in [(), ("3",), (1, 2), (2**40,)]:
    try:
        os._exit(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

stuck = threading.Event()


def worker():
    print("worker waits for ever", flush=True)
    stuck.wait()


def watchdog(limit):
    time.sleep(limit)
    print(f"watchdog: no progress after {limit}s, exiting", flush=True)
    os._exit(258)


threading.Thread(target=worker, name="worker").start()
threading.Thread(target=watchdog, args=(0.05,), daemon=True).start()
stuck.wait()
print("not reached")
