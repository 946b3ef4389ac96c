# test generators: send, throw, close, yield from, return value, already executing, infinite with islice
def t(f):
    try:
        print("ok", repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def gen():
    yield 1
    return 5
g = gen()
t(lambda: next(g))
t(lambda: next(g))
t(lambda: next(g))
def gen2():
    x = yield 1
    print("got", x)
    yield x * 2
g2 = gen2()
t(lambda: g2.send(5))
t(lambda: next(g2))
t(lambda: g2.send(3))
t(lambda: g2.send(3))
g3 = gen2()
t(lambda: g3.throw(ValueError("thrown")))
def gen4():
    try:
        yield 1
    finally:
        print("cleanup")
g4 = gen4(); next(g4); g4.close(); print("closed")
def gen5():
    yield from range(3)
    yield from gen()
print(list(gen5()))
def running():
    yield next(r)
r = running()
t(lambda: next(r))
t(lambda: list(x for x in [1, 2] if 1 / (x - 2)))
t(lambda: sum(1 for _ in range(10)))
t(lambda: gen()[0])
t(lambda: len(gen()))
it = iter([1, 2])
print(list(it), list(it))
t(lambda: [].__iter__().__next__())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(zip(fib(), "abc")))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), [*Countdown(2)])
t(lambda: next(iter(Countdown(0))))
