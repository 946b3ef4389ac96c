# test numbers: the ABC tower (isinstance of int, bool, float, IntEnum, big ints, nan), registering, abstract methods, a user Number and Real
import numbers, sys
from enum import IntEnum
class E(IntEnum):
    A = 1
vals = [1, True, 2.5, "x", None, E.A, 10**30, float("nan")]
for v in vals:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(str(e)[:60])
numbers.Integral.register(str) if False else None
print(numbers.Number.__hash__, numbers.__all__)
print(sorted(numbers.Real.__abstractmethods__))
class Money(numbers.Number):
    def __init__(self, c): self.c = c
print(isinstance(Money(1), numbers.Number), isinstance(Money(1), numbers.Real))
class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __repr__(self): return "Meters(%r)" % self.v
for name in sorted(numbers.Real.__abstractmethods__):
    setattr(Meters, name, lambda self, *a: NotImplemented)
Meters.__abstractmethods__ = frozenset()
m = Meters(2)
print(isinstance(m, numbers.Complex), m.real if hasattr(m, "real") else "-", m.imag)
print(numbers.Integral.numerator.__doc__ if False else "", (7).numerator, (7).denominator, issubclass(numbers.Integral, numbers.Rational))
import statistics
print(statistics.harmonic_mean([E.A]))


class AnyReal(numbers.Real):
    pass


for name in sorted(numbers.Real.__abstractmethods__):
    setattr(AnyReal, name, lambda *a: 0)
AnyReal.__abstractmethods__ = frozenset()
print(type(statistics.harmonic_mean([AnyReal()])).__name__)
try:
    statistics.harmonic_mean(["text"])
except TypeError as e:
    print(e)
