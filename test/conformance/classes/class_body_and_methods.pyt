# test class-level code, methods calling methods, methods stored and called later, bound methods
class Shape:
    sides = 0
    names = [n for n in ["a", "b"]]
    print("class body runs once")
    def area(self):
        return 0
    def report(self):
        return f"{type(self).__name__} sides={self.sides} area={self.area()}"
class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print(sq.report(), Shape().report())
m = sq.area
print(m(), m.__name__, m.__self__ is sq)
sq.s = 5
print(m())
print(Shape.names)
