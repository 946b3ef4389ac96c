# A thread waits for an Event that MainThread sets: its wait is on its own Condition waiter (the
# library's lock), which the trace calls <notify>.
import threading
import time

ready = threading.Event()

def waiter():
    ready.wait()
    print("go")

t = threading.Thread(target=waiter)
t.start()
time.sleep(0.1)
ready.set()
t.join()
