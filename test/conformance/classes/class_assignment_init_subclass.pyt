# test obj.__class__ assignment between compatible classes (state pattern), its layout/builtin errors, and class keywords no __init_subclass__ takes
class Idle:
    def handle(self): return "idle -> running"
class Running:
    def handle(self): return "running -> idle"
class Machine(Idle):
    pass
m = Idle(); m.data = 1
print(m.handle()); m.__class__ = Running; print(m.handle(), type(m).__name__, m.data, isinstance(m, Idle))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class L(list): pass
for f in (lambda: setattr(S1(), "__class__", S2), lambda: setattr(L(), "__class__", Idle), lambda: setattr(Idle(), "__class__", 5), lambda: setattr(Idle(), "__class__", int), lambda: setattr([], "__class__", L)):
    try: f(); print("ok")
    except TypeError as e: print(e)
try:
    class D(bogus=1): pass
except TypeError as e:
    print(e)
class Plugin:
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
try:
    class C(Plugin, name="x", bogus=1): pass
except TypeError as e:
    print(e)
