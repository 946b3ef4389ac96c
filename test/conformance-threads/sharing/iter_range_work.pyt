# test one iter(range(100)) shared by 4 threads that each run `for n in work`: every n processed exactly once, then all stop
import threading
import time

work = iter(range(100))
done = []
lock = threading.Lock()
finished = []

def worker(name):
    count = 0
    for n in work:
        with lock:
            done.append(n)
        count += 1
        if n % 10 == 0:
            time.sleep(0.001)
    finished.append((name, next(work, "exhausted")))

threads = [threading.Thread(target=worker, args=(f"worker-{i}",)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(done), len(set(done)), sorted(done) == list(range(100)))
print(sorted(finished))
print(next(work, "still exhausted"), list(work))

# a range with a step, reversed, and one partly used before the threads see it
for make in (lambda: iter(range(5, 500, 7)), lambda: reversed(range(300)), lambda: iter(range(1000))):
    it = make()
    first = [next(it), next(it)]
    got = []
    def drain():
        mine = list(it)
        with lock:
            got.extend(mine)
    ts = [threading.Thread(target=drain) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(type(it).__name__, first, len(got), len(set(got)), sorted(first + got) == sorted(make()))
