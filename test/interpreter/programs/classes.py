class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
p = Puppy("rex")
print(p.speak(), p, [Dog("a")], Puppy.__mro__)
print(isinstance(p, Animal), Puppy.kind, p.kind)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __call__(self, k):
        return self.x * k
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), v != Vec(4, 6), v < Vec(5, 0), len(v), v[1], 6 in v, bool(Vec(0, 0)), v(10))
print(Vec.__hash__, Vec(1, 1) > Vec(0, 5))
a, b = Vec(7, 8)
print(a, b)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @staticmethod
    def unit():
        return "C"
    @classmethod
    def make(cls):
        return cls()
t = Temp.make()
t.c = 25
print(t.c, Temp.unit(), t.unit())
try:
    t.c = -300
except ValueError as e:
    print("error:", e)
class Ctx:
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as c1, Ctx():
    raise KeyError("k")
print("after with")
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print([x for x in It(4)], sum(It(5)))
class Dyn:
    def __getattr__(self, name):
        return name * 2
print(Dyn().ab)
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__)
class Sub(Base): pass
print(type(Sub), type(3), type("s").__name__, Sub.__name__, Sub.__qualname__)
