# test multiprocessing.pool: imap yields in input order, imap_unordered yields each result once
from multiprocessing.dummy import Pool
import time


def slow_double(x):
    time.sleep(0.005 * max(0, 5 - x))
    return 2 * x


with Pool(4) as pool:
    for r in pool.imap(slow_double, range(6)):
        print("imap", r)
    print(sorted(pool.imap_unordered(slow_double, range(6))))
    print(list(pool.imap(slow_double, range(7), chunksize=3)))
    print(sorted(pool.imap_unordered(slow_double, range(5), chunksize=2)))
    it = pool.imap(str, [1, 2])
    print(iter(it) is it, it.next(), next(it))
    try:
        next(it)
    except StopIteration:
        print("exhausted")
