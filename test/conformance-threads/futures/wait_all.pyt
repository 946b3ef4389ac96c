# test futures: wait all
from concurrent.futures import ThreadPoolExecutor, wait, ALL_COMPLETED
def f(x):
    return x + 1
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(f, i) for i in range(6)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    print(sorted(x.result() for x in done))
