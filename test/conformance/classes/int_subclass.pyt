# test subclasses of int (arithmetic, comparison, formatting, indexing) and int/float dunder methods called directly
class Level(int):
    def describe(self):
        return f"level {int(self)}"
x = Level(5)
print(x, repr(x), x + 1, 1 + x, x * 2, x / 2, x // 2, -x, abs(Level(-3)), x ** 2, x % 3)
print(x == 5, x < 6, 5 == x, x > 4.5, hash(x) == hash(5), bool(Level(0)), type(x).__name__, type(x + 1).__name__)
print(x.describe(), isinstance(x, int), [0, 1, 2, 3, 4, 5][x], list(range(x)), f"{x:03d}", "%d" % x, str(x))
print(sorted([Level(3), Level(1), 2]), max(Level(3), 4), int(x), float(x))
print((5).__add__(3), (5).__add__(1.5), (1.5).__add__(1), (2).__mul__(4), (3).__eq__(3), (3).__lt__(2.0), (7).__rsub__(10))
class Money(float):
    pass
m = Money(2.5)
print(m, m + 1, type(m + 1).__name__)
class Celsius(int):
    def __add__(self, other):
        return Celsius(int(self) + int(other))
    def __repr__(self):
        return f"{int(self)}°C"
print(repr(Celsius(20) + 5), Celsius(3).bit_length(), Celsius(7).real)
print(x.__class__.__name__, divmod(x, 2), round(x), x.bit_length())
