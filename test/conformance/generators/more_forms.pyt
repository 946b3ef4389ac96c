# test generators with super(), closures, nonlocal, comprehensions over a yield, f-strings, locals(), deep yield from, sys.exc_info while suspended, continue/break through finally, types.GeneratorType
import types, collections.abc, sys
def comp():
    r = [x * 2 for x in (yield "src")]
    s = sum(x for x in (yield "src2"))
    yield r, s
c = comp()
print(next(c), c.send([1, 2]), c.send((3, 4)))
class Base:
    def items(self):
        yield "base"
class Sub(Base):
    def items(self):
        yield "sub"
        yield from super().items()
print(list(Sub().items()))
def fs():
    x = f"<{(yield 1)}>"
    yield x
g = fs(); next(g); print(g.send("v"))
def loc(a):
    b = a + (yield)
    print(sorted(locals().items()))
    yield
l = loc(1); next(l); l.send(2)
def walk(n):
    if n == 0:
        yield 0
        return
    yield from walk(n - 1)
    yield n
print(sum(walk(200)))
def once():
    yield 1
o = once()
print(list(o), list(o))
print(isinstance(o, types.GeneratorType), isinstance(o, collections.abc.Generator), isinstance(o, collections.abc.Iterator))
print(types.GeneratorType.__name__)
def nested_fn():
    def inner():
        yield "inner"
    x = yield inner
    yield x()
n = nested_fn()
f = next(n)
print(list(n.send(f)))
def excinfo():
    try:
        raise KeyError("a")
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
e = excinfo()
print(next(e), sys.exc_info()[0], next(e))
def cont():
    for i in range(5):
        try:
            if i % 2:
                continue
            yield i
        finally:
            print("f", i)
        if i == 3:
            break
print(list(cont()))
def ret_in_finally():
    try:
        yield 1
        return "a"
    finally:
        print("fin")
r = ret_in_finally(); next(r)
try: next(r)
except StopIteration as s: print("value", s.value)
def gen_with_default(start=0, *, step=1, **kw):
    yield start, step, kw
print(next(gen_with_default(5, step=2, z=1)))
def closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
    while True:
        v = yield total
        add(v)
cl = closure(); next(cl); cl.send(3); print(cl.send(4))
def bare_in_fstring():
    x = f"[{yield}|{yield 'second'}]"
    print(x)
b = bare_in_fstring()
print(next(b), b.send("one"))
try:
    b.send("two")
except StopIteration:
    pass
