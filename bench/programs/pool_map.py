# A ThreadPoolExecutor mapping a small function over 10 000 inputs.
from concurrent.futures import ThreadPoolExecutor

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    total = sum(ex.map(square, range(10_000)))
print("total:", total)
