# test with: __exit__ gets (type, value, traceback), suppression, multiple managers, enter/exit errors and the missed-__exit__ message
class CM:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, type(tb).__name__)
        return self.swallow
with CM("a") as a, CM("b", True) as b:
    print("body", a.name, b.name)
    raise ValueError("inner")
print("after")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
class BadEnter:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("never"); return False
try:
    with BadEnter(): print("no")
except RuntimeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit(): pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5: pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0: continue
        break
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("from exit")
try:
    with ExitRaises(): raise ValueError("orig")
except TypeError as e:
    print(e, repr(e.__context__))
import threading
lock = threading.Lock()
try:
    with lock:
        print("locked", lock.locked())
        raise ValueError
except ValueError:
    print("released", lock.locked())
