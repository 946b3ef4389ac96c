# test hunt: operator overloading with NotImplemented, __iadd__, __getattr__/__setattr__, context managers, iterators
class Vec:
    def __init__(self, *c): self.c = list(c)
    def __repr__(self): return f"Vec({', '.join(map(str, self.c))})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c[i] = v
    def __iter__(self): return iter(self.c)
    def __contains__(self, v): return v in self.c
    def __bool__(self): return any(self.c)
    def __eq__(self, o): return isinstance(o, Vec) and self.c == o.c
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __call__(self, x): return [x * a for a in self.c]
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v + w, 2 * v, v * 2, -v, abs(Vec(3, 4)), len(v), v[0], v[-1], v[1:], list(v), 2 in v, bool(Vec(0, 0)))
print(sum([v, w]), v @ w, v(10), v == Vec(1, 2, 3), v != w)
u = v
v += w
print(v, u is v)
v[0] = 100
print(v, *v)
for bad in [lambda: v + 1, lambda: 1 + v, lambda: v - w, lambda: v < w, lambda: "s" * v, lambda: v ** 2, lambda: ~v, lambda: v // 2, lambda: hash(v)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return f"computed {name}"
        raise AttributeError(f"no {name}")
    def __setattr__(self, k, val):
        print("set", k, val)
        super().__setattr__(k, val)
    def __delattr__(self, k):
        print("del", k)
        object.__delattr__(self, k)
l = Lazy()
print(l.real, l.xyz, getattr(l, "x1"), hasattr(l, "nope"))
try:
    l.nope
except AttributeError as e:
    print(e)
del l.real
class Ctx:
    def __init__(self, name, swallow=False): self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.swallow
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("swallow", True):
    raise ValueError("hidden")
try:
    with Ctx("pass"):
        raise KeyError("shown")
except KeyError as e:
    print("caught", e)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    for x in Vec:
        pass
except TypeError as e:
    print(e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(OnlyGetitem()), 20 in OnlyGetitem())
try:
    len(OnlyGetitem())
except TypeError as e:
    print(e)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(sorted([Cmp(2), Cmp(1)]), max(Cmp(2), Cmp(5)), Cmp(1) > Cmp(0))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
