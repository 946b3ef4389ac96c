# test itertools used from threads: a count made in MainThread shared under a lock, combinations/chain/cycle/groupby in each thread
import itertools, threading
counter = itertools.count(1)
results = {}
lock = threading.Lock()
def work(name):
    ids = []
    for _ in range(3):
        with lock:
            ids.append(next(counter))
    pairs = list(itertools.combinations(ids, 2))
    chained = list(itertools.chain(ids, itertools.islice(itertools.cycle('xy'), 3)))
    groups = [(k, len(list(g))) for k, g in itertools.groupby(sorted(ids), key=lambda i: i % 2)]
    results[name] = (len(pairs), len(chained), sum(n for _, n in groups))
ts = [threading.Thread(target=work, args=(f"t{i}",)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(next(counter))
