# test a generator expression shared by threads without a lock: each item is taken by exactly one thread, one step at a time
import threading

squares = (i * i for i in range(200))
seen = []
seen_lock = threading.Lock()

def take():
    mine = []
    for v in squares:
        mine.append(v)
    with seen_lock:
        seen.extend(mine)

threads = [threading.Thread(target=take) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), len(set(seen)), sorted(seen) == [i * i for i in range(200)])
print(next(squares, "exhausted"))
