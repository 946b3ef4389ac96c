# test contextlib.ExitStack holding threading locks in threads, suppress and nullcontext in a thread's target
import threading
from contextlib import ExitStack, suppress, nullcontext
locks = [threading.Lock(), threading.RLock()]
results = []
shared = {}
def work(i):
    with ExitStack() as stack:
        for l in locks:
            stack.enter_context(l)
        stack.callback(results.append, ('released', i))
        results.append(('held', i, all(l.locked() for l in locks[:1])))
    with suppress(KeyError):
        shared[i] = shared['missing']
    with nullcontext(i) as n:
        shared[n] = n * n
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), sorted(shared.items()), locks[0].locked())
