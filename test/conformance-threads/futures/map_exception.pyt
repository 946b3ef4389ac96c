# test futures: map exception
from concurrent.futures import ThreadPoolExecutor
def inv(x):
    return 10 // x
with ThreadPoolExecutor(2) as ex:
    it = ex.map(inv, [5, 2, 0, 1])
    out = []
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        print("error:", e)
    print(out)
