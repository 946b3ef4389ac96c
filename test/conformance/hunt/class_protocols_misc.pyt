# test hunt: metaclass dunders (len/iter/getitem/contains/call/repr), class counters through type(self), immutable __setattr__, class-method registries, NotImplemented from __eq__, __repr__/__str__/__format__ in every formatting
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter(["a", "b"])
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == "in"
    def __call__(cls, *a):
        print("calling", cls.__name__, a)
        return super().__call__(*a)
class C(metaclass=Meta):
    def __init__(self, *a): self.a = a
print(C, len(C), list(C), C[3], "in" in C, C(1, 2).a, type(C).__name__, [C])
class Cnt:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Cnt): pass
Cnt(); Sub(); Sub()
print(Cnt.count, Sub.count, sorted(vars(Sub)))
class Frozen:
    __slots__ = ("x",)
    def __init__(self, x): object.__setattr__(self, "x", x)
    def __setattr__(self, k, v): raise AttributeError(f"{type(self).__name__} is immutable")
f = Frozen(1)
try:
    f.x = 2
except AttributeError as e:
    print(e, f.x)
class WithClassProp:
    _registry = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls._registry[name] = fn
            return fn
        return deco
@WithClassProp.register("hello")
def hello(): return "hi"
print(WithClassProp._registry["hello"](), hello.__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
a, b = Cmp(1), Cmp(1)
print(a == b, a == a, a != b, a in [b], a in [a])
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1)]), min(Ordered(2), Ordered(5)), Ordered(1) > Ordered(0))
class Reprs:
    def __repr__(self): return "R"
    def __str__(self): return "S"
    def __format__(self, spec): return f"F[{spec}]"
r = Reprs()
print(r, repr(r), f"{r}", f"{r!r}", f"{r:x}", "%s %r" % (r, r), "{} {!r} {:y}".format(r, r, r), str([r]), [str(r)])
print(type("Dyn", (Ordered,), {"extra": 1})(5), type(type("Dyn", (), {})()).__qualname__)
