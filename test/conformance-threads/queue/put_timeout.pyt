# test queue: put timeout
import queue
q = queue.Queue(1)
q.put("a")
try:
    q.put("b", timeout=0.05)
except queue.Full:
    print("full after timeout")
print(q.get())
