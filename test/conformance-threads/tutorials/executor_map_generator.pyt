# test tutorials: executor.map returns what CPython's does, a generator (its repr and type, the beginner's len() and indexing errors), consumed once; results in input order with several iterables
import re
from concurrent.futures import ThreadPoolExecutor, Executor
def power(base, exp):
    return base ** exp
with ThreadPoolExecutor(max_workers=3) as executor:
    results = executor.map(power, [2, 3, 4, 5], [5, 4, 3])
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(results)))
    print(type(results), type(results).__name__)
    try:
        len(results)
    except TypeError as e:
        print("TypeError:", e)
    try:
        results[0]
    except TypeError as e:
        print("TypeError:", e)
    print(next(results), list(results), list(results))
    print(iter(results) is results)
    for r in executor.map(str.upper, ["a", "b"], timeout=5):
        print(r)
class Serial(Executor):
    # Executor's own map over submit: the base class's generator
    def submit(self, fn, *args):
        from concurrent.futures import Future
        f = Future()
        f.set_result(fn(*args))
        return f
g = Serial().map(abs, [-1, -2])
print(type(g).__name__, re.sub(r"0x[0-9a-f]+", "0x...", repr(g)), list(g))
