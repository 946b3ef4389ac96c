# test edge cases: star-only patterns skip len(), get() and rest on a custom Mapping, inherited __match_args__, NotImplemented, True/1 keys, subclasses of str and int
import collections.abc
from enum import IntEnum

class Lazy(collections.abc.Sequence):
    def __len__(self):
        print("len called")
        return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
match Lazy():
    case [*_]:
        print("star only: no len")
match Lazy():
    case [_, *_]:
        print("wildcards: one len")
match [1, 2, 3, 4, 5]:
    case [a, *_, b]:
        print("list fast path", a, b)

class M(collections.abc.Mapping):
    def __init__(self): self.d = {"a": 1, "b": 2}
    def __getitem__(self, k):
        print("getitem", k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
match M():
    case {"a": 1, **rest}:
        print("rest", rest)

class Base:
    __match_args__ = ("p", "q")
    def __init__(self): self.p, self.q = 1, 2
class Derived(Base):
    pass
match Derived():
    case Base(x, y):
        print("inherited match args", x, y)

match int:
    case type():
        print("a class is a type instance")
match 3:
    case object():
        print("object() matches anything")

class NI:
    def __eq__(self, o): return NotImplemented
match NI():
    case 1:
        print("wrong")
    case _:
        print("NotImplemented eq: no match")

match [1, 2]:
    case (a, 9, b) | [a, b] | (b, a):
        pass
print("or binds", a, b)

match {1: "x"}:
    case {True: v}:
        print("True key finds 1:", v)

class S(str): pass
match S("hi"):
    case "hi":
        print("str subclass equals literal")

class Num(IntEnum):
    ONE = 1
match Num.ONE:
    case 1:
        print("IntEnum equals 1")
match 1:
    case 1.0:
        print("1 == 1.0")
match 0.0:
    case -0.0:
        print("0.0 == -0.0")
match 2**70:
    case 1180591620717411303424:
        print("big int literal")
match -2**70:
    case -1180591620717411303424:
        print("negative big int literal")
match (1, 2):
    case (1, 2) as t if t:
        print("tuple literal seq", t)
match "":
    case "":
        print("empty str")
match None:
    case (None | 0) as z:
        print("or singleton", z)
match [None, True, False]:
    case [None, True, False]:
        print("singletons in seq")
match [0, 1, 0]:
    case [False, True, False]:
        print("wrong: ints are not True/False by identity")
    case _:
        print("0 is not False")
