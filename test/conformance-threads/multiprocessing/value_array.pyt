# test multiprocessing.dummy: Value and Array (plain objects on threads), with a Lock around updates
from multiprocessing.dummy import Value, Array, Lock, Pool

counter = Value('i', 0)
hist = Array('i', [0] * 4)
lock = Lock()


def count(x):
    with lock:
        counter.value += 1
        hist[x % 4] += 1


with Pool(4) as p:
    p.map(count, range(22))
print(counter.value, counter)
print(hist[:], len(hist), sum(hist), hist, hist.tolist(), hist[1])
print(Value('d', 2.5), Array('d', []), Array('i', range(3)))
try:
    Array('x', [1])
except ValueError as e:
    print(e)
