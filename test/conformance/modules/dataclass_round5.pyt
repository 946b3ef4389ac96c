# test dataclasses: frozen/non-frozen inheritance errors, recursive repr as "...", frozen hash = hash of the fields tuple, replace() of an init=False field, generated methods named Class.__eq__
from dataclasses import dataclass, field, asdict, fields, KW_ONLY, is_dataclass, astuple, replace
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
def bad_order():
    @dataclass
    class A:
        x: int = 0
        y: int
def bad_mutable():
    @dataclass
    class B:
        items: list = []
def frozen_inherit():
    @dataclass
    class C:
        a: int
    @dataclass(frozen=True)
    class D(C):
        b: int
attempt("order", bad_order)
attempt("mutable", bad_mutable)
attempt("frozen_inherit", frozen_inherit)
@dataclass
class E:
    a: int
    b: int = field(init=False, default=5)
    c: list = field(default_factory=list, repr=False, compare=False)
    def __post_init__(self):
        self.b = self.a * 2
e = E(3)
print(e, e.b, E(3) == E(3), fields(E)[1].name, fields(E)[1].init)
@dataclass(kw_only=True)
class F:
    a: int
    b: int = 2
attempt("kw_only positional", lambda: F(1))
print(F(a=1))
@dataclass
class G:
    a: int
    _: KW_ONLY
    b: int = 0
print(G(1, b=3))
@dataclass(slots=True)
class H:
    a: int
h = H(1)
attempt("slots setattr", lambda: setattr(h, 'z', 1))
print(H.__slots__)
@dataclass(order=True)
class I:
    a: int
@dataclass(order=True)
class J:
    a: int
attempt("cross order", lambda: I(1) < J(2))
attempt("cross eq", lambda: I(1) == J(1))
attempt("unhashable", lambda: hash(I(1)))
@dataclass(unsafe_hash=True)
class K:
    a: int
print(hash(K(1)) == hash(K(1)))
@dataclass(frozen=True)
class L:
    a: int
print(hash(L(1)) == hash((1,)))
attempt("frozen set", lambda: setattr(L(1), 'a', 2))
attempt("frozen del", lambda: delattr(L(1), 'a'))
@dataclass
class Node:
    val: int
    nxt: "Node" = None
n = Node(1); n.nxt = n
print(n)
print(is_dataclass(n), is_dataclass(Node), is_dataclass(1))
@dataclass
class Outer:
    inner: E
    lst: list
print(asdict(Outer(E(1), [E(2)])), astuple(Outer(E(1), [])))
attempt("replace bad", lambda: replace(e, zzz=1))
attempt("replace init false", lambda: replace(e, b=1))
attempt("asdict non", lambda: asdict(5))
attempt("missing", lambda: E())
attempt("too many", lambda: E(1, 2))
print(E.__init__.__qualname__ if hasattr(E.__init__, '__qualname__') else '', repr(E.__eq__)[:20])
@dataclass(repr=False, eq=False)
class M:
    a: int
print(M(1) == M(1), repr(M(1))[:10])
