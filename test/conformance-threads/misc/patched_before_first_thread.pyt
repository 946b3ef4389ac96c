# test classes and globals of threading and queue changed before the first thread (pyt shares those modules ahead) are seen changed by threads
import threading, queue
queue.Queue.label = "patched"
threading.Thread.kind = 1
threading.answer = 41

def show():
    print(queue.Queue.label, threading.Thread.kind, threading.current_thread().kind, threading.answer,
          hasattr(queue.Queue, "gone"))

queue.Queue.gone = True
del queue.Queue.gone
t = threading.Thread(target=show)
t.start()
t.join()
threading.Thread.kind = 2
threading.answer += 1
t = threading.Thread(target=show)
t.start()
t.join()
