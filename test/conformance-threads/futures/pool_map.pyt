# test futures: pool map
from concurrent.futures import ThreadPoolExecutor
def square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as executor:
    print(list(executor.map(square, range(10))))
