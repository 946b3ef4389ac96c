# test time.get_clock_info: CPython's Linux answers as a types.SimpleNamespace, also from a thread; its errors
import time
for n in ('monotonic', 'perf_counter', 'process_time', 'thread_time', 'time'):
    info = time.get_clock_info(n)
    print(n, info, info.resolution, info.monotonic, type(info).__name__)
for bad in ['x', 1]:
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import threading, time
out = []
t = threading.Thread(target=lambda: out.append(time.get_clock_info("perf_counter")))
t.start(); t.join()
print(out)
import sys
print("types" in sys.modules)
