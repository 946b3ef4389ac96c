# test tutorials: modern typed threading code: collections.abc.Callable[[int], None] and Iterable[int] in a worker's signature, deque[int] buffers, ChainMap/partial/re.Pattern generics, evaluated when the def runs
import threading, re, functools
from collections import deque, ChainMap
from collections.abc import Callable, Iterable, Iterator, Sequence, Mapping
from concurrent.futures import ThreadPoolExecutor
Task = Callable[[int], int]
print(Task, Callable[..., None], Callable[[], str], Task.__args__, Task == Callable[[int], int])
print(Iterator[int], Sequence[str], Mapping[str, int], Iterable[int].__origin__)
print(deque[int], ChainMap[str, int], functools.partial[int], re.Pattern[str], re.Match[str])
for bad in (lambda: Callable[int], lambda: Callable[int, str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
results: deque[int] = deque(maxlen=3)
lock = threading.Lock()
def run_all(task: Task, items: Iterable[int]) -> list[int]:
    out = []
    for x in items:
        out.append(task(x))
    with lock:
        results.extend(out)
    return out
def square(n: int) -> int:
    return n * n
print(run_all.__annotations__["task"], run_all.__annotations__["return"])
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(run_all, square, [1, 2, 3, 4])
    print(f.result(), list(results), results.maxlen)
