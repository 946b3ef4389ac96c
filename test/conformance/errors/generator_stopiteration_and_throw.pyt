# test PEP 479 (StopIteration inside a generator becomes RuntimeError, caused by it) and an uncaught g.throw() traceback through the generator
g = (next(iter([])) for _ in range(2))
try:
    print(list(g))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
print(list(g))
h = (x for x in range(3))
next(h)
h.throw(KeyError("k"))
