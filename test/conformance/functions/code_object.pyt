# test f.__code__: co_name/qualname/argcount/varnames/cellvars/freevars/firstlineno, as a decorator reads parameter names
def f(a, b=2, *args, c, d=4, **kw):
    x = 1
    def g(): return x + a
    return g
c = f.__code__
print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames, c.co_nlocals, c.co_cellvars, c.co_freevars, c.co_firstlineno, type(c).__name__)
g = f(1, c=2)
print(g.__code__.co_freevars, g.__code__.co_varnames, g.__code__.co_qualname, repr(c).split(" at ")[0], f.__code__ is f.__code__)
print((lambda x, /, y: 0).__code__.co_varnames, (lambda: 0).__code__.co_name)
def show_args(func):
    code = func.__code__
    names = code.co_varnames[:code.co_argcount]
    def wrapper(*args):
        print(func.__name__, dict(zip(names, args)))
        return func(*args)
    return wrapper
@show_args
def add(x, y):
    total = x + y
    return total
print(add(2, 3), add.__code__.co_name)
class K:
    def m(self, v, *, flag=False):
        return v
print(K.m.__code__.co_varnames, K.m.__code__.co_argcount, K.m.__code__.co_kwonlyargcount, K().m.__code__.co_name)
