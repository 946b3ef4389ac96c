# test __slots__ = ('__dict__',): writes through self.__dict__ and vars() are the instance's attributes
class Record:
    __slots__ = ('__dict__',)

    def __init__(self, **fields):
        self.__dict__.update(fields)


r = Record(a=1)
r.b = 2
vars(r)["c"] = 3
print(vars(r), r.a, r.c, '__weakref__' in dir(r))


class Sub(Record):
    pass


s = Sub(z=1)
s.q = 3
print(vars(s), s.z, '__weakref__' in dir(s))
