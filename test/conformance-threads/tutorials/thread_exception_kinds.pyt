# test tutorials: exception kinds escaping threads: notes, a bad __str__, a generator frame, a cause through a future, a decorator, SystemExit (silent) and KeyboardInterrupt
import threading, sys
from concurrent.futures import ThreadPoolExecutor
def run(fn, name):
    t = threading.Thread(target=fn, name=name); t.start(); t.join()
def noted():
    e = ValueError("with notes")
    e.add_note("note one")
    e.add_note("note two")
    raise e
run(noted, "Notes")
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str failed")
def badstr():
    raise BadStr()
run(badstr, "BadStr")
def gen():
    yield 1
    raise KeyError("from generator")
def usegen():
    for x in gen():
        pass
run(usegen, "Gen")
def work(x):
    return {"a": 1}[x]
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(work, "b")
try:
    try:
        f.result()
    except KeyError as e:
        raise RuntimeError("task failed") from e
except RuntimeError as e:
    import traceback
    traceback.print_exc()
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def decorated(x):
    return 1 / x
run(lambda: decorated(0), "Deco")
def exit_code():
    raise SystemExit(5)
run(exit_code, "Exit")
def kb():
    raise KeyboardInterrupt
run(kb, "KB")
print("end", threading.active_count())
