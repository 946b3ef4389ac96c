# test an AttributeError from __getattribute__ falls back to __getattr__ (other errors do not)
class D:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
d = D()
print(d.zzz, getattr(d, "y"), hasattr(d, "q"))
try:
    d.boom
except KeyError as e:
    print("KeyError", e)
class Logged:
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return name.upper()
l = Logged()
l.x = 1
print(l.x, l.missing)
class Prop:
    @property
    def bad(self):
        raise AttributeError("inner missing")
    @property
    def worse(self):
        raise KeyError("not an AttributeError")
    def __getattr__(self, name):
        return "getattr:" + name
p = Prop()
print(p.bad, getattr(p, "bad"), hasattr(p, "bad"))
try:
    p.worse
except KeyError as e:
    print("KeyError", e)
class NoHook:
    @property
    def bad(self):
        return self.nothing
try:
    NoHook().bad
except AttributeError as e:
    print(e)
