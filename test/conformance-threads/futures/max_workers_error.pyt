# test futures: max workers error
from concurrent.futures import ThreadPoolExecutor
for n in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=n)
    except ValueError as e:
        print(e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print(e)
