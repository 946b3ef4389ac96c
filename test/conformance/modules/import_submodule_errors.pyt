# test importing a missing submodule reports the missing package first, or that the parent is not a package
for name in ("nosuch.foo", "nosuch.foo.bar", "os.foo", "threading.x", "collections.foo", "concurrent.futures.nosuch"):
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e.name, "|", e)
try:
    import time.x
except ModuleNotFoundError as e:
    print(e)
try:
    from nosuch.sub import thing
except ModuleNotFoundError as e:
    print(e.name, e)
