# obj.m() / obj.m(a) of a plain function on the type bind self and the argument straight into the
# callee's locals when the signature takes exactly them; every other method shape binds generally.
class A:
    def zero(self): return ("zero", type(self).__name__)
    def one(self, a): t = a * 2; return ("one", t)
    def defaults(self, a=1, b=2): return ("defaults", a, b)
    def star(self, *args): return ("star", args)
    def kw(self, *, k=3): return ("kw", k)
    @staticmethod
    def st(a=None): return ("static", a)
    @classmethod
    def cm(cls, a=None): return ("class", cls.__name__, a)
    def nothing(): return "no self"
class B(A):
    def one(self, a): return ("B.one", super().one(a))
a, b = A(), B()
for o in (a, b, a):
    print(o.zero(), o.one(3), o.defaults(), o.defaults(5), o.star(), o.star(1), o.kw(), o.st(), o.st(1), o.cm(), o.cm(2))
a.one = lambda x: ("instance attribute", x)   # shadows the method for this object only
print(a.one(4), b.one(4), A().one(4))
del a.one
print(a.one(4))
A.one = lambda self, x: ("replaced on the class", x)
print(a.one(5), b.one(5))
for bad in (lambda: a.zero(1), lambda: a.one(), lambda: a.nothing(), lambda: a.kw(1), lambda: a.missing()):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
xs = []
for i in range(3):
    xs.append(i)
print(xs, "a-b".split("-"), xs.pop())
