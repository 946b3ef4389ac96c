# test queue: task done too many
import queue
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(type(e).__name__ + ":", e)
