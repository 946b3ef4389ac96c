# test thread-safe singleton with double-checked locking and class-level lock
import threading
class Singleton:
    _instance = None
    _lock = threading.Lock()
    created = 0
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__new__(cls)
                    cls.created += 1
        return cls._instance
    def __init__(self, value=None):
        self.value = value
ids = []
lk = threading.Lock()
def make(i):
    s = Singleton(i)
    with lk:
        ids.append(id(s))
ts = [threading.Thread(target=make, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(set(ids)), Singleton.created, Singleton() is Singleton())
class Registry:
    _lock = threading.RLock()
    _items: dict = {}
    @classmethod
    def register(cls, name, obj):
        with cls._lock:
            if name in cls._items:
                raise KeyError(f"duplicate {name}")
            cls._items[name] = obj
    @staticmethod
    def describe(x):
        return f"<{x}>"
    @property
    def size(self):
        return len(self._items)
errs = []
def reg(n):
    try:
        Registry.register(n % 3, n)
    except KeyError as e:
        with lk: errs.append(e.args[0])
ts = [threading.Thread(target=reg, args=(n,)) for n in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(Registry._items), sorted(errs), Registry().size, Registry.describe(5))
