# test hunt: what dunders return: __len__ past an index (OverflowError), __int__ returning a str, in over a bad __iter__, __missing__, __index__, __class_getitem__, __init_subclass__
class D(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
d = D()
print(d["abc"], d, d.get("zz"), "zz" in d)
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[Idx(2)], l[Idx(1):Idx(5):Idx(2)], "abcdef"[Idx(3)], range(Idx(4)), hex(Idx(255)), bin(Idx(3)), [0] * Idx(3), operator_index := Idx(7).__index__())
class BadLen:
    def __len__(self): return -1
class FloatLen:
    def __len__(self): return 2.5
class BigLen:
    def __len__(self): return 2 ** 70
class BadBool:
    def __bool__(self): return 1
class BadHash:
    def __hash__(self): return "x"
class BadIter:
    def __iter__(self): return 5
class BadNext:
    def __iter__(self): return self
class BadIndex:
    def __index__(self): return 1.5
class BadInt:
    def __int__(self): return "x"
class BadStr:
    def __str__(self): return 5
class BadFormat:
    def __format__(self, spec): return 5
tests = [lambda: len(BadLen()), lambda: len(FloatLen()), lambda: len(BigLen()), lambda: bool(BadBool()), lambda: not BadBool(),
         lambda: hash(BadHash()), lambda: {BadHash()}, lambda: iter(BadIter()), lambda: list(BadIter()), lambda: next(BadNext()),
         lambda: [1, 2][BadIndex()], lambda: int(BadInt()), lambda: str(BadStr()), lambda: f"{BadFormat()}", lambda: format(BadFormat(), ""),
         lambda: bool(BadLen()), lambda: if_(FloatLen()), lambda: "x" in BadIter(), lambda: sorted(BadIter()), lambda: range(BadIndex())]
def if_(x):
    if x:
        return "truthy"
    return "falsy"
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class Eq:
    def __eq__(self, o): return "yes"
print(Eq() == 1, Eq() in [1], [Eq()] == [1], Eq() != 1)
class NE:
    def __eq__(self, o): raise ValueError("no eq")
try:
    NE() in [1, 2]
except ValueError as e:
    print(e)
print(NE() in [NE()] if False else "skip")
x = NE()
print(x in [x], [x] == [x], (x,) == (x,), {1: x} == {1: x})
class Getitem:
    def __getitem__(self, key): return key
g = Getitem()
print(g[1], g[1:2], g[1:2:3], g[...], g[1, 2], g[:, None], g["a":"b"])
class ClassGetitem:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(ClassGetitem[int], ClassGetitem["x"])
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, b=2), callable(Call()), callable(Call))
class InitSub:
    subs = []
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        InitSub.subs.append(prefix + cls.__name__)
class A(InitSub, prefix="p_"): pass
class B(A): pass
print(InitSub.subs)
try:
    class C(InitSub, bad=1): pass
except TypeError as e:
    print(e)
