# test queue: empty nowait
import queue
q = queue.Queue()
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty again")
