# test futures: map over more inputs than the lock table has locks (one Future per input took a lock each)
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(4) as ex:
    print(sum(ex.map(abs, range(-50_000, 50_000))))
    print(max(ex.map(lambda a, b: a * b, range(70_000), range(70_000))))
