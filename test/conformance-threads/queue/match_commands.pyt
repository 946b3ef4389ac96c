# test a worker thread matching commands taken from a queue.Queue (tuples, dicts, dataclasses, None to stop)
import queue
import threading
from dataclasses import dataclass

@dataclass
class Move:
    dx: int
    dy: int

def worker(name, q, results, lock):
    total = 0
    pos = (0, 0)
    log = []
    while True:
        item = q.get()
        match item:
            case None:
                q.task_done()
                break
            case ("add", int(n)):
                total += n
            case ("sub", int(n)) if n <= total:
                total -= n
            case ("sub", n):
                log.append(f"refused sub {n}")
            case {"op": "note", "text": str(text)}:
                log.append(text)
            case Move(dx=0, dy=0):
                log.append("no move")
            case Move(dx, dy):
                pos = (pos[0] + dx, pos[1] + dy)
            case [*parts] if parts:
                log.append(f"list of {len(parts)}")
            case other:
                log.append(f"unknown {other!r}")
        q.task_done()
    with lock:
        results[name] = (total, pos, log)

q = queue.Queue()
results = {}
lock = threading.Lock()
t = threading.Thread(target=worker, args=("w1", q, results, lock))
t.start()
for item in [("add", 5), ("add", 7), ("sub", 3), ("sub", 100), {"op": "note", "text": "hello"}, Move(1, 2), Move(0, 0),
             Move(-1, 5), [1, 2, 3], [], "strange", None]:
    q.put(item)
q.join()
t.join()
print(results["w1"])

# several workers share one queue: each stops at its own None; totals are summed
q2 = queue.Queue()
results2 = {}
workers = [threading.Thread(target=worker, args=(f"w{i}", q2, results2, lock)) for i in range(3)]
for w in workers:
    w.start()
for i in range(1, 101):
    q2.put(("add", i))
for _ in workers:
    q2.put(None)
for w in workers:
    w.join()
print(sum(total for total, _, _ in results2.values()), sorted(results2))
