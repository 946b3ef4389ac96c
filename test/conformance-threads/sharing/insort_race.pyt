# test sharing: bisect.insort of a list threads share is one step, as CPython's C insort: threads inserting into one sorted list keep it sorted and lose nothing
import bisect, threading
a = []
start = threading.Barrier(4)
def w(k):
    start.wait()
    for i in range(k, 8000, 4):
        bisect.insort(a, (i * 7919) % 8009)
        if i % 3 == 0:
            bisect.insort_left(a, -i)
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(a), a == sorted(a))
b = [1, 3, 5]
bisect.insort(b, 4, 0, 2); bisect.insort_left(b, 3); bisect.insort(b, 9, hi=-1); print(b)
# with a key, or items compared with Python code: bisect.py's steps, the same list
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"V({self.v})"
c = [V(1), V(5)]
t = threading.Thread(target=lambda: c.append(V(7)))
t.start()
t.join()
bisect.insort(c, V(6))
bisect.insort_left(c, V(5))
words = ["bb", "a", "dddd"]
t = threading.Thread(target=lambda: words.sort(key=len))
t.start()
t.join()
bisect.insort(words, "ccc", key=len)
print(c, words)
