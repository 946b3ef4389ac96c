# test ImportError/ModuleNotFoundError's name, path and msg attributes and keyword arguments
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(e, e.name, e.path, e.msg, repr(e), e.args)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
e = ImportError("boom", name="pkg", path="/x")
print(e, e.name, e.path, e.msg, repr(e))
e2 = ImportError("a", "b")
print(e2, e2.msg, e2.name)
try:
    ImportError("x", bad=1)
except TypeError as t:
    print(t)
class MyImp(ImportError):
    def __init__(self, what):
        super().__init__(f"no {what}", name=what)
m = MyImp("thing")
print(m, m.name, isinstance(m, ImportError))
try:
    raise ModuleNotFoundError("custom", name="zz")
except ImportError as e:
    print(e, e.name)
e3 = ImportError()
print(repr(str(e3)), e3.msg)
e3.name = "set"
print(e3.name)
