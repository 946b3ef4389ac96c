# test next() of one itertools.count shared by 4 threads is atomic (as CPython's under the GIL): 80 000 distinct ids
import itertools, threading
ids = itertools.count()
got = []
def work():
    mine = [next(ids) for _ in range(20000)]
    got.append(mine)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
allids = [i for m in got for i in m]
print(len(allids), len(set(allids)), max(allids))
