# test futures: pool map two iterables
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 3])))
    print(list(ex.map(lambda a, b: a + b, "abc", "xyz")))
