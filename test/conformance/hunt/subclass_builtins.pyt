# test hunt: subclasses of dict/list/str/int/float/tuple/set: which methods call overrides, result types, reprs
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
d = LoudDict(a=1)
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(d, type(d).__name__, type(d.copy()).__name__, type(d | {}).__name__, isinstance(d, dict))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    def __repr__(self): return f"Stack({super().__repr__()})"
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), type(s + [4]).__name__, type(s[:1]).__name__, type(s * 2).__name__, len(s), s == [1, 2, 3], sorted(s, reverse=True))
s += [9]
print(type(s).__name__, s)
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
    def shout(self): return self + "!"
u = Upper("hi")
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, u == "HI", {u: 1}["HI"], f"{u:>5}", len(u))
class Money(int):
    def __repr__(self): return f"${int(self)}"
    def __add__(self, o): return Money(int(self) + int(o))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, type(m * 2).__name__, type(-m).__name__, m > 3, [m], str(m), f"{m:03d}", hex(m))
class Temp(float):
    def __str__(self): return f"{float(self):.1f}°"
t = Temp(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, round(t, 1), f"{t}", f"{t:.2f}", [t], int(t), t.is_integer())
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(1, 2)
print(p, p.x, type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), Point.__mro__)
class OrderedSet(dict):
    def add(self, x): self[x] = None
    def __iter__(self): return iter(self.keys())
    def __repr__(self): return "{" + ", ".join(map(repr, self)) + "}"
o = OrderedSet()
for x in "banana": o.add(x)
print(o, list(o), len(o), "a" in o)
class Default(dict):
    def __missing__(self, k): return k.upper()
dd = Default(x=1)
print(dd["x"], dd["y"], dd.get("y"), "y" in dd, dd)
class CountingList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
cl = CountingList([1])
cl.append(2); cl.extend([3]); cl.insert(0, 0)
print(cl, cl.appends, cl.__dict__)
class MySet(set):
    pass
ms = MySet([3, 1, 2])
print(ms, type(ms | {4}).__name__, type(ms.copy()).__name__, repr(MySet()), frozenset(ms))
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
print(repr(E(5)), str(E(5)), E(5).args)
