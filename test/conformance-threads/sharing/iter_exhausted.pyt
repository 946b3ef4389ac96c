# test iterators exhausted before another thread sees them stay exhausted there (list, reversed list, tuple, range, str)
import threading

its = {
    "list": iter([1, 2]),
    "reversed": reversed([1]),
    "tuple": iter((1,)),
    "range": iter(range(2)),
    "str": iter("ab"),
}
for it in its.values():
    list(it)
its["list_empty"] = iter([])
next(its["list_empty"], None)
box = []
def look():
    for name, it in its.items():
        box.append((name, type(it).__name__, next(it, "end"), list(it), iter(it) is it))
t = threading.Thread(target=look)
t.start()
t.join()
for row in box:
    print(row)
print([next(it, "end") for it in its.values()])
