# test e.args, str(e), repr(e) for zero, one and several arguments
for e in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError(3), Exception(None)]:
    print(repr(e), "|", str(e), "|", e.args)
e = RuntimeError("msg")
print(f"{e}", f"{e!r}", "%s" % e)
print(str(KeyError("it's")), str(KeyError(("t", 1))), str(KeyError(1, 2)))
