# test generator functions: yield, return value, next/list/sum/zip, StopIteration.value, methods and lambdas
def gen(n):
    for i in range(n):
        yield i
    return "done"

print(list(gen(3)))
g = gen(2)
print(repr(g).startswith("<generator object gen at 0x"), type(g).__name__)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

a = acc()
print(next(a))
print(a.send(5), a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print("ret", e.value)

def fin():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

f = fin()
print(next(f))
f.close()
print("closed")

def deleg():
    r = yield from acc()
    print("sub returned", r)
    yield r * 2

d = deleg()
print(next(d), d.send(3), d.send(4), d.send(None))

def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ign(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)

def thr():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99
    yield 100
t = thr(); next(t)
print(t.throw(ValueError("boom")))
print(t.throw(ValueError, "x") if False else next(t))
def se():
    yield 1
s = se()
try:
    s.send(1)
except TypeError as e:
    print(e)
def ex():
    x = 1 + (yield 2) * 3
    print("x", x)
    print((yield), (yield "b"))
e = ex()
print(next(e)); print(e.send(5)); print(e.send("p")); 
try: e.send("q")
except StopIteration: print("end")
print(sum(x * x for x in gen(4)), sorted(gen(5), reverse=True))
class C:
    def __init__(self): self.items = [3, 1, 2]
    def __iter__(self):
        for x in self.items:
            yield x
print(list(C()), next(iter(C())), next(gen(0), "dflt"))
lam = lambda: (yield 7)
print(list(lam()))
def pep():
    yield 1
    raise StopIteration
try:
    list(pep())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
def running():
    print(r.gi_running)
    yield 1
r = running(); next(r); print(r.gi_running, r.__name__, r.__qualname__)
def selfnext():
    next(sn)
    yield
sn = selfnext()
try: next(sn)
except ValueError as e: print(e)
print(list(zip(gen(3), "abc")), dict(zip("xy", gen(5))))
print(max(gen(4)), min(gen(4)), any(gen(3)), all(gen(3)), list(enumerate(gen(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))
print(repr(C().__iter__()).startswith("<generator object C.__iter__ at 0x"))
def empty():
    return
    yield
print(list(empty()))
def unpack():
    a, *b = yield
    print(a, b)
u = unpack(); next(u)
try:
    u.send([1, 2, 3])
except StopIteration:
    print("done")
