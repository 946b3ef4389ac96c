# test super() with no arguments where it cannot work: no positional parameter (function, *args, lambda, staticmethod), first argument deleted, no __class__ cell
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f0():
    return super()
def f1(x):
    return super()
def f2(*args):
    return super()
def f3(**kw):
    return super()
def f4(x):
    del x
    return super()
class A:
    @staticmethod
    def s():
        return super()
    @staticmethod
    def s1(x):
        return super()
    def m(self):
        return super().nope
    def g(self):
        return [super() for _ in [1]]
t(f0)
t(lambda: f1(1))
t(lambda: f2(1))
t(lambda: f3(a=1))
t(lambda: f4(1))
t(A.s)
t(lambda: A.s1(1))
t(lambda: A().m())
t(lambda: A().g())
t(lambda: super())
class B(A):
    def m(self):
        del self
        return super().m()
t(lambda: B().m())
super()
