# test locals(), vars(), dir() and globals() where they are called: a function's bound locals and cells in CPython's order, a class body, a module; globals() from a thread is its module's
import threading
def f(a, b=2, *args, **kw):
    c = a + b
    d = [1]
    def inner():
        return c + a
    e = 5
    del e
    return locals()
r = f(1)
print(list(r), r['c'], r['d'])
r = f(1, 3, 4, k=5)
print(list(r), r['args'], r['kw'])
def g():
    x = 1
    def h():
        y = 2
        print(sorted(locals()), x, dir())
        return vars()
    return h()
print(g())
def unbound():
    print(locals())
    z = 1
unbound()
def param_cell(p, q):
    def use():
        return p
    return list(locals())
print(param_cell(1, 2))
print(locals() is globals(), vars() is globals())
class A:
    x = 1
    print(sorted(locals()), sorted(vars()), dir())
    def m(self):
        return sorted(locals())
print(A().m())
x = 10
def w():
    globals()['y'] = x + 1
t = threading.Thread(target=w); t.start(); t.join()
print(y)
print([n for n in globals() if n in ('f', 'g', 'A', 'y')])
