# test float subclasses keep their class, methods, attributes, own dunders, and float's hash/equality as dict keys
class Celsius(float):
    def __repr__(self): return f"{float(self):.1f}°C"
    def to_f(self): return self * 9 / 5 + 32
c = Celsius(21.5)
print(type(c).__name__, repr(c), c.to_f(), isinstance(c, float), c + 1, type(c + 1).__name__, str(c), f"{c}", f"{c:.2f}")
class Price(float):
    def __new__(cls, v, cur="EUR"):
        obj = super().__new__(cls, v)
        obj.cur = cur
        return obj
    def __str__(self): return f"{float(self):.2f} {self.cur}"
p = Price(3.5)
print(p, p.cur, p * 2, hash(p) == hash(3.5), p == 3.5, sorted([Price(2), Price(1)]))
class C(float): pass
class D(float):
    def __new__(cls, v):
        return super().__new__(cls, v)
print(hash(C(3.5)) == hash(3.5), hash(D(3.5)) == hash(3.5), D(3.5).__hash__() == hash(3.5))
d = {3.5: "x"}
print(d[C(3.5)], d[D(3.5)], C(3.5) in {3.5}, {C(2.0): 1}[2], {D(2.0): 1}[2.0])
import math
class C(float): pass
c = C(2.75)
print(c, repr(c), str(c), C(), C("1.5"), C(3), round(c, 1), round(c), int(c), math.floor(c), math.sqrt(c), f"{c:.1f}", "%.2f|%s|%r|%d" % (c, c, c, c))
print(c < 3, -c, abs(C(-1.5)), c == 2.75, max(c, 3), min(c, 3), float(c), type(float(c)).__name__, c.is_integer(), c.hex(), divmod(c, 2), c // 2, c % 2, 2 ** c, c ** 2)
print(isinstance(c, (int, float)), bool(C(0)), type(-c).__name__, type(c * 1).__name__, c.real, type(c.real).__name__, c.as_integer_ratio(), vars(c))
c.label = "x"; print(c.label, vars(c), sum([C(1.5), C(2.5)]), sorted([C(3.5), 1, C(0.5)]), C(1.0) in [1], [C(2.5)], {"k": C(1.25)})
class Strict(float):
    __slots__ = ()
s = Strict(1.5)
try:
    s.x = 1
except AttributeError as e:
    print(e)
class Money(float):
    def __new__(cls, amount, currency="USD"):
        self = super().__new__(cls, round(amount, 2))
        self.currency = currency
        return self
    def __add__(self, other):
        return Money(float(self) + float(other), self.currency)
    def __repr__(self):
        return f"Money({float(self):.2f}, {self.currency!r})"
m = Money(10.005) + Money(2.5)
print(m, m.currency, Money(1) + 2, 2 + Money(1), type(2 + Money(1)).__name__)
print(float.__repr__(m), float.__add__(m, 1), super(Money, m).__add__(1))
print(C.__mro__, C.__base__, issubclass(C, float), C(1.5).__class__.__name__)
try:
    C("abc")
except ValueError as e:
    print(e)
