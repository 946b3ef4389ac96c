# test del of a missing attribute: no 'Did you mean' suggestion (CPython gives none for del), an unset slot is named alone
class A:
    pass
a = A()
a.target = 1
try:
    del a.targe
except AttributeError as e:
    print(repr(e))
class B:
    __slots__ = ("x",)
try:
    del B().x
except AttributeError as e:
    print(repr(e))
del a.targt
