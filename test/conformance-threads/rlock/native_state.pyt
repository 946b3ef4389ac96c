# test rlock: the native RLock's type, repr, ownership and count as other threads see them
import threading

def shown(lock):
    # idents and addresses differ between runs: keep the shape
    words = repr(lock).split(" ")
    for i, w in enumerate(words):
        if w.startswith("owner=") and w != "owner=0":
            words[i] = "owner=N"
        if w.startswith("0x"):
            words[i] = "ADDR>"
    return " ".join(words)

r = threading.RLock()
print(type(r), type(r).__module__, type(r).__name__)
print(shown(r))
r.acquire(); r.acquire()
print(shown(r))
seen = []

def other():
    seen.append(shown(r))
    seen.append(("owner=%d " % threading.main_thread().ident) in repr(r))
    seen.append(r.acquire(blocking=False))
    seen.append(r.acquire(timeout=0.05))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))
    c = threading.Condition(r)
    try:
        c.wait(0.01)
    except RuntimeError as e:
        seen.append(str(e))
    try:
        c.notify()
    except RuntimeError as e:
        seen.append(str(e))

t = threading.Thread(target=other)
t.start(); t.join()
print(seen)
r.release()
print(shown(r))
r.release()
print(shown(r))
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# Condition over an RLock held twice: wait releases it fully and restores the count.
cond = threading.Condition(r)
ready = []

def waker():
    with cond:
        ready.append(shown(r))
        cond.notify()

with cond:
    r.acquire()
    w = threading.Thread(target=waker)
    w.start()
    print(cond.wait(5))
    print(shown(r))
    r.release()
w.join()
print(ready)
print(shown(r))
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x"), repr(cond).endswith(">, 0)>"))
with r:
    print(r._is_owned(), cond._is_owned())
print(r._is_owned(), cond._is_owned())

# Argument errors come first, even when the calling thread already holds the RLock.
with r:
    for args in [(False, 5), (True, -5)]:
        try:
            r.acquire(*args)
        except ValueError as e:
            print("ValueError:", e)
    print(shown(r))
