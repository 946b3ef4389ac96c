# test types.SimpleNamespace and a ModuleType module shared between threads: updates under a lock are all seen
import threading
import types

state = types.SimpleNamespace(count=0, seen=[])
registry = types.ModuleType("registry")
registry.items = {}
lock = threading.Lock()


def work(n):
    for i in range(1000):
        with lock:
            state.count += 1
    with lock:
        state.seen.append(n)
        registry.items[n] = types.SimpleNamespace(worker=n, done=True)


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(state.count, sorted(state.seen))
print(registry, sorted(registry.items))
print(registry.items[2], registry.items[2] == types.SimpleNamespace(worker=2, done=True))
