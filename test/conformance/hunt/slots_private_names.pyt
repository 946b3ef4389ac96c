# test hunt: a private __slots__ name (__balance) is mangled as CPython's: self.__balance works, the member is _Account__balance, copies keep it
class Account:
    __slots__ = ("__balance", "owner")
    def __init__(self, owner, b):
        self.owner = owner
        self.__balance = b
    def deposit(self, n):
        self.__balance += n
        return self.__balance
a = Account("x", 5)
print(a.deposit(3), a._Account__balance, sorted(k for k in Account.__dict__ if "balance" in k), Account.__slots__)
try:
    a.__balance
except AttributeError as e:
    print(e)
print(Account._Account__balance, Account.owner, a.__getstate__() if hasattr(a, "__getstate__") else None)
class __Weird:
    __slots__ = ("__a", "__b__", "c")
w = __Weird()
w._Weird__a = 1
print(sorted(k for k in __Weird.__dict__ if not k.startswith("__") or k.endswith("__b__")), w.__getstate__())
class ___:
    __slots__ = ("__z",)
u = ___(); u.__z = 2
print(u.__getstate__(), ___.__dict__["__z"])
try:
    class Clash:
        __slots__ = ("__v",)
        _Clash__v = 1
except ValueError as e:
    print(e)
import copy
b2 = copy.deepcopy(a)
print(b2.deposit(1), a.deposit(0))
