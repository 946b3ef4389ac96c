# test traceback of future exception via as_completed
from concurrent.futures import ThreadPoolExecutor, as_completed
def task(n):
    if n == 3:
        raise ValueError(f"task {n} failed")
    return n
with ThreadPoolExecutor(4) as ex:
    futs = {ex.submit(task, n): n for n in range(5)}
    total = 0
    for f in as_completed(futs):
        try:
            total += f.result()
        except ValueError as e:
            print("error:", e, "for", futs[f])
    print("total", total)
    f = ex.submit(task, 3)
    print(f.result())
