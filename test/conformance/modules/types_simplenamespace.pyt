# test types.SimpleNamespace: kwargs constructor, repr (recursive, subclass), attribute access and errors, ==, vars(), unhashable
import types
from types import SimpleNamespace

ns = SimpleNamespace(b=1, a="x")
print(ns, repr(ns), str(ns))
print(type(ns), type(ns).__name__, type(ns).__qualname__, type(ns).__module__)
print(ns.a, ns.b)
ns.c = [1, 2]
ns.b += 10
del ns.a
print(ns, vars(ns), ns.__dict__ is vars(ns))
vars(ns)["d"] = "via vars"
print(ns.d, hasattr(ns, "a"), getattr(ns, "a", "default"))


def get_zz():
    return ns.zz


def del_zz():
    del ns.zz


for attempt in [get_zz, del_zz, lambda: hash(ns), lambda: SimpleNamespace(1), lambda: SimpleNamespace({'a': 1}),
                lambda: ns < 1]:
    try:
        attempt()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(SimpleNamespace(), SimpleNamespace() == SimpleNamespace())
print(SimpleNamespace(x=1, y=2) == SimpleNamespace(y=2, x=1), SimpleNamespace(x=1) != SimpleNamespace(x=2))
print(SimpleNamespace(x=1) == {"x": 1}, SimpleNamespace(x=1) != 5)
print(SimpleNamespace(a=1) <= SimpleNamespace(a=1) if False else "ordering:", end=" ")
try:
    SimpleNamespace(a=1) < SimpleNamespace(a=2)
except TypeError as e:
    print(e)

r = SimpleNamespace(name="root")
r.me = r
r.kids = [r, SimpleNamespace(n=1)]
print(r)

d = {"k": 1, "self": "s"}
n2 = SimpleNamespace(**d)
n2.k = 2
print(d, n2)


class Config(SimpleNamespace):
    def describe(self):
        return ", ".join("%s=%s" % kv for kv in sorted(vars(self).items()))


c = Config(debug=True, level=3)
print(c, c.describe(), c == SimpleNamespace(debug=True, level=3), isinstance(c, SimpleNamespace))
try:
    c.missing
except AttributeError as e:
    print(e)
print(SimpleNamespace.__doc__)
print(types.SimpleNamespace is SimpleNamespace, repr(SimpleNamespace))
