# test dataclass kw_only= (class and field), the KW_ONLY marker, slots=True and match_args=False
from dataclasses import dataclass, field, KW_ONLY, fields
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
for f in (lambda: K(1), lambda: K(), lambda: K(a=1, c=2), lambda: K(1, 2, 3), lambda: K(a=5)):
    try: print(f())
    except TypeError as e: print(e)
@dataclass
class M:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0
    w: int = field(default=5, kw_only=False)
print(M(1, 9, y=2), M.__match_args__, [f.kw_only for f in fields(M)])
for f in (lambda: M(1), lambda: M(1, 2, 3), lambda: M(x=1, y=2)):
    try: print(f())
    except TypeError as e: print(e)
@dataclass
class D:
    a: int = 1
    b: int = field(kw_only=True)
print(D(b=3))
@dataclass(slots=True)
class S:
    a: int
    b: list = field(default_factory=list)
    def total(self): return self.a + len(self.b)
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"), S.__qualname__, s.total(), S(2, [1]) == S(2, [1]))
try: s.c = 1
except AttributeError as e: print(e)
@dataclass(slots=True, frozen=True)
class SF:
    a: int
try: SF(1).a = 2
except Exception as e: print(type(e).__name__, e)
@dataclass(match_args=False)
class NM:
    a: int
print(hasattr(NM, "__match_args__"))
