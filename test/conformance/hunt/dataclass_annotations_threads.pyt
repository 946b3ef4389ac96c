# test hunt: a dataclass with list[str] fields used and inspected from threads
import threading, dataclasses
from dataclasses import dataclass, field
@dataclass
class Task:
    id: int
    tags: list[str] = field(default_factory=list)
    parent: "Task | None" = None
results = []
def work(t: Task):
    t.tags.append("done")
    results.append((t, dataclasses.asdict(t), [f.name for f in dataclasses.fields(t)], dataclasses.replace(t, id=9)))
ts = [threading.Thread(target=work, args=(Task(i),)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results, key=lambda r: r[0].id))
def w2():
    print([f.type for f in dataclasses.fields(Task)], Task.__annotations__)
t = threading.Thread(target=w2); t.start(); t.join()
