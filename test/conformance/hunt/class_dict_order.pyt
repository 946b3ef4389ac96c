# test hunt: C.__dict__ order: the namespace, what type_new adds (slots, __dict__, __weakref__, __doc__), then __hash__ = None and attributes set later
class Cnt:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Cnt):
    pass
Sub()
print(list(vars(Sub)), list(vars(Cnt)))
class E:
    def __eq__(self, o): return True
print(list(E.__dict__))
class S:
    __slots__ = ("a", "b")
    x = 1
S.y = 2
print(list(S.__dict__))
class D:
    "documented"
    z = 3
D.later = 4
D.__doc__ = "changed"
print(list(D.__dict__), D.__doc__)
class N:
    pass
N.__doc__ = "set later"
N.extra = 1
print(list(N.__dict__), N.__doc__)
del N.extra
print(list(N.__dict__))
class Named:
    def __set_name__(self, owner, name):
        setattr(owner, "_named_" + name, True)
class Host:
    field = Named()
    def __init_subclass__(cls): cls.sub_marker = 1
class Child(Host):
    own = 1
print(list(Host.__dict__), list(Child.__dict__))
