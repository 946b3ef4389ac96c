# test thread-safe singleton with metaclass and double-checked locking
import threading
class SingletonMeta(type):
    _instances = {}
    _lock = threading.Lock()
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            with cls._lock:
                if cls not in cls._instances:
                    cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    created = 0
    def __init__(self, v):
        Config.created += 1
        self.v = v
ids = []
barrier = threading.Barrier(6)
def get(i):
    barrier.wait()
    ids.append(id(Config(i)))
ts = [threading.Thread(target=get, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(len(set(ids)), Config.created, type(Config), Config(99).v in range(6))
class Single:
    _inst = None
    _lock = threading.Lock()
    def __new__(cls):
        with cls._lock:
            if cls._inst is None:
                cls._inst = super().__new__(cls)
                cls._inst.n = 0
        return cls._inst
def g():
    s = Single()
    with Single._lock:
        s.n += 1
ts = [threading.Thread(target=g) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(Single().n, Single() is Single())
