# test multiprocessing.dummy: an uncaught exception from a task shows the caller's line and the task's frame
from multiprocessing.dummy import Pool


def work(x):
    return 10 / x


with Pool(2) as p:
    print(p.map(work, [1, 2, 5]))
    print(p.map(work, [1, 2, 0]))
