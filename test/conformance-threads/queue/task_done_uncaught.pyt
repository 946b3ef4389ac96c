# test queue: task done uncaught
import queue
q = queue.Queue()
q.task_done()
