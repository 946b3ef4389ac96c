# test hunt: collections.abc and collections.UserDict reached from a thread after main imported collections
import threading
from collections import UserDict
class Safe(UserDict):
    def __init__(self):
        super().__init__()
        self.lock = threading.Lock()
    def incr(self, k):
        with self.lock:
            self[k] = self.get(k, 0) + 1
s = Safe()
def work():
    for _ in range(1000):
        s.incr("n")
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(s, len(s))
def w2():
    from collections import UserList
    print(UserList([1]) + [2])
t = threading.Thread(target=w2); t.start(); t.join()
import collections
def w3():
    print(collections.abc.Mapping, issubclass(dict, collections.abc.MutableMapping))
t = threading.Thread(target=w3); t.start(); t.join()
