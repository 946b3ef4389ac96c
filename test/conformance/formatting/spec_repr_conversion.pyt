# test !r, !s conversions with specs, format() builtin, __format__ on custom classes
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(1, 2)
print("{} {!r} {!s}".format(p, p, p))
print(f"{p} {p!r} {p!s:>10}|")
print("{!r:>10}|{:>10}|".format("x", "x"))
print(format(3.5), format(3.5, ".0f"), format("s", "^5") + "|", format(255, "x"))
print(f"{[p]}")
try:
    "{:d}".format("x")
except ValueError as e:
    print(e)
try:
    "{:>5}".format(p)
except TypeError as e:
    print(e)
try:
    "{:s}".format(5)
except ValueError as e:
    print(e)
