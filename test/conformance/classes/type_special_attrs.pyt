# test a class's special attributes: setting __doc__/__name__/__qualname__/__module__, CPython's errors for bad values, deleting them, and built-in types refusing both
class C:
    "doc"
C.__doc__ = "new"
print(C.__doc__, C.__dict__["__doc__"])
C.__name__ = "D"; C.__qualname__ = "E"
print(C, C.__name__, C.__qualname__)
C.__module__ = "m"
print(C, C.__dict__["__module__"])
for attr, val in [("__name__", 5), ("__qualname__", 5), ("__bases__", 5), ("__bases__", ()), ("__mro__", ()), ("__dict__", {})]:
    try:
        setattr(C, attr, val)
        print(attr, "set")
    except Exception as e:
        print(attr, type(e).__name__, e)
for attr in ["__doc__", "__name__", "__qualname__", "__module__", "__bases__", "__dict__", "__mro__"]:
    try:
        delattr(C, attr)
        print(attr, "deleted", hasattr(C, attr))
    except Exception as e:
        print(attr, type(e).__name__, e)
for t, attr in [(int, "__doc__"), (int, "__name__"), (int, "__module__"), (str, "__qualname__")]:
    try:
        setattr(t, attr, "x")
    except Exception as e:
        print(attr, type(e).__name__, e)
    try:
        delattr(t, attr)
    except Exception as e:
        print(attr, type(e).__name__, e)
try:
    C.__name__ = "a\0b"
except Exception as e:
    print(type(e).__name__, e)
print(C.__doc__, C.__name__)
