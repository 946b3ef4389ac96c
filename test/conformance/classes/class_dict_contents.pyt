# test C.__dict__ lists what CPython's type_new adds: slot members, the __dict__/__weakref__ getsets, __doc__
class C:
    x = 1
    def m(self): pass
print([k for k in C.__dict__], C.__dict__['__dict__'], C.__dict__['__weakref__'], C.__dict__['__doc__'])
class D(C):
    """doc"""
    y = 2
print(D.__dict__)
class E(Exception): pass
print(E.__dict__)
class L(list): pass
print(L.__dict__)
class T(tuple):
    __slots__ = ()
print(T.__dict__)
class W:
    __slots__ = ("__dict__", "x")
print(W.__dict__)
class S:
    __slots__ = ("a", "__weakref__")
print(S.__dict__)
print(int.real, BaseException.args, type(int.__dict__['real']).__name__)
