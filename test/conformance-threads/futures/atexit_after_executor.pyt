# test atexit runs after an executor left open finishes its queued work (threading's shutdown, then the callbacks)
import atexit, threading
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
done = []
def task(i):
    gate.wait()
    done.append(i)
    return i
ex = ThreadPoolExecutor(max_workers=2)
futs = [ex.submit(task, i) for i in range(4)]
@atexit.register
def report():
    print("atexit sees", sorted(done), all(f.done() for f in futs))
threading.Timer(0.05, gate.set).start()
print("main done")
