# test atexit: last registered runs first, with its args and kwargs; register returns func (decorator); unregister; argument errors
import atexit


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


@atexit.register
def first():
    print("first (registered first, runs last)")


print(first.__name__)
print(atexit.register(show, 1, 2, key="v") is show)
atexit.register(show, "twice")


def gone():
    print("never printed")


atexit.register(gone)
atexit.register(gone, 1)
atexit.unregister(gone)
atexit.unregister(gone)
atexit.unregister(len)


class Meth:
    def __init__(self, name):
        self.name = name

    def hello(self, greeting="hello"):
        print(greeting, self.name)


m = Meth("bound")
atexit.register(m.hello)
atexit.register(m.hello, greeting="hi")
atexit.register(print, "print is a callback too", sep="|")
atexit.register(lambda: print("lambda"))

for bad in [(), (1,), ("f",), (None, 1)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("register%r: %s" % (bad, e))
try:
    atexit.register(func=print)
except TypeError as e:
    print(e)
try:
    atexit.unregister()
except TypeError as e:
    print(e)
try:
    atexit.unregister(print, print)
except TypeError as e:
    print(e)
print(atexit.unregister(print))
print(callable(atexit.register), callable(atexit._run_exitfuncs))
print("main done")
