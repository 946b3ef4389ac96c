# test hunt: TypeError wording for wrong argument counts, unexpected/duplicate keywords, positional-only, builtins
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4, x=9),
    lambda: f(1, 2, a=1, d=3),
    lambda: f(b=2, d=4),
    lambda: f(),
    lambda: f(1, 2, 3, d=4, e=5, f=6, g=7),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
def g(x, /, y, *args, **kwargs):
    return x, y, args, kwargs
print(g(1, 2, 3, z=4), g(1, y=2))
for c in [lambda: g(x=1, y=2), lambda: g(), lambda: g(1, 2, y=3)]:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
def h(): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def k(cls, x): pass
for c in [lambda: h(1), lambda: h(a=1), lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.s(),
          lambda: C.k(1, 2), lambda: C(1), lambda: object(1), lambda: len(), lambda: len(1, 2), lambda: len(x=1),
          lambda: print(foo=1), lambda: int(1, 2, 3), lambda: "a".split(1), lambda: [].append(), lambda: {}.get(),
          lambda: sorted([], 1), lambda: abs(), lambda: isinstance(1), lambda: range(), lambda: divmod(1),
          lambda: (lambda x: x)(), lambda: (lambda *, k: k)(1), lambda: dict(1, 2), lambda: max(1, 2, k=3)]:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
def kw_only(*, a, b):
    pass
def many(a, b, c, d):
    pass
for c in [lambda: kw_only(), lambda: kw_only(1, 2), lambda: many(1), lambda: many(1, 2, d=1), lambda: f(*[1, 2], **{"d": 1, "c": 2}),
          lambda: f(1, 2, **{"d": 1}, **{"d": 2}), lambda: f(**{1: 2}), lambda: f(*1), lambda: f(**[1])]:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
class Init:
    def __init__(self, a, b=2):
        self.a = a
try:
    Init()
except TypeError as e:
    print(e)
try:
    Init(1, 2, 3)
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(5)
except TypeError as e:
    print(e)
try:
    f(1, 2, d=4)(3)
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
