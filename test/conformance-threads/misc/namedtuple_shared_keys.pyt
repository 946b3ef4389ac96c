# test namedtuple and tuple-subclass keys in a dict and set shared between threads: same key as the equal plain tuple, keys keep their class
import threading
from collections import namedtuple
NT = namedtuple("NT", "a b")
class T2(tuple):
    pass
shared = {}
seen = set()
lock = threading.Lock()
def work(i):
    with lock:
        shared[NT(i, 0)] = i
        shared[(i, 1)] = -i
        seen.add(NT(i, i))
        seen.add(T2((i,)))
# one after another: the dict's order is then the threads' (run at once, they may take the lock in any order)
for i in range(3):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
shared[(0, 0)] = "plain"
print(len(shared), shared[NT(1, 0)], shared[(2, 0)], shared[NT(0, 1)], [type(k).__name__ for k in shared][:3], shared)
print(len(seen), (1, 1) in seen, NT(2, 2) in seen, (0,) in seen, sorted(seen, key=repr)[:2])
