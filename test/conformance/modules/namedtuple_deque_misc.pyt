# test namedtuple defaults, _make/_replace/_asdict, errors, field descriptors' repr, with deque and OrderedDict basics
from collections import namedtuple, deque, OrderedDict
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1)
print(p, p._fields, p._field_defaults, Point._make([3, 4]), p._replace(y=9), p == (1, 0), p + (5,), p * 2, p.count(1), p.index(0))
x, y = p; print(x, y, len(p), p[0], p[-1], list(p), dict(p._asdict()))
try:
    p.x = 5
except AttributeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
print(isinstance(p, tuple), type(p).__name__, Point.__name__, repr(Point), Point.x)
Emp = namedtuple("Emp", "name dept salary")
emps = [Emp("a", "x", 3), Emp("b", "y", 1), Emp("c", "x", 2)]
print(sorted(emps, key=lambda e: e.salary)[0], max(emps, key=lambda e: e.salary).name, {e.name: e.salary for e in emps})
d = deque(range(5), maxlen=3); print(d, d.maxlen); d.extendleft([9, 8]); print(d); d.rotate(-1); print(d, d.index(4) if 4 in d else -1)
try:
    deque().popleft()
except IndexError as e:
    print(e)
print(list(reversed(deque([1, 2]))), deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), 2 in deque([1, 2]), bool(deque()))
od = OrderedDict(); od["b"] = 1; od["a"] = 2; od.move_to_end("b"); print(od, od.popitem(last=False), list(od.keys()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
