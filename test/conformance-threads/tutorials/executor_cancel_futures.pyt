# test tutorials: shutdown(cancel_futures=True) with queued work, wait()'s result as CPython's namedtuple (_fields, _asdict, _replace, match), a cancelled future's repr and CancelledError, submit/map after shutdown
import concurrent.futures as cf, threading, re
gate = threading.Event()
started = threading.Event()
def slow(i):
    started.set()
    gate.wait()
    return i
ex = cf.ThreadPoolExecutor(1)
fs = [ex.submit(slow, i) for i in range(4)]
started.wait()
print([f.running() for f in fs], [f.done() for f in fs])
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs], fs[0].result())
r = cf.wait(fs[:1])
print(type(r).__name__, r._fields, len(r.done), len(r.not_done))
print(re.sub(r"0x[0-9a-f]+", "0x?", repr(fs[1])))
try:
    fs[1].result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
ex2 = cf.ThreadPoolExecutor(2)
print(ex2.submit(pow, 2, 8).result())
ex2.shutdown(wait=False)
try:
    ex2.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError:", e)
with cf.ThreadPoolExecutor(1) as ex3:
    ex3.shutdown()
    try:
        ex3.submit(abs, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(cf.ThreadPoolExecutor.__module__, cf.Future.__module__, cf.ThreadPoolExecutor.__mro__[1].__name__)
r2 = cf.wait([fs[0]], timeout=1)
print(r2._asdict().keys(), r2._replace(not_done={1}).not_done, r2 == (r2.done, r2.not_done))
DNF = type(r2)
match r2:
    case DNF(done=d, not_done=nd) if not d:
        print("nothing done")
    case DNF(d, nd):
        print("matched", len(d), len(nd))
def in_thread():
    res = cf.wait([fs[0]])
    print("in thread", type(res).__name__, len(res.done))
t = threading.Thread(target=in_thread); t.start(); t.join()
