# test dunder methods returning the wrong types, NotImplemented, iteration protocols, MRO and super
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __len__(self):
        return -1
    def __bool__(self):
        return "yes"
    def __getitem__(self, i):
        return [self.x, self.y][i]
    def __contains__(self, v):
        return True
    def __call__(self, *a):
        return a
    def __iter__(self):
        return 5
    def __hash__(self):
        return "h"
    def __index__(self):
        return 1.5
    def __int__(self):
        return "x"
    def __float__(self):
        return 1
    def __str__(self):
        return None
v = V(1, 2)
t(lambda: v + V(3, 4))
t(lambda: v + 1)
t(lambda: 1 + v)
t(lambda: v - v)
t(lambda: len(v))
t(lambda: bool(v))
t(lambda: v[1])
t(lambda: v[5])
t(lambda: 3 in v)
t(lambda: v(1, 2))
t(lambda: iter(v))
t(lambda: list(v))
t(lambda: hash(v))
t(lambda: [1, 2][v])
t(lambda: int(v))
t(lambda: float(v))
t(lambda: str(v))
t(lambda: print(v))
t(lambda: f"{v}")
t(lambda: v < v)
t(lambda: v == v)
t(lambda: -v)
t(lambda: abs(v))
t(lambda: v * 2)
t(lambda: v ** 2)
t(lambda: v @ v)
t(lambda: v & v)
class W:
    def __len__(self): return 2**70
t(lambda: len(W()))
class X:
    def __repr__(self): return 42
t(lambda: repr(X()))
t(lambda: [X()])
t(lambda: str(X()))
class Y:
    def __eq__(self, o): return NotImplemented
t(lambda: Y() == Y())
t(lambda: Y() != 3)
class Z:
    def __lt__(self, o): return NotImplemented
t(lambda: Z() < Z())
t(lambda: sorted([Z(), Z()]))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
t(lambda: list(It()))
t(lambda: sum(It()))
class NoNext:
    def __iter__(self): return self
t(lambda: list(NoNext()))
class Gi:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
t(lambda: list(Gi()))
t(lambda: 20 in Gi())
class Bad:
    def __init__(self):
        return 5
t(lambda: Bad())
class New:
    def __new__(cls, *a):
        return 7
t(lambda: New())
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class D(B, C):
    def f(self): return "D" + super().f()
t(lambda: D().f())
t(lambda: [k.__name__ for k in D.__mro__])
t(lambda: type("T", (A, A), {}))
class E(A, object): pass
t(lambda: E().f())
t(lambda: super(B, B()).f())
t(lambda: setattr(1, "x", 2))
t(lambda: delattr(A(), "zz"))
t(lambda: isinstance(1, "int"))
t(lambda: issubclass(1, int))
t(lambda: isinstance(1, (str, (int, float))))
t(lambda: callable(A), )
t(lambda: A.f())
t(lambda: A.f(1))
t(lambda: id(1) == id(1))
