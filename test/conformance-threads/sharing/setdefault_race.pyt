# test sharing: dict.setdefault of a shared dict is one step, as CPython's: threads racing to make the same new keys lose no append
import threading

N = 5000
ints = {}
strs = {}
start = threading.Barrier(4)

def work(k):
    start.wait()
    for i in range(N):
        ints.setdefault(i, []).append(k)
        strs.setdefault(f"key{i}", []).append(k)

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(len(v) for v in ints.values()), sum(len(v) for v in strs.values()))
print(all(sorted(v) == [0, 1, 2, 3] for v in ints.values()), all(sorted(v) == [0, 1, 2, 3] for v in strs.values()))
# the value already there is returned, the default stays unused
print(ints.setdefault(0, "unused") is ints[0], strs.setdefault("key0") is strs["key0"], strs.setdefault("new"), len(strs))
