# test collections.abc.Generator: its mixins (__next__ from send, close from throw) on a class-based generator, abstract send/throw, and real generators registered
from collections.abc import Generator, Iterator, Iterable
class Countdown(Generator):
    def __init__(self, n):
        self.n = n
    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)
c = Countdown(3)
print(list(c), isinstance(c, Iterator), issubclass(Countdown, Iterable))
c2 = Countdown(5)
print(next(c2))
c2.close()
try:
    c2.throw(ValueError, ValueError("x"))
except ValueError as e:
    print("raised", e)
def g():
    yield 1
print(isinstance(g(), Generator), issubclass(type(g()), Generator))
try:
    class Bad(Generator):
        pass
    Bad()
except TypeError as e:
    print(e)
