# test a for loop over the generator its call made closes it when the loop leaves early (break, return, an exception), as CPython frees it then: finally blocks and with exits run (a lock held across a yield is released)
import threading
lock = threading.Lock()
def guarded(items):
    with lock:
        print("locked")
        for x in items:
            yield x
    print("unlocked normally")

for v in guarded([1, 2, 3]):
    if v == 2:
        break
print("after break, lock held:", lock.locked())

def finder(n):
    for v in guarded(range(n)):
        if v == 1:
            return v
print(finder(5), lock.locked())

try:
    for v in guarded([1]):
        raise ValueError("in body")
except ValueError:
    print("after exception, lock held:", lock.locked())

def logged():
    try:
        yield 1
        yield 2
    finally:
        print("logged: finally")

def relay():
    for x in logged():
        yield x * 10

r = relay()
print(next(r))
r.close()
print("relay closed")
for x in logged():
    pass
g = logged()
for x in g:
    break
print("g kept open (still referenced)")
print(next(g))
g.close()
