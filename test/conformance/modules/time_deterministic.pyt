# test time module used deterministically: sleep, monotonic ordering, types of clocks
import time
from time import sleep, perf_counter
start = time.time()
t0 = perf_counter()
m0 = time.monotonic()
sleep(0.05)
time.sleep(0)
elapsed = perf_counter() - t0
print(type(start).__name__, type(t0).__name__, type(m0).__name__)
print(elapsed >= 0.04, elapsed < 5, time.monotonic() >= m0, time.time() >= start)
print(start > 1_600_000_000)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
