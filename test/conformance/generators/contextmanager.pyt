# test contextlib.contextmanager: enter/exit, suppressing, as a decorator, didn't yield / didn't stop, an exception through it
from contextlib import contextmanager
import threading

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed", e)

with swallow():
    1 / 0
print("after")

@contextmanager
def locked(lock):
    lock.acquire()
    try:
        yield
    finally:
        lock.release()

lk = threading.Lock()
with locked(lk):
    print("held", lk.locked())
print("released", not lk.locked())

@tag("deco")
def work():
    print("working")
work()
work()

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
print(tag.__name__)

with tag("outer"):
    raise KeyError("propagates")
