# test queue: negative timeout
import queue
q = queue.Queue(1)
for call in (lambda: q.get(timeout=-1), lambda: (q.put(1), q.put(2, timeout=-1))):
    try:
        call()
    except ValueError as e:
        print(type(e).__name__ + ":", e)
