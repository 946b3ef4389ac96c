# test sharing: OrderedDict.move_to_end and popitem of an OrderedDict threads share are one step each, as CPython's C OrderedDict: no key goes missing, each item popped once
import threading
from collections import OrderedDict
od = OrderedDict()
start = threading.Barrier(4)
popped = [0] * 4
def w(k):
    start.wait()
    for i in range(2000):
        od[(k, i)] = i
        od.move_to_end((k, i), last=False)
        od.move_to_end((k, i))
    start.wait()
    while True:
        try:
            od.popitem(last=False)
        except KeyError:
            break
        popped[k] += 1
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(popped), len(od))
def show(od):
    od.move_to_end("a"); print(list(od.items()))
    od.move_to_end("c", last=False); print(list(od))
    od.move_to_end(3, last=False); print(list(od))
    print(od.popitem(), od.popitem(last=False), list(od))
    for f in (lambda: od.move_to_end("zz"), lambda: od.move_to_end([1])):
        try:
            f()
        except (KeyError, TypeError) as e:
            print(type(e).__name__, e)
    od.clear()
    for last in (True, False):
        try:
            od.popitem(last=last)
        except KeyError as e:
            print("KeyError", e)
local = OrderedDict([("a", 1), ("b", 2), ("c", 3), (3, 4), ((1, 2), 5)])
show(local)
shared = OrderedDict([("a", 1), ("b", 2), ("c", 3), (3, 4), ((1, 2), 5)])
holder = [shared]
t = threading.Thread(target=lambda: holder.append(len(holder[0])))
t.start()
t.join()
show(shared)
