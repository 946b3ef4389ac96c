# test barrier: timeout broken
import threading
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, repr(e), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("after reset:", b.broken)
