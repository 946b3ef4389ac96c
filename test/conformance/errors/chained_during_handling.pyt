# test implicit chaining: an exception raised while handling another
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}")

lookup({"a": 1}, "b")
