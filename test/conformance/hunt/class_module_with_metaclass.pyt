# test hunt: setting __module__ on a class whose metaclass has its own __module__ changes its repr
from abc import ABC
class M(type):
    pass
class A(ABC):
    pass
class B(metaclass=M):
    pass
for cls in (A, B):
    cls.__module__ = "pkg.mod"
    print(cls, cls.__module__, repr(cls()).split(" object")[0])
B.__qualname__ = "Outer.B"
print(B, B.__name__)
