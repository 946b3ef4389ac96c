# test multiprocessing.pool: starmap and starmap_async unpack argument tuples
from multiprocessing.dummy import Pool
from itertools import product


def power(base, exp):
    return base ** exp


with Pool(3) as pool:
    print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
    print(pool.starmap(power, product([1, 2], [2, 3])))
    r = pool.starmap_async(divmod, zip(range(10, 15), [3] * 5), callback=lambda v: print("callback", v))
    print(r.get())
    print(pool.starmap(power, []))
