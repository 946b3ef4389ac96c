# Waits that only another thread's notify could end (a Queue's get, an Event, a Condition), with no
# thread left to do it: the report says each waits to be notified, not which library lock it sleeps on.
import queue
import threading

jobs = queue.Queue()
ready = threading.Event()
cond = threading.Condition()

def consumer():
    item = jobs.get()

def starter():
    ready.wait()

def listener():
    with cond:
        cond.wait()

threads = [threading.Thread(target=f, name=f.__name__) for f in (consumer, starter, listener)]
for t in threads:
    t.start()
for t in threads:
    t.join()
