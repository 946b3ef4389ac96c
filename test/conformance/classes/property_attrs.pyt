# test property's fget/fset/fdel/__doc__ and staticmethod/classmethod __func__
class A:
    @staticmethod
    def s(): return 1
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self):
        "the p doc"
        return 2
print(A.__dict__["s"].__func__.__name__, A.__dict__["c"].__func__.__name__)
print(A.p.__doc__, A.p.fset, A.p.fdel)
print(A.s(), A().s(), A.c(), A().c(), A().p)
print(A.c.__self__ is A, A.c.__func__.__name__)
print(property(doc="x").__doc__)
class B:
    def _get(self): return self._v
    def _set(self, v): self._v = v * 2
    v = property(_get, _set, doc="doubled")
b = B(); b.v = 4
print(b.v, B.v.__doc__, B.v.fget is B._get, B.v.fset.__name__)
q = property(fget=lambda s: 1)
print(q.fget(None), q.fset, q.__doc__)
