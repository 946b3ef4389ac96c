# test throw() of an exception the generator does not catch: it leaves through the yield (and one thrown into an unstarted generator)
def worker():
    print("start")
    yield 1
    print("never")

w = worker()
try:
    w.throw(KeyError, "unstarted")
except KeyError as e:
    print("unstarted:", repr(e))
print(next(w))
w2 = worker()
next(w2)
w2.throw(ValueError("bad value"))
