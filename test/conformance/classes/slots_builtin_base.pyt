# test a namedtuple has no __dict__ (__slots__ = () over tuple) while a subclass of it and exceptions do
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
class E(Exception):
    __slots__ = ()
e = E()
e.note = 1
print(e.note)
class T(tuple):
    __slots__ = ()
try:
    T().a = 1
except AttributeError as ex:
    print(ex)
class Q(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2
q = Q(3, 4)
q.extra = 1
print(q, q.norm(), q.extra)
p.z = 3
