# test barrier: abort
import threading
b = threading.Barrier(3)
errors = []
def w():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts: t.start()
import time
while b.n_waiting < 2:
    time.sleep(0.01)
b.abort()
for t in ts: t.join()
print(errors, b.broken)
