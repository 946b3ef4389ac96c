# test sharing: Counter.update of an iterable counts each element in one step, as CPython's C helper: threads counting words into one Counter lose no count
import threading
from collections import Counter

text = "the quick brown fox jumps over the lazy dog and the cat " * 40
words = text.split()
counts = Counter()
start = threading.Barrier(4)

def count(k):
    start.wait()
    for _ in range(25):
        counts.update(words)
        counts.update(w[0] for w in words if len(w) == 3)

threads = [threading.Thread(target=count, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counts.most_common(4), sum(counts.values()))
# counts that are not small ints, keys of other types, and a subclass's own __setitem__
counts.update({"big": 2**40})
counts.update(["big", 1, (2, 3), 1.5, 1])
print(counts["big"], counts[1], counts[(2, 3)], counts[1.5])

class Loud(Counter):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

Loud().update("aba")
