# test tutorials: as_completed with ordered completion via events, duplicates, wait FIRST_EXCEPTION
import concurrent.futures as cf
import threading
evs = [threading.Event() for _ in range(4)]
def job(i):
    evs[i].wait()
    if i == 2:
        raise ValueError(f"job {i}")
    return i * i
with cf.ThreadPoolExecutor(4) as ex:
    fs = {ex.submit(job, i): i for i in range(4)}
    order = [3, 1, 0, 2]
    evs[order[0]].set()
    got = []
    for n, f in enumerate(cf.as_completed(fs)):
        i = fs[f]
        try:
            got.append((i, f.result()))
        except ValueError as e:
            got.append((i, repr(e)))
        if n + 1 < 4:
            evs[order[n + 1]].set()
    print(got)
    f1 = ex.submit(job, 0)
    print(len(list(cf.as_completed([f1, f1, f1]))))
    e2 = [threading.Event() for _ in range(2)]
    def j2(i):
        if i == 0:
            raise KeyError("first")
        e2[1].wait()
        return 1
    fa = ex.submit(j2, 0); fb = ex.submit(j2, 1)
    done, nd = cf.wait([fa, fb], return_when=cf.FIRST_EXCEPTION)
    print(fa in done, fb in nd, type(done).__name__, done.__class__)
    e2[1].set()
    print(cf.wait([fa, fb]).done == {fa, fb})
    print(cf.wait([]))
