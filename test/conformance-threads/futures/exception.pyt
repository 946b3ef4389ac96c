# test futures: exception
from concurrent.futures import ThreadPoolExecutor
def boom(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x
with ThreadPoolExecutor(2) as ex:
    f = ex.submit(boom, 3)
    e = f.exception()
    print(type(e).__name__, e)
    try:
        f.result()
    except ValueError as err:
        print("caught:", err)
    print(ex.submit(boom, 1).exception())
