# test queue: full nowait
import queue
q = queue.Queue(maxsize=2)
q.put_nowait(1); q.put_nowait(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full", repr(e), type(e))
