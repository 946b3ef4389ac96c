# test futures: many short maps with a timeout, each a fresh job whose first wait races its results (a waker released the previous waiter's lock: a deadlock in 3 of 5 runs)
from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    total = 0
    for i in range(2000):
        total += sum(ex.map(square, range(3), timeout=5))
print(total)
