# test generators: with, try/except/finally around yields, the handled exception while suspended, yield from
import sys
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0]); return False
def w():
    with CM() as c:
        yield 1
        yield 2
g = w(); print(next(g)); g.close()
g = w(); next(g)
try: g.throw(KeyError("k"))
except KeyError as e: print("got", repr(e))
def h():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        print("exc info in gen", sys.exc_info()[0])
        raise
g = h()
next(g)
print("outside", sys.exc_info()[0])
try:
    next(g)
except ValueError as e:
    print("reraised", e)
def nested():
    yield from [1, 2]
    x = yield from (i * 10 for i in range(2))
    print("genexp from ->", x)
    yield from "ab"
print(list(nested()))
def bad():
    yield 1
    1 / 0
def caller():
    yield from bad()
for v in caller():
    print(v)
