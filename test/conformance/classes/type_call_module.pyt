# test type(name, bases, ns) takes __module__ from the calling module unless ns gives one
T = type("T", (object,), {"z": 3})
print(T, T.__module__, T().__class__)
U = type("U", (T,), {"__module__": "elsewhere"})
print(U, U.__module__)
class Meta(type):
    pass
M = Meta("M", (), {})
print(M, repr(M()).split(" at ")[0])
