# test threading.local is CPython's _thread._local: its repr, its name in a subclass's __mro__
import threading
loc = threading.local()
print(repr(loc).split(" at ")[0])
print(threading.local, threading.local.__name__, threading.local.__module__)
class Ctx(threading.local):
    pass
print(Ctx.__mro__)
try:
    loc.missing
except AttributeError as e:
    print(e)
