# test traceback of future exception re-raised at top level
from concurrent.futures import ThreadPoolExecutor
def level2(x):
    return {"a": 1}[x]
def level1(x):
    return level2(x)
with ThreadPoolExecutor() as ex:
    results = list(ex.map(level1, ["a", "b"]))
