# test multiprocessing.pool: close() lets queued work finish, join() waits; the errors CPython gives for the wrong order
from multiprocessing.pool import ThreadPool
import time

done = []
pool = ThreadPool(2)
try:
    pool.join()
except ValueError as e:
    print("join before close:", e)
for i in range(6):
    pool.apply_async(time.sleep, (0.01,), callback=lambda _, i=i: done.append(i))
pool.close()
print(repr(pool))
for call in (lambda: pool.apply_async(abs, (1,)), lambda: pool.map(abs, [1]), lambda: pool.imap(abs, [1]),
             lambda: pool.starmap(pow, [(1, 1)]), lambda: pool.apply(abs, (1,))):
    try:
        call()
    except ValueError as e:
        print("after close:", e)
pool.join()
print(sorted(done))
pool.join()
pool.close()
pool.terminate()
print(repr(pool))
