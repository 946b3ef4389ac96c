# test multiprocessing.dummy: Manager() hands out the same module (list, dict, Value, Namespace...)
import multiprocessing.dummy as mpd
from multiprocessing.dummy import Manager, Pool

m = Manager()
print(m is mpd)
shared = m.list()
scores = m.dict()
ns = m.Namespace(total=0, label="run")


def record(x):
    shared.append(x)
    scores[x] = x * x


with Pool(2) as p:
    p.map(record, range(5))
ns.total = sum(scores.values())
print(sorted(shared), dict(sorted(scores.items())), ns)
print(type(shared).__name__, type(scores).__name__)
m.shutdown()
