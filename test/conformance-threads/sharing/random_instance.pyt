# test random.Random(42) shared between threads: draws one thread at a time follow CPython's sequence for the seed
import random
import threading

rng = random.Random(42)
out = []
lock = threading.Lock()

def draw(k):
    with lock:
        out.append((k, [rng.randint(1, 100) for _ in range(5)], rng.random(), rng.gauss(0, 1), rng.choice("abcdef")))

for k in range(4):
    t = threading.Thread(target=draw, args=(k,))
    t.start()
    t.join()
for o in out:
    print(o)
print(rng.random())

# passed as an argument; the state moves with every draw, whoever draws
def shuffle_in_thread(r, xs):
    r.shuffle(xs)
xs = list(range(10))
r = random.Random("seed")
t = threading.Thread(target=shuffle_in_thread, args=(r, xs))
t.start()
t.join()
print(xs, r.sample(range(100), 3))
r.seed(5)
t = threading.Thread(target=lambda: xs.append(r.randrange(1000)))
t.start()
t.join()
print(xs[-1], r.randrange(1000))

# 4 threads drawing at once: together they draw the seed's first 8000 numbers, each once
shared = random.Random(7)
check = random.Random(7)
expected = [check.random() for _ in range(8000)]
got = []
def many():
    mine = [shared.random() for _ in range(2000)]
    with lock:
        got.extend(mine)
ts = [threading.Thread(target=many) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got) == sorted(expected), shared.random() == check.random())
