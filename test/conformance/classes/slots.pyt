# test __slots__: only the named attributes can be set, no __dict__, subclasses without __slots__ get one
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)


class Labelled(Point):
    pass


p = Point3(1, 2)
p.z = 3
print(p.x, p.y, p.z)
lab = Labelled(1, 2)
lab.label = "home"
print(lab.label)
try:
    print(Point(0, 0).__dict__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)


class Name:
    __slots__ = "name"


n = Name()
try:
    n.name
except AttributeError as e:
    print("AttributeError:", e)
n.name = "ann"
print(n.name)
for i in range(3):
    try:
        Point(i, i).colour = "red"
    except AttributeError as e:
        print("AttributeError:", e)
p.w = 4
