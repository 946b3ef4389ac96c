# test hunt: Counter, defaultdict, deque maxlen/rotate, namedtuple, OrderedDict.move_to_end, ChainMap
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], c.total())
c.update("sss")
print(c.most_common(), list(c.elements())[:5])
c2 = Counter(a=3, b=1)
print(c2 - Counter(a=1, b=2), c2 + Counter(b=1), c2 & Counter(a=1), c2 | Counter(b=5), -c2, +Counter(a=-1))
c2.subtract({"a": 5})
print(c2, repr(Counter()), Counter({"x": 0}))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["new"], len(dd))
di = defaultdict(int)
for ch in "hello": di[ch] += 1
print(di)
print(defaultdict(lambda: "x").__repr__()[:30])
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
dq = deque([1, 2, 3, 4, 5], maxlen=5)
dq.append(6)
print(dq)
dq.appendleft(0)
print(dq)
dq.rotate(2)
print(dq)
dq.rotate(-3)
print(dq, dq[0], dq[-1], dq.maxlen)
dq.extend([7, 8])
print(dq, dq.popleft(), dq.pop(), len(dq))
d2 = deque()
try:
    d2.pop()
except IndexError as e:
    print(e)
try:
    d2.popleft()
except IndexError as e:
    print(e)
print(deque("abc"), deque(range(3), 2), deque([1, 2, 1]).count(1), deque([1,2]) == deque([1,2]))
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._replace(x=5), p._asdict(), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), p * 2, Point(*[7, 8]))
P3 = namedtuple("P3", "a b c", defaults=[0, 0])
print(P3(1), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm), cm)
class Emp(namedtuple("Emp", "name salary")):
    __slots__ = ()
    @property
    def monthly(self): return self.salary / 12
print(Emp("x", 1200).monthly, Emp("x", 1200))
