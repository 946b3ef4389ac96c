# test tuple() of a namedtuple or tuple subclass instance is a plain tuple copy (only an exact tuple is returned as itself); other operations give plain tuples too
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
t = tuple(p)
print(t, type(t).__name__, t is p, t == p, tuple(t) is t, list(p), set(P(1, 1)), sorted(P(2, 1)))
class T(tuple):
    pass
u = T((1, 2))
print(type(tuple(u)).__name__, tuple(u), repr(u), u + (3,), type(u + (3,)).__name__, type(u[:1]).__name__, u * 2)
print(type(list(u)).__name__, (*p,), [*p], dict(zip(P._fields, p)))
