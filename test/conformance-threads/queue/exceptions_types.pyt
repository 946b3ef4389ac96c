# test queue: exceptions types
import queue
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)
q = queue.Queue()
print(q.maxsize, queue.Queue(7).maxsize)
