# test private name mangling: self.__x is stored as _Class__x (and def/class/param/local/global names), keyword names in calls are not
class P:
    def f(self, __x=0, **kw): return __x, kw
    def g(self): return self.f(__x=5)
    def h(self):
        __local = 3
        return sorted(k for k in locals())
    __cls_attr = 1
    def __secret(self): return "s"
    def call(self): return self.__secret(), P.__cls_attr, __class__.__name__
print(P().g(), P().h(), [k for k in vars(P) if "secret" in k or "cls_attr" in k], P().call())
class _Q:
    def m(self): self.__v = 1; return vars(self)
class __:
    def m(self): self.__v = 1; return vars(self)
print(_Q().m(), __().m())
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
    def deposit(self, amt):
        self.__balance += amt
    @property
    def balance(self):
        return self.__balance
a = Account("ann", 100)
a.deposit(50)
print(a.balance, a.__dict__, a._Account__balance, hasattr(a, "__balance"))
try:
    print(a.__balance)
except AttributeError as e:
    print(e)
a.__balance = 5
print(a.balance, a.__balance, sorted(vars(a)))
class Savings(Account):
    def peek(self):
        return self.__balance
try:
    Savings("b", 1).peek()
except AttributeError as e:
    print(e)
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner()
print(type(Outer().make()).__name__, [k for k in vars(Outer) if "Inner" in k])
class G:
    def m(self):
        global __gv
        __gv = 1
        try:
            raise ValueError
        except ValueError as __e:
            return type(__e).__name__
print(G().m(), "_G__gv" in globals())
def outside():
    __z = 1
    return __z
print(outside(), (lambda __q: __q)(4))
class L:
    f = lambda self, __a: __a
    comp = [__c for __c in range(2)] if False else None
    def m(self):
        return [__i * 2 for __i in range(3)], {__k: 1 for __k in "a"}
print(L().f(7), L().m())
