# test exceptions in futures
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_EXCEPTION, ALL_COMPLETED, FIRST_COMPLETED
import time, traceback
def boom(x):
    if x == 2:
        raise ValueError(f"bad {x}")
    return x * 10
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(boom, i) for i in range(4)]
    for f in fs:
        e = f.exception()
        print(type(e).__name__ if e else None, repr(e))
    try:
        fs[2].result()
    except ValueError as e:
        print("caught", e)
        traceback.print_exc()
    print(fs[0].result(), fs[3].result())
def main():
    with ThreadPoolExecutor() as ex:
        f = ex.submit(boom, 2)
        return f.result()
try:
    main()
except Exception:
    traceback.print_exc()
main()
