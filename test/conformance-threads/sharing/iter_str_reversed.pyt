# test reversed(list) and str iterators shared between threads: each item once, backwards for reversed, then the end for all
import threading

lock = threading.Lock()

def share(it, nthreads=4):
    got = []
    def drain():
        mine = []
        for x in it:
            mine.append(x)
        with lock:
            got.append(mine)
    ts = [threading.Thread(target=drain) for _ in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return got

data = list(range(30_000))
rev = reversed(data)
print(type(rev).__name__, next(rev), next(rev))
got = share(rev)
flat = [x for mine in got for x in mine]
print(len(flat), len(set(flat)), sorted(flat) == list(range(29_998)))
print("each thread's part goes down:", all(m == sorted(m, reverse=True) for m in got))
print(next(rev, "end"))

text = "the quick brown fox jumps over the lazy dog " * 500
for s in (text, text.replace("o", "\u00f6")):
    it = iter(s)
    first = next(it)
    got = share(it)
    flat = [c for mine in got for c in mine]
    print(type(it).__name__, first, len(flat) + 1 == len(s), sorted(first + "".join(flat)) == sorted(s), next(it, "end"))

# a reversed list iterator that shrinks under it ends, as CPython's does
data = [1, 2, 3, 4]
rev = reversed(data)
box = []
def shrink_then_next():
    data.clear()
    box.append(next(rev, "end"))
t = threading.Thread(target=shrink_then_next)
t.start()
t.join()
data.extend([5, 6, 7, 8, 9])
print(box, list(rev))
