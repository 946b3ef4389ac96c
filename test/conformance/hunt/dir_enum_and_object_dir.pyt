# test hunt: dir() of Enum classes and members as CPython 3.11's EnumType/Enum __dir__, and object.__dir__ (super().__dir__() in a custom __dir__)
from enum import Enum, IntEnum, StrEnum, auto
class C(Enum):
    RED = 1
    GREEN = 2
    def f(self): pass
    @property
    def lower(self): return self.name.lower()
class N(IntEnum):
    A = 1
class S(StrEnum):
    X = auto()
class WithNew(Enum):
    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v
        return obj
    P = 1
print(dir(C))
print(dir(C.RED))
print(dir(N) == sorted(set(dir(int)) | {'A', '__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__'}))
print([n for n in dir(N.A) if not n.startswith("_")], [n for n in dir(S.X) if not n.startswith("_")][:10])
print(dir(WithNew))
class Base:
    def __init__(self): self.a = 1
class Custom(Base):
    z = 2
    def __dir__(self):
        return ["extra"] + super().__dir__()
c = Custom()
print(dir(c)[:6], "a" in object.__dir__(c), "z" in object.__dir__(c), type(object.__dir__(c)).__name__, "__class__" in object.__dir__(c))
