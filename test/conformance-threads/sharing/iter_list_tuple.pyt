# test list and tuple iterators shared between threads: next() hands each item out once, StopIteration for all at the end
import threading

N = 20_000
items = [f"job-{i}" for i in range(N)]
sources = {"list": iter(items), "tuple": iter(tuple(items))}
results = {"list": [], "tuple": []}
stops = {"list": 0, "tuple": 0}
lock = threading.Lock()

def worker(kind):
    it = sources[kind]
    mine = []
    while True:
        try:
            mine.append(next(it))
        except StopIteration:
            with lock:
                stops[kind] += 1
            break
    with lock:
        results[kind].extend(mine)

threads = [threading.Thread(target=worker, args=(kind,)) for kind in ("list", "tuple") for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for kind in ("list", "tuple"):
    got = results[kind]
    print(kind, type(sources[kind]).__name__, len(got), len(set(got)), sorted(got) == sorted(items), stops[kind])

# an iterator made in a thread and used by main: the same object, its position carried over
box = []
def make():
    it = iter([1, 2, 3, 4, 5])
    next(it)
    box.append(it)
    box.append(it)
t = threading.Thread(target=make)
t.start()
t.join()
it = box[0]
print(box[0] is box[1], iter(it) is it, next(it), list(it), next(it, "end"))

# exhausted stays exhausted, even after the list grows (as CPython's list_iterator)
data = [1, 2]
it = iter(data)
print(list(it))
def grow():
    data.append(3)
    box.append(next(it, "end"))
t = threading.Thread(target=grow)
t.start()
t.join()
print(data, box[-1], list(it))

# a list that grows while threads consume it: nothing twice
data = list(range(100))
it = iter(data)
seen = []
def consume():
    for x in it:
        with lock:
            seen.append(x)
            if x < 50:
                data.append(x + 1000)
ts = [threading.Thread(target=consume) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# (an append can come after another thread saw the end, which then ends the iterator for all, as in
# CPython, where the GIL makes it rare: so only "nothing twice, nothing invented, the first 100 all")
print(len(seen) == len(set(seen)), set(seen) <= set(data), set(range(100)) <= set(seen))
