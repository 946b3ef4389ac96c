# test collections: deque, defaultdict, Counter, OrderedDict, namedtuple with CPython's reprs and messages
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(1); print(d); d.rotate(-2); print(d)
b = deque(maxlen=3)
for i in range(5):
    b.append(i)
print(b, b.maxlen, list(b), 3 in b, deque() == deque([]), bool(deque()))
d.extend("ab"); d.extendleft([9, 8]); print(d)
print(d.count("a"), d.index("a"))
d.remove("a"); print(d)
d.clear(); print(d, repr(deque([1], 2)))
try:
    d.popleft()
except IndexError as e:
    print("IndexError:", e)
dd = defaultdict(list)
dd["a"].append(1); dd["b"].append(2); dd["a"].append(3)
print(dd, dict(dd), dd["z"], len(dd))
ci = defaultdict(int)
for w in "the cat the hat the".split():
    ci[w] += 1
print(ci, sorted(ci.items(), key=lambda kv: -kv[1]))
print(type(dd), isinstance(dd, dict), defaultdict(lambda: "x")["k"])
c = Counter("mississippi")
print(c, c.most_common(2), c["zz"], c.total(), sorted(c.elements()))
c.update("ss"); print(c)
c2 = Counter(a=3, b=1)
print(c2 + Counter(a=1), c2 - Counter(a=5), Counter(["x", "y", "x"]))
print(Counter(), Counter({"a": 2}))
od = OrderedDict()
od["b"] = 1; od["a"] = 2
od.move_to_end("b"); print(od, list(od.keys()))
od.move_to_end("b", last=False); print(od, od.popitem(), od.popitem(last=False), od)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, p == (1, 2), Point._make([3, 4]))
x, y = p
print(x + y, type(p), type(p).__name__, isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
Emp = namedtuple("Emp", "name age dept", defaults=["IT"])
print(Emp("ann", 30), Emp(name="bob", age=4, dept="HR"))
print(sorted([Point(2, 1), Point(1, 5)]), max([Point(2, 1), Point(1, 5)], key=lambda q: q.y))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: Emp()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
print(Point)
print(dd.default_factory, ci.copy())
print(defaultdict(int)["missing"])
dn = defaultdict()
dn["nope"]
