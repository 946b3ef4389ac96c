# test matching objects that threads share (lists, dicts, tuples, instances in the shared heap)
import threading
from dataclasses import dataclass

@dataclass
class Job:
    kind: str
    args: tuple

shared = {"jobs": [], "config": {"mode": "fast", "level": 3}}
lock = threading.Lock()

def producer():
    for i in range(5):
        with lock:
            shared["jobs"].append(Job("sum", (i, i + 1)) if i % 2 == 0 else ("pair", [i, i * 2]))

def consumer(out):
    with lock:
        jobs = list(shared["jobs"])
        config = shared["config"]
    match config:
        case {"mode": "fast", "level": int(level), **rest}:
            out.append(f"fast at {level}, rest {rest}")
    for job in jobs:
        match job:
            case Job(kind="sum", args=(a, b)):
                out.append(a + b)
            case ("pair", [x, y]):
                out.append((x, y))
    match shared:
        case {"jobs": [Job() as first, *others]}:
            out.append(f"first {first.kind}, {len(others)} more")

t = threading.Thread(target=producer)
t.start(); t.join()
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start(); c.join()
for line in out:
    print(line)
