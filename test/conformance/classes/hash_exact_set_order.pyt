# test a __hash__ of hash((x, y)) keeps its exact 64-bit value, so hash() and a set's order are CPython's
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __hash__(self):
        return hash((self.x, self.y))
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(hash(Point(1, 2)), hash(Point(1, 2)) == hash((1, 2)))
print({Point(i, i * 7) for i in range(12)})
print(set(Point(i % 3, i // 3) for i in range(9)))
