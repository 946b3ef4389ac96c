# test vars() and __dict__ of an instance whose base class has __slots__ show only its own attributes, not the slots
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Labeled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


p = Labeled(1, 2, "a")
print(vars(p), p.__dict__, p.x, p.y)
p.extra = [1.5]
print(vars(p), sorted(n for n in dir(p) if not n.startswith("_")))


class Sealed(Point):
    __slots__ = ("z",)


try:
    vars(Sealed(1, 2))
except TypeError as e:
    print("TypeError:", e)
