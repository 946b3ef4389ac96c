# test tutorials: builtin methods as thread targets and map/submit functions (str.upper, str.split, list.append, int.bit_length, dict.fromkeys, int.from_bytes' kin), time.struct_time and sys.version_info passed to threads and through a queue, dict() of a bad iterable
import threading, queue, time, sys, operator
from concurrent.futures import ThreadPoolExecutor
words = ["Banana", "apple", "Cherry"]
with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(str.upper, words)))
    print(list(ex.map(str.split, ["a b", "c d"])))
    print(ex.submit(sorted, words, key=str.lower).result())
    results = []
    print(ex.submit(list.append, results, 5).result(), results)
    print(list(ex.map(int.bit_length, [1, 255])))
    print(list(ex.map(dict.fromkeys, ["ab"])))
    print(list(ex.map(float.is_integer, [1.0, 1.5])))
    print(list(ex.map(list.__len__, [[1, 2]])))
    print(ex.submit(lambda f: f("x"), str.upper).result())
t = threading.Thread(target=list.extend, args=(words, "xy")); t.start(); t.join()
print(words)
stamps = queue.Queue()
def stamper(n):
    stamps.put((n, time.gmtime(86400 * n)))
ts = [threading.Thread(target=stamper, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
got = sorted(stamps.get() for _ in range(3))
for n, st in got:
    print(n, type(st).__name__, st.tm_mday, st[:3], time.strftime("%Y-%m-%d", st), st.tm_zone)
def show(st, vi):
    print(st.tm_year, st == time.gmtime(0), repr(st)[:28], vi.major, vi >= (3, 8), type(vi).__name__)
t = threading.Thread(target=show, args=(time.gmtime(0), sys.version_info)); t.start(); t.join()
class Exploding:
    def __iter__(self):
        raise ValueError("no items today")
for bad in [Exploding(), [Exploding()], 5, [5]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
