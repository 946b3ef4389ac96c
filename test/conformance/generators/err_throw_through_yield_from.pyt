# test throw() into a generator delegating with yield from: the traceback goes through both frames
def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
next(o)
o.throw(KeyError("thrown"))
