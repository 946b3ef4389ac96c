# test the class statement's metaclass steps: __prepare__, type.__init__ through super(), keywords reaching __init_subclass__, conflicts
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 7}
class P(metaclass=Prep):
    print("body sees", injected)
class P2(P):
    pass
print(P.injected, P2.injected, type(P2).__name__)
class NS(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new kw", kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Q(metaclass=NS, flag=True): pass
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Plain(type): pass
class A(Base, metaclass=Plain, x=1): pass
T = Plain("T", (Base,), {}, y=2)
for make in [lambda: Plain("U", (), {}, z=3), lambda: type.__init__(Q, 1, 2), lambda: type.__init__(Q, 1, x=2)]:
    try:
        make()
    except TypeError as e:
        print(e)
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print(e)
class Bad(type):
    def __prepare__(name, bases):
        return 5
try:
    class Z(metaclass=Bad): pass
except TypeError as e:
    print(e)
