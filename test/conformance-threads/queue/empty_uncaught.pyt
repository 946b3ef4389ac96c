# test queue: empty uncaught
import queue
q = queue.Queue()
q.get(block=False)
