# test hunt: object.__getstate__ with __slots__: (dict or None, {slot: value}), mangled names
class S:
    __slots__ = ('a', 'b', '__p')
s = S(); s.a = 1
print(s.__getstate__())
s._S__p = 5
print(s.__getstate__())
class T(S):
    __slots__ = ('c', '__dict__')
t = T(); t.c = 3; t.z = 4
print(t.__getstate__())
class D: pass
d = D(); print(d.__getstate__()); d.x = 1; print(d.__getstate__(), d.__getstate__() is d.__dict__)
class E:
    __slots__ = ()
print(E().__getstate__(), S().__getstate__())
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__getstate__())
