# test multiprocessing.pool: the argument errors of ThreadPool, imap's chunksize, and Pool's size default
import os
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool

for n in (0, -2):
    try:
        ThreadPool(n)
    except ValueError as e:
        print(n, e)
try:
    Pool(2, initializer="setup")
except TypeError as e:
    print(e)
p = ThreadPool()
print(p._processes == os.cpu_count(), len(p._pool) == os.cpu_count())
try:
    p.imap(abs, [1], chunksize=0)
except ValueError as e:
    print(e)
try:
    p.imap_unordered(abs, [1], chunksize=-1)
except ValueError as e:
    print(e)
p.close()
p.join()
