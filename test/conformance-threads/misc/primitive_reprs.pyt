# test the reprs of Semaphore, BoundedSemaphore, Event and Barrier (addresses left out)
import threading


def shape(obj):
    text = repr(obj)
    head, _, rest = text.partition(" at 0x")
    return head + " at ADDR" + rest[rest.index(":"):]


s = threading.Semaphore(2)
s.acquire()
print(shape(s))
b = threading.BoundedSemaphore(3)
b.acquire()
print(shape(b))
e = threading.Event()
print(shape(e))
e.set()
print(shape(e))
bar = threading.Barrier(2)
print(shape(bar))
bar.abort()
print(shape(bar))
