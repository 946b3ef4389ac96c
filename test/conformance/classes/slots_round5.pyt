# test __slots__: missing slot, delete twice, subclass dict, conflicts, a str, __dict__ slot, names that are not identifiers, int/tuple subtypes
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
attempt("set z", lambda: setattr(p, 'z', 1))
attempt("get y", lambda: p.y)
attempt("dict", lambda: p.__dict__)
attempt("slots", lambda: P.__slots__)
attempt("del x", lambda: (delattr(p, 'x'), hasattr(p, 'x')))
attempt("del again", lambda: delattr(p, 'x'))
attempt("descr", lambda: repr(P.x)[:30])
class Q(P):
    pass
q = Q(2); q.z = 3
attempt("sub dict", lambda: (q.__dict__, q.x))
class R(P):
    __slots__ = ('w',)
r = R(1); 
attempt("sub slots z", lambda: setattr(r, 'z', 1))
def conflict():
    class C:
        __slots__ = ('a',)
        a = 5
attempt("conflict", conflict)
def strslot():
    class D:
        __slots__ = 'single'
    d = D(); d.single = 1; return d.single, D.__slots__
attempt("str slots", strslot)
def dictslot():
    class E:
        __slots__ = ('a', '__dict__')
    e = E(); e.b = 2; e.a = 1; return e.__dict__
attempt("dict slot", dictslot)
def badslot():
    class F:
        __slots__ = ('1a',)
attempt("bad slot", badslot)
def dupslot():
    class G:
        __slots__ = ('a', 'a')
    return G.__slots__
attempt("dup slot", dupslot)
def intsub():
    class H(int):
        __slots__ = ('extra',)
attempt("int nonempty slots", intsub)
def tuplesub():
    class T(tuple):
        __slots__ = ('extra',)
attempt("tuple nonempty slots", tuplesub)
class V:
    __slots__ = ()
attempt("empty slots", lambda: setattr(V(), 'a', 1))
attempt("vars slots", lambda: vars(p))
