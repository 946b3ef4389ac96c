# Sets, frozensets and class attributes shared between threads (issue 3): every change is seen by
# every thread; counts are exact under a lock.
import threading
from threading import Thread, Lock

seen = set()
lock = Lock()


def add_many(k):
    for i in range(2000):
        seen.add(i * 4 + k)   # distinct per thread
        seen.add(-1)          # the same item from every thread


threads = [Thread(target=add_many, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("len exact:", len(seen) == 8001)
print("members:", 0 in seen, 7999 in seen, 8000 in seen, -1 in seen)

# membership and removal from another thread
small = {3, 1, 2}
result = []


def check():
    result.append((2 in small, 5 in small))
    small.discard(2)
    small.add(10)
    result.append(sorted(small))


t = Thread(target=check)
t.start()
t.join()
print(result, small, len(small))
small.update([7, 8, 9])
small -= {1}
print(small, sorted(small | {100}), small & {3, 7, 42})

# iteration order as CPython's, set built by threads
digits = set()


def add_digits(lo):
    for d in range(lo, 10, 2):
        digits.add(d)


ts = [Thread(target=add_digits, args=(lo,)) for lo in (1, 0)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(digits, list(digits) == sorted(digits))
print(digits.pop() in range(10), len(digits))

# frozensets and tuples as shared set items and dict keys
pairs = set()
table = {}


def fill():
    pairs.add((1, "a"))
    pairs.add(frozenset({1, 2}))
    table[frozenset({"x", "y"})] = "xy"
    table[(1, 2)] = "t"


t = Thread(target=fill)
t.start()
t.join()
print((1, "a") in pairs, frozenset({2, 1}) in pairs, {1, 2} in pairs)
print(table[frozenset({"y", "x"})], table[(1, 2)], type(list(table)[0]).__name__)
try:
    pairs.add([1])
except TypeError as e:
    print("TypeError:", e)


# class attributes changed after the class is shared
class Counter:
    count = 0
    label = "start"

    def describe(self):
        return f"{self.label}:{Counter.count}"


def bump():
    for _ in range(5000):
        with lock:
            Counter.count += 1


ts = [Thread(target=bump) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("class counter:", Counter.count)

go = Lock()
go.acquire()
done = Lock()
done.acquire()
out = []


def reader():
    go.acquire()          # waits until MainThread changed the class
    out.append(Counter().describe())
    out.append(Counter.extra)
    out.append(Counter().shout())
    Counter.label = "from thread"
    done.release()


t = Thread(target=reader)
t.start()
Counter.label = "changed"
Counter.extra = [1, 2]
Counter.shout = lambda self: self.label.upper()
go.release()
done.acquire()
t.join()
print(out)
print(Counter().describe(), hasattr(Counter, "extra"))
del Counter.extra


def check_deleted():
    out.append(hasattr(Counter, "extra"))


t = Thread(target=check_deleted)
t.start()
t.join()
print(out[-1])


# a class defined after sharing started, shared when stored into a global
class Late:
    n = 0


def late():
    for _ in range(1000):
        with lock:
            Late.n += 1


ts = [Thread(target=late) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("late:", Late.n)
