# test copying synchronisation objects and dataclasses holding them (asdict deep-copies its leaves)
import copy
import queue
import threading
from collections import namedtuple
from dataclasses import dataclass, field, asdict, astuple

Point = namedtuple("Point", "x y")


@dataclass
class Account:
    owner: str
    balance: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


@dataclass
class Snapshot:
    where: Point
    tags: set = field(default_factory=set)
    history: list = field(default_factory=list)


@dataclass
class Job:
    name: str
    worker: threading.Thread


acct = Account("ann")
threads = [threading.Thread(target=acct.deposit, args=(n,)) for n in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(acct)
for convert in (asdict, astuple):
    try:
        convert(acct)
    except TypeError as e:
        print(f"{convert.__name__}: TypeError: {e}")

snap = Snapshot(Point(1, [2]), {"a"}, [Point(3, 4)])
d = asdict(snap)
print(d, type(d["where"]).__name__, d["tags"] is snap.tags, d["where"].y is snap.where.y)
print(astuple(snap))


class Session(threading.local):
    pass


for obj in (threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore(),
            threading.Event(), threading.local(), Session(), queue.Queue(), queue.SimpleQueue(),
            threading.Thread(target=print)):
    for how in (copy.copy, copy.deepcopy):
        try:
            dup = how(obj)
            print(how.__name__, type(obj).__name__, "copied", dup is obj)
        except TypeError as e:
            print(how.__name__, type(obj).__name__, "TypeError:", e)
try:
    asdict(Job("j", threading.Thread(target=print)))
except TypeError as e:
    print("Job: TypeError:", e)
