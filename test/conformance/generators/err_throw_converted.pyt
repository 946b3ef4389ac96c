# test an exception thrown in and converted by an except clause: chained tracebacks at the yield
def g():
    try:
        yield 1
    except KeyError:
        raise ValueError("converted")
it = g()
next(it)
it.throw(KeyError)
